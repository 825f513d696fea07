package tw.rislink.credential.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.control.AddressRange;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.credential.control.JwtToken;
import tw.rislink.credential.control.RdEnvelope;
import tw.rislink.credential.entity.AccountLock;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.control.Settings;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * Authenticates a REST call the way every job needs it: the JWT's Iss key selects the
 * credential; the signature must verify with the holder's registered RSA key; iat/exp must
 * bracket now; the token's jti must not have been used before; the call must come from a
 * registered host address; orgId and apId must be the credential's; the job must be allowed.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
@RunAs(Role.SYSTEM)
public class ApiCredentials {

    /** Who called, once authenticated. */
    public record Caller(ApiCredential credential, String userId, JwtToken token) {}

    /** How long a replaced key keeps working (ISO-8601 duration). */
    public static final String ROTATION_GRACE = "rislink.credential.rotation-grace";

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private UsedTokens usedTokens;

    public Caller authenticate(String authorization, String address, String jobId) {
        return authenticate(authorization, address, Set.of(jobId), true);
    }

    /**
     * As above for a linked agency's endpoint that runs several jobs: the token's jobId must be one
     * of them, and the agency's permissions, which the data service reads on every call, decide
     * what the job may answer, not the list of jobs the key was issued with.
     */
    public Caller authenticateAgency(String authorization, String address, Set<String> jobs) {
        return authenticate(authorization, address, jobs, false);
    }

    private Caller authenticate(String authorization, String address, Set<String> jobs, boolean jobsOfKey) {
        JwtToken token = JwtToken.parse(authorization);
        ApiCredential credential = em.find(ApiCredential.class, token.issuer());
        if (credential == null) {
            throw ApiRefusal.notSetUp("No credential for this Iss key");
        }
        token.verifySignature(credential.getPublicKey());
        try {
            return checked(token, credential, address, jobs, jobsOfKey);
        } catch (ApiRefusal refused) {
            // Signed with the holder's key: the refusal is the holder's call, and audited as such.
            throw refused.from(credential.getOrgId(), credential.getAgencyAccount());
        }
    }

    private Caller checked(
            JwtToken token, ApiCredential credential, String address, Set<String> jobs, boolean jobsOfKey) {
        token.checkTimes(Instant.now());
        if (!jobsOfKey
                && credential.getStatus() == ApiCredential.Status.SUSPENDED
                && agencySuspended(credential.getOrgId())) {
            // A linked agency's keys are suspended with the agency (a provider's violation): the
            // agency is told it is suspended, as every channel tells it (RS3812). A key suspended
            // for another reason (long disuse) is answered as any key not active (RS3811).
            throw new ApiRefusal(
                    403, RdEnvelope.NOT_LINKED, "The agency is suspended: its Iss key is suspended with it");
        }
        if (credential.getStatus() != ApiCredential.Status.ACTIVE) {
            throw ApiRefusal.notSetUp(
                    "The credential is " + credential.getStatus().name().toLowerCase());
        }
        if (credential.graceEndedAt(TaiwanTime.now())) {
            throw ApiRefusal.notSetUp("The Iss key was replaced and its grace period ended");
        }
        String orgId = token.text("orgId", 10);
        String apId = token.text("apId", 5);
        if (!orgId.equals(credential.getOrgId()) || !apId.equals(credential.getAgencyAccount())) {
            throw ApiRefusal.notSetUp("The token's orgId \"" + ApiRefusal.shown(orgId) + "\" and apId \""
                    + ApiRefusal.shown(apId) + "\" are not the ones registered for this Iss key");
        }
        String jobId = token.text("jobId", 10);
        if (!jobs.contains(jobId)) {
            throw ApiRefusal.notSetUp("The token's jobId \"" + ApiRefusal.shown(jobId) + "\" is not a job of this"
                    + " endpoint, which runs " + String.join(", ", new TreeSet<>(jobs)));
        }
        if (jobsOfKey && !credential.allowsJob(jobId)) {
            throw ApiRefusal.notSetUp("The job " + jobId + " is not allowed for this credential");
        }
        if (!allowed(address, credential.addressList())) {
            throw ApiRefusal.notSetUp("Calls are accepted only from the registered host address, not " + address);
        }
        // userId is the caller's own user, for logging: real clients send up to 50 characters of
        // their own choosing; control and formatting characters would forge or disguise lines in
        // logs, screens and exports.
        String userId = token.text("userId", 50);
        if (userId.codePoints().anyMatch(ApiRefusal::invisible)) {
            throw ApiRefusal.transmission(
                    "The claim userId \"" + ApiRefusal.shown(userId) + "\" contains control or formatting characters");
        }
        String jti = token.text("jti", 100);
        usedTokens.claim(
                credential.getIssKey(),
                jti,
                LocalDateTime.ofInstant(token.expires().plus(JwtToken.SKEW), ZoneOffset.UTC));
        // Long disuse suspends a key (ApiOversight); one write a day records the use.
        credential.usedOn(TaiwanTime.now().toLocalDate());
        return new Caller(credential, userId, token);
    }

