package tw.rislink.credential.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.Role;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.entity.AgencyPassword;
import tw.rislink.linking.entity.AssignedRange;
import tw.rislink.linking.entity.LinkingCase;

/**
 * Authenticates a call of the SOAP linking interface: the agency account and password of DHR's
 * password table (seed 000 step 7), sent as a WS-Security UsernameToken with a nonce and its
 * creation time, from a host address registered for the case that issued the account (its hosts
 * or a block DIS assigned to it). An unknown account, a wrong password and an unregistered address
 * get one answer, so a guess from elsewhere learns nothing; a stale token and a replayed nonce are
 * named, since the caller must fix them in its client. There is no lockout: the password is 16
 * random characters of a 56-letter alphabet and is compared only for calls from the agency's own
 * hosts, where a lockout would let one faulty client lock the agency out.
 *
 * <p>Only the bcrypt hash of a password is stored, and comparing it costs tens of milliseconds by
 * design. A password once compared is remembered as a keyed digest (HMAC with a key that lives only
 * in this JVM) next to the hash it matched, so the next call of the account compares digests; the
 * account's row is still read on every call, so a revoked account or a new password is refused at
 * once, on every node.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class AgencyPasswords {

    /** Who a SOAP call is, once authenticated. */
    public record LinkingAccount(String agencyCode, String account, Long caseId) {}

    /** How far a UsernameToken's Created may lie from now, either way (clocks drift). */
    public static final Duration FRESHNESS = Duration.ofMinutes(5);

    static final String REFUSED =
            "Unknown agency account, wrong password, or a host address not registered for the account";

    /** Compared for a call that has no account to compare with, so that it takes as long. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no account has this password".toCharArray());

    private static final byte[] KEY = new byte[32];
    private static final Map<String, Verified> VERIFIED = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 10_000;

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private record Verified(String hash, String digest) {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private UsedTokens usedTokens;

    /**
     * @param created the token's wsu:Created (ISO-8601 instant)
     * @throws ApiRefusal "not set up" for an unknown or revoked account, a wrong password, an
     *     unregistered address, a missing or stale nonce; "transmission" for a replayed one
     */
    public LinkingAccount authenticate(String account, String password, String nonce, String created, String address) {
        if (account == null || account.isBlank() || password == null || password.isEmpty()) {
            throw notSetUp("The UsernameToken needs a Username (the agency account) and a Password");
        }
        List<AgencyPassword> found = em.createNamedQuery(AgencyPassword.BY_ACCOUNT, AgencyPassword.class)
                .setParameter("account", account.strip())
                .getResultList();
        AgencyPassword row = found.isEmpty() ? null : found.get(0);
        // The address first, and one answer for every way of failing: a password is compared only
        // for a call from the account's own hosts, and nobody learns from the answer (or its time:
        // an unknown account is compared with a dummy hash) which part was wrong.
        boolean fromItsHosts = row != null
                && !row.isRevoked()
                && ApiCredentials.allowed(address, registeredAddresses(em.find(LinkingCase.class, row.getCaseId())));
        if (!fromItsHosts) {
            PasswordHasher.matches(password.toCharArray(), DUMMY_HASH);
            throw notSetUp(REFUSED);
        }
        if (!matches(row, password)) {
            throw notSetUp(REFUSED);
        }
        claimNonce(row.getAccount(), nonce, created);
        return new LinkingAccount(row.getAgency().getCode(), row.getAccount(), row.getCaseId());
    }

    /** The addresses a case registered: its hosts and the blocks DIS assigned to it (CIDR or single addresses). */
    public List<String> addressesOf(long caseId) {
        return registeredAddresses(em.find(LinkingCase.class, caseId));
    }

    private List<String> registeredAddresses(LinkingCase c) {
        List<String> addresses = new ArrayList<>(c == null ? List.of() : c.hostAddressList());
        if (c != null) {
            em.createNamedQuery(AssignedRange.OF_CASE, AssignedRange.class)
                    .setParameter("caseId", c.getId())
                    .getResultList()
                    .forEach(range -> addresses.add(range.getCidr()));
        }
        return addresses;
    }

    /** A nonce is used once: kept with the account until the token could no longer be fresh. */
    private void claimNonce(String account, String nonce, String created) {
        if (nonce == null || nonce.isBlank() || nonce.length() > 100) {
            throw notSetUp("The UsernameToken needs a Nonce (at most 100 characters) against replays");
        }
        Instant at;
        try {
            at = Instant.parse(created == null ? "" : created.strip());
        } catch (DateTimeParseException e) {
            throw notSetUp("The UsernameToken needs its Created time, e.g. 2026-12-02T08:00:00Z");
        }
        Instant now = Instant.now();
        if (at.isBefore(now.minus(FRESHNESS)) || at.isAfter(now.plus(FRESHNESS))) {
            throw notSetUp("The UsernameToken was created at " + at + ", more than " + FRESHNESS.toMinutes()
                    + " minutes from the server's time " + now + ": send a fresh one");
        }
        try {
            usedTokens.claim(
                    account,
                    nonce.strip(),
                    LocalDateTime.ofInstant(at.plus(FRESHNESS).plus(FRESHNESS), ZoneOffset.UTC));
        } catch (ApiRefusal replayed) {
            throw ApiRefusal.transmission("The UsernameToken's Nonce was used before: every call needs a new one");
        }
    }

    private static boolean matches(AgencyPassword row, String password) {
        String digest = digest(row.getAccount(), password);
        Verified known = VERIFIED.get(row.getAccount());
        if (known != null && known.hash().equals(row.getPasswordHash())) {
            return MessageDigest.isEqual(
                    known.digest().getBytes(StandardCharsets.US_ASCII), digest.getBytes(StandardCharsets.US_ASCII));
        }
        if (!PasswordHasher.matches(password.toCharArray(), row.getPasswordHash())) {
            return false;
        }
        if (VERIFIED.size() >= REMEMBERED) {
            VERIFIED.clear();
        }
        VERIFIED.put(row.getAccount(), new Verified(row.getPasswordHash(), digest));
        return true;
    }

    private static String digest(String account, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((account + '\n' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }

    private static ApiRefusal notSetUp(String message) {
        return ApiRefusal.notSetUp(message);
    }
}
