package tw.rislink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Wrong passwords for a name that cannot sign in with one (no such account, or a disabled one),
 * counted as {@link UserAccount} counts an account's, so that the fifth answers "locked until
 * ..." as it would for a real account and the answers do not tell which names exist. Keyed by
 * the SHA-256 of the typed name: people type their password into the name field at times.
 */
@Entity
@Table(name = "rl_signin_failure")
public class NameFailures {

    @Id
    @Column(name = "name_hash", length = 64)
    private String nameHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_at")
    private LocalDateTime lockedAt;

    @Column(name = "last_failed_at", nullable = false)
    private LocalDateTime lastFailedAt;

    protected NameFailures() {}

    public NameFailures(String username, LocalDateTime now) {
        this.nameHash = hashOf(username);
        this.lastFailedAt = now;
    }

    public static String hashOf(String username) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * Counts a wrong password, as {@link UserAccount#recordFailedSignIn} does; a lock whose
     * period is over is lifted first, as an account's unlock timer would have.
     *
     * @return true when this failure locked the name
     */
    public boolean recordFailure(LocalDateTime now, Duration lockout) {
        if (lockedAt != null && !now.isBefore(lockedAt.plus(lockout))) {
            lockedAt = null;
            failures = 0;
        }
        if (lockedAt == null && !now.isBefore(lastFailedAt.plus(UserAccount.FAILURES_FORGOTTEN_AFTER))) {
            failures = 0;
        }
        lastFailedAt = now;
        if (lockedAt != null) {
            return false;
        }
        failures++;
        if (failures >= UserAccount.MAX_FAILED_SIGN_INS) {
            lockedAt = now.truncatedTo(ChronoUnit.MILLIS);
            return true;
        }
        return false;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLockedAt() {
        return lockedAt;
    }

    public LocalDateTime getLastFailedAt() {
        return lastFailedAt;
    }
}
