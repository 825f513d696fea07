package tw.rislink.credential.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tw.rislink.account.entity.Role;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.credential.control.JwtToken;
import tw.rislink.credential.entity.ApiCredential;

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

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private UsedTokens usedTokens;

    public Caller authenticate(String authorization, String address, String jobId) {
        JwtToken token = JwtToken.parse(authorization);
        ApiCredential credential = em.find(ApiCredential.class, token.issuer());
        if (credential == null) {
            throw ApiRefusal.notSetUp("No credential for this Iss key");
        }
        token.verifySignature(credential.getPublicKey());
        token.checkTimes(java.time.Instant.now());
        if (credential.getStatus() != ApiCredential.Status.ACTIVE) {
            throw ApiRefusal.notSetUp(
                    "The credential is " + credential.getStatus().name().toLowerCase());
        }
        String orgId = token.text("orgId", 10);
        String apId = token.text("apId", 5);
        if (!orgId.equals(credential.getOrgId()) || !apId.equals(credential.getAgencyAccount())) {
            throw ApiRefusal.notSetUp("The token's orgId \"" + ApiRefusal.shown(orgId) + "\" and apId \""
                    + ApiRefusal.shown(apId) + "\" are not the ones registered for this Iss key");
        }
        String sentJob = token.text("jobId", 10);
        if (!jobId.equals(sentJob)) {
            throw ApiRefusal.notSetUp("The token's jobId \"" + ApiRefusal.shown(sentJob) + "\" is not the job of this"
                    + " endpoint, which runs " + jobId);
        }
        if (!credential.allowsJob(jobId)) {
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
            CallerAddress.parse(address);
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

    static boolean allowed(String address, List<String> registered) {
        InetAddress caller;
        try {
            caller = CallerAddress.parse(address);
        } catch (IllegalArgumentException notAnAddress) {
            // A trusted proxy forwarded something that is not an address: no registered one.
            return false;
        }
        return registered.stream().map(CallerAddress::parse).anyMatch(caller::equals);
    }
}
