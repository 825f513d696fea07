package tw.rislink.certificate.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The text this browser is asked to sign with the card: random, for this session only, used
 * once and for five minutes at most, so that a captured signature signs nobody in again.
 */
@SessionScoped
public class SignInChallenge implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private String challenge;
    private Instant issuedAt;

    /** A new challenge, replacing any earlier one. */
    public synchronized String issue() {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        challenge = "rislink-signin:" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        issuedAt = Instant.now();
        return challenge;
    }

    /** The challenge if it is the one given and still current; either way it cannot be used again. */
    public synchronized Optional<String> take(String presented) {
        String given = challenge;
        Instant at = issuedAt;
        challenge = null;
        issuedAt = null;
        return given != null && given.equals(presented) && Instant.now().isBefore(at.plus(LIFETIME))
                ? Optional.of(given)
                : Optional.empty();
    }
}