    private boolean agencySuspended(String orgId) {
        return !em.createQuery(
                        "SELECT s.id FROM AgencyStanding s WHERE s.agency.code = :code AND s.standing = :suspended",
                        Long.class)
                .setParameter("code", orgId)
                .setParameter("suspended", AgencyStanding.Standing.SUSPENDED)
                .getResultList()
                .isEmpty();
    }

    /**
     * Issues a credential: a new random Iss key bound to the holder's public key, account,
     * addresses and jobs. Used by the review when it approves an application.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ApiCredential issue(
            String agencyAccount,
            String orgId,
            String holderName,
            String publicKey,
            List<String> addresses,
            List<String> jobs) {
        for (String address : addresses) {
            AddressRange.parse(address);
        }
        StringBuilder iss = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            iss.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        ApiCredential credential = new ApiCredential(
                iss.toString(), agencyAccount, orgId, holderName, publicKey, addresses, jobs, TaiwanTime.now());
        em.persist(credential);
        return credential;
    }

    /**
     * The first free agency account under a two-letter prefix (AW for companies, AG for
     * government agencies): the prefix and three digits, as the MOI API's apId has them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String nextAccount(String prefix) {
        // Held until the caller's transaction ends, when the key with the chosen account is written.
        em.find(AccountLock.class, AccountLock.ID, LockModeType.PESSIMISTIC_WRITE);
        long issued = em.createQuery(
                        "SELECT COUNT(DISTINCT c.agencyAccount) FROM ApiCredential c WHERE c.agencyAccount LIKE :prefix",
                        Long.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
        for (long n = issued + 1; n < 1000; n++) {
            String account = String.format("%s%03d", prefix, n);
            if (em.createQuery("SELECT COUNT(c) FROM ApiCredential c WHERE c.agencyAccount = :a", Long.class)
                            .setParameter("a", account)
                            .getSingleResult()
                    == 0) {
                return account;
            }
        }
        throw new IllegalStateException("No agency account number left under " + prefix);
    }

    /**
     * Suspends every active credential of a holder (business ID or agency code) at once; returns
     * the Iss keys it suspended, so that lifting the suspension restores only those (a key
     * suspended for another reason, e.g. long disuse, stays suspended).
     */
    public List<String> suspendActive(String orgId) {
        List<String> suspended = new ArrayList<>();
        for (ApiCredential credential : ofHolder(orgId)) {
            if (credential.getStatus() == ApiCredential.Status.ACTIVE) {
                credential.setStatus(ApiCredential.Status.SUSPENDED);
                suspended.add(credential.getIssKey());
            }
        }
        return suspended;
    }

    /** Makes the given keys active again, those still suspended only; returns how many. */
    public int reactivate(List<String> issKeys) {
        int restored = 0;
        for (String issKey : issKeys) {
            ApiCredential credential = em.find(ApiCredential.class, issKey);
            if (credential != null && credential.getStatus() == ApiCredential.Status.SUSPENDED) {
                credential.setStatus(ApiCredential.Status.ACTIVE);
                restored++;
            }
        }
        return restored;
    }

