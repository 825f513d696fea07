package tw.rislink.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.certificate.control.BusinessCertificates;
import tw.rislink.certificate.control.CertificateRefusal;
import tw.rislink.certificate.control.ChallengeSignature;
import tw.rislink.certificate.control.Pem;

/**
 * Sign-in with a business certificate. The holder signs the server's challenge with the card;
 * the signature, the certificate (trusted issuer, validity, revocation list) and the business ID
 * the holder typed are checked. The company's account, named by its business ID, is created at
 * its first sign-in. The caller then completes the sign-in through the security domain with the
 * one-time secret returned here, and calls {@link #used} at once. Both steps are open
 * ({@code @PermitAll}): the holder is not signed in yet, the certificate is what is checked. The
 * bean runs as {@link Role#SYSTEM} to read the trust, audit and create the account.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class CertificateSignIn {

    public static final String CERTIFICATE_SIGN_IN = "CERTIFICATE_SIGN_IN";

    private static final Logger LOG = Logger.getLogger(CertificateSignIn.class.getName());

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private CompanyCertificates trust;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    /** A checked holder: the account to sign in, its one-time secret and the certificate's PEM. */
    public record Grant(String username, String secret, String companyName, String certificatePem) {}

    /** Either a grant or the reason there is none. */
    public record Outcome(Optional<Grant> grant, CertificateRefusal.Reason refusal) {}

    /**
     * @param challenge the text the server gave this browser to sign, still unused and current
     * @param typedBusinessId the business ID the holder typed on the sign-in page
     */
    @PermitAll
    public Outcome check(
            String challenge, String certificate, String signature, String typedBusinessId, String address) {
        BusinessCertificates.Holder holder;
        try {
            X509Certificate signer = ChallengeSignature.verify(challenge, certificate, signature);
            holder = trust.current().check(signer, Instant.now());
            if (!holder.businessId().value().equals(typedBusinessId == null ? "" : typedBusinessId.strip())) {
                throw new CertificateRefusal(
                        CertificateRefusal.Reason.OTHER_COMPANY, "the card is " + holder.businessId() + "'s");
            }
        } catch (CertificateRefusal refusal) {
            String typed = typedBusinessId == null ? null : typedBusinessId.strip();
            LOG.info(() -> "Certificate sign-in refused from " + address + ": " + refusal.getMessage());
            audit.record(new AuditEntry(
                    typed != null && typed.length() <= 30 ? typed : null,
                    null,
                    address,
                    AuditChannel.SCREEN,
                    CERTIFICATE_SIGN_IN,
                    null,
                    null,
                    null,
                    refusal.reason().name(),
                    null,
                    null,
                    AuditOutcome.REFUSED));
            return new Outcome(Optional.empty(), refusal.reason());
        }
        UserAccount account = accountOf(holder);
        if (account.getStatus() != AccountStatus.ACTIVE) {
            return new Outcome(Optional.empty(), CertificateRefusal.Reason.ACCOUNT_DISABLED);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        em.createNativeQuery("INSERT INTO rl_signin_token (token_hash, username, expires_at)"
                        + " VALUES (?1, ?2, LOCALTIMESTAMP + INTERVAL '60' SECOND)")
                .setParameter(1, PasswordHasher.hash(secret.toCharArray()))
                .setParameter(2, account.getUsername())
                .executeUpdate();
        try {
            return new Outcome(
                    Optional.of(new Grant(
                            account.getUsername(),
                            secret,
                            holder.companyName(),
                            Pem.encode("CERTIFICATE", holder.certificate().getEncoded()))),
                    null);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A checked certificate cannot be encoded", e);
        }
    }

    /**
     * Deletes the account's secrets once the security domain has taken one (or refused it), and
     * any left by sign-ins that never completed; records the sign-in when it succeeded.
     */
    @PermitAll
    public void used(String username, boolean signedIn, String address) {
        em.createNativeQuery("DELETE FROM rl_signin_token WHERE username = ?1 OR expires_at < LOCALTIMESTAMP")
                .setParameter(1, username)
                .executeUpdate();
        if (signedIn) {
            accounts.recordSuccessfulSignIn(username, address);
        }
    }

    private UserAccount accountOf(BusinessCertificates.Holder holder) {
        String username = holder.businessId().value();
        return accounts.find(username).orElseGet(() -> {
            Agency agency = em.createNamedQuery(Agency.BY_CODE, Agency.class)
                    .setParameter("code", username)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        Agency created =
                                new Agency(username, holder.companyName(), holder.companyName(), AgencyKind.COMPANY);
                        em.persist(created);
                        return created;
                    });
            // Company accounts sign in only with the card: the password is random and never shown.
            char[] unusable = new char[32];
            for (int i = 0; i < unusable.length; i++) {
                unusable[i] = (char) ('!' + RANDOM.nextInt(94));
            }
            return accounts.create(
                    username, unusable, holder.companyName(), null, agency, EnumSet.of(Role.COMPANY_USER));
        });
    }
}
