package tw.rislink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import tw.rislink.agency.entity.Agency;

@Entity
@Table(name = "rl_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";

    /** Wrong passwords in a row that lock the account. */
    public static final int MAX_FAILED_SIGN_INS = 5;

    /**
     * A run of wrong passwords is forgotten this long after its last one, for accounts and for
     * names without one alike ({@link NameFailures}), so that an old count tells nothing.
     */
    public static final Duration FAILURES_FORGOTTEN_AFTER = Duration.ofDays(1);

    /** The largest count the columns hold. */
    public static final int MAX_COUNTED = 99_999;

    @Id
    @SequenceGenerator(name = "rl_user_seq", sequenceName = "rl_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 30)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    // Read-only from this side: roles are granted as UserRole rows (see UserRole).
    @OneToMany(mappedBy = "user", fetch = FetchType.EAGER)
    private Set<UserRole> grants = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_at")
    private LocalDateTime lockedAt;

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    @Column(name = "last_sign_in_address", length = 45)
    private String lastSignInAddress;

    /** The sign-in before the current one, which the home page shows: the current one the user just did. */
    @Column(name = "previous_sign_in_at")
    private LocalDateTime previousSignInAt;

    @Column(name = "previous_sign_in_address", length = 45)
    private String previousSignInAddress;

    /** Refused sign-ins since the last successful one, unlike failedSignIns not reset by an unlock. */
    @Column(name = "failed_since_sign_in", nullable = false)
    private int failedSinceSignIn;

    /** When the last wrong password was typed: a run of them is forgotten a day later. */
    @Column(name = "last_failed_at")
    private LocalDateTime lastFailedAt;

    /** Refused sign-ins between the previous sign-in and the current one. */
    @Column(name = "failed_before_sign_in", nullable = false)
    private int failedBeforeSignIn;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username, String passwordHash, String displayName, String email, Agency agency, LocalDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.agency = Objects.requireNonNull(agency);
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /**
     * Counts a wrong password. The fifth in a row locks the account.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedSignIn(LocalDateTime now) {
        // Capped to the column (NUMBER(5)): a hammered account must keep answering as any other.
        failedSinceSignIn = Math.min(failedSinceSignIn + 1, MAX_COUNTED);
        if (status != AccountStatus.ACTIVE) {
            return false;
        }
        if (lastFailedAt != null && !now.isBefore(lastFailedAt.plus(FAILURES_FORGOTTEN_AFTER))) {
            failedSignIns = 0;
        }
        lastFailedAt = now;
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            status = AccountStatus.LOCKED;
            // Whole milliseconds, which every database keeps exactly: the unlock timer names its
            // lock by this time and compares it with the stored one.
            lockedAt = now.truncatedTo(ChronoUnit.MILLIS);
            return true;
        }
        return false;
    }

    /** The sign-in just made becomes the last one; the one before it, the previous one. */
    public void recordSuccessfulSignIn(LocalDateTime now, String address) {
        failedSignIns = 0;
        previousSignInAt = lastSignInAt;
        previousSignInAddress = lastSignInAddress;
        failedBeforeSignIn = failedSinceSignIn;
        failedSinceSignIn = 0;
        lastSignInAt = now;
        lastSignInAddress = address;
    }

    /** Lifts a lock; a disabled account stays disabled. */
    public void unlock() {
        if (status == AccountStatus.LOCKED) {
            status = AccountStatus.ACTIVE;
            failedSignIns = 0;
            lockedAt = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Agency getAgency() {
        return agency;
    }

    public Set<Role> getRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(grant -> roles.add(grant.getRole()));
        return Collections.unmodifiableSet(roles);
    }

    /** Keeps this side in step with a grant persisted in the same transaction. */
    public void granted(UserRole grant) {
        grants.add(grant);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public LocalDateTime getLockedAt() {
        return lockedAt;
    }

    public LocalDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    public String getLastSignInAddress() {
        return lastSignInAddress;
    }

    public LocalDateTime getPreviousSignInAt() {
        return previousSignInAt;
    }

    public String getPreviousSignInAddress() {
        return previousSignInAddress;
    }

    public int getFailedSinceSignIn() {
        return failedSinceSignIn;
    }

    public int getFailedBeforeSignIn() {
        return failedBeforeSignIn;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