    /** Revokes every credential of a holder not revoked yet; returns them. */
    public List<ApiCredential> revokeAll(String orgId) {
        List<ApiCredential> revoked = new ArrayList<>();
        for (ApiCredential credential : ofHolder(orgId)) {
            if (credential.getStatus() != ApiCredential.Status.REVOKED) {
                credential.setStatus(ApiCredential.Status.REVOKED);
                revoked.add(credential);
            }
        }
        return revoked;
    }

    private List<ApiCredential> ofHolder(String orgId) {
        return em.createQuery(
                        "SELECT c FROM ApiCredential c WHERE c.orgId = :org ORDER BY c.issKey", ApiCredential.class)
                .setParameter("org", orgId)
                .getResultList();
    }

    /** Whether the address is one of the registered ones (addresses or CIDR blocks, IPv4 or IPv6). */
    public static boolean allowed(String address, List<String> registered) {
        InetAddress caller;
        try {
            caller = CallerAddress.parse(address);
        } catch (IllegalArgumentException notAnAddress) {
            // A trusted proxy forwarded something that is not an address: no registered one.
            return false;
        }
        // An entry is an address or a CIDR block, compared as addresses (IPv4-mapped IPv6 is the
        // IPv4 address); an entry that is neither matches nothing, so a damaged list fails closed.
        return registered.stream().anyMatch(entry -> {
            try {
                return AddressRange.parse(entry).contains(caller);
            } catch (IllegalArgumentException notARange) {
                return false;
            }
        });
    }

    /**
     * Replaces a key: a new Iss key for the same holder, account, addresses and jobs, bound to
     * {@code newPublicKey} (base64 X.509 SubjectPublicKeyInfo, RSA ≥ 2048 bits) or, when it is
     * null, to the old key's. The old key keeps working for the grace period
     * ({@value #ROTATION_GRACE}, 30 days by default) so that the holder can switch its clients
     * over. Only a current key is rotated: the successor of a replaced one is rotated instead, so
     * that one key never has two successors.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ApiCredential rotate(String issKey, String newPublicKey) {
        // Locked, so that two rotations of one key at once cannot both issue a successor.
        ApiCredential old =
                issKey == null ? null : em.find(ApiCredential.class, issKey, LockModeType.PESSIMISTIC_WRITE);
        if (old == null) {
            throw new InvalidInputException("invalid.credential.unknown", "No credential has this Iss key");
        }
        if (old.getStatus() != ApiCredential.Status.ACTIVE) {
            throw new InvalidInputException(
                    "invalid.credential.notActive",
                    "The Iss key is " + old.getStatus().name().toLowerCase() + ": only an active key is rotated");
        }
        LocalDateTime now = TaiwanTime.now();
        if (old.getValidUntil() != null) {
            String until = RocDate.format(old.getValidUntil());
            throw new InvalidInputException(
                    "invalid.credential.replaced",
                    "The Iss key was already replaced (valid until " + until + "): rotate its successor",
                    until);
        }
        String publicKey = newPublicKey == null ? old.getPublicKey() : rsaPublicKey(newPublicKey);
        old.replacedUntil(now.plus(Settings.duration(ROTATION_GRACE, Duration.ofDays(30))));
        return issue(
                old.getAgencyAccount(),
                old.getOrgId(),
                old.getHolderName(),
                publicKey,
                old.addressList(),
                old.jobList());
    }

    private static String rsaPublicKey(String base64) {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA")
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException notRsa) {
            throw notRsaKey();
        }
        if (!(key instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < 2048) {
            throw notRsaKey();
        }
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static InvalidInputException notRsaKey() {
        return new InvalidInputException(
                "invalid.credential.publicKey", "The new key is not an RSA public key of at least 2048 bits");
    }
}
