package tw.rislink.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;
import tw.rislink.agency.entity.AgencyPermission;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.AgencyPassword;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.linking.entity.LinkingCase;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.verification.boundary.IdCardVerifications;

/**
 * What go-live leaves behind, for one test's own agency: the agency, its officer (with an e-mail
 * address of its own), a live case, its permissions, a password-table account and an Iss key;
 * and a provider agency with a registration-unit user. Shares nothing with other tests.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM)
public class LinkedAgencyFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** One linked agency as a test sees it. */
    public record Linked(
            String code, String officer, String officerEmail, String provider, ApiCredential credential, KeyPair keys)
            implements java.io.Serializable {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private ApiCredentials credentials;

    public Linked create() throws Exception {
        int n = SERIAL.incrementAndGet();
        String stem = String.format("%08d", (System.nanoTime() / 1000 + n) % 100_000_000L);
        Agency provider = new Agency("P" + stem + "A", "測試提供機關" + stem, "Test provider " + stem, AgencyKind.PROVIDER);
        Agency agency = new Agency("L" + stem + "A", "測試連結機關" + stem, "Test agency " + stem, AgencyKind.GOVERNMENT);
        em.persist(provider);
        em.persist(agency);
        em.flush();
        String officer = "it-officer-" + stem;
        String email = officer + "@agency.example.gov.tw";
        String local = "it-local-" + stem;
        accounts.create(officer, password(), "測試承辦人", email, agency, EnumSet.of(Role.APPLICANT_OFFICER));
        accounts.create(local, password(), "測試戶政", null, provider, Set.of(Role.LOCAL_REGISTRATION));
        LocalDateTime now = TaiwanTime.now();
        LinkingCase live = new LinkingCase(agency, officer, now);
        live.describe(
                provider,
                Channel.WEB_SERVICE_API,
                true,
                DataScope.HOUSEHOLD,
                EnumSet.of(DeliveryMode.ONLINE_QUERY),
                "測試",
                List.of("127.0.0.1"),
                "測試承辦人",
                "02-23565005",
                email,
                "測試主管");
        live.numbered("IT" + stem);
        em.persist(live);
        em.flush();
        for (String code : List.of("PERSON_NAME", "BIRTH_DATE")) {
            DataItem item = em.createNamedQuery(DataItem.BY_CODE, DataItem.class)
                    .setParameter("code", code)
                    .getSingleResult();
            em.persist(new AgencyPermission(agency, item, Channel.WEB_SERVICE_API, live.getId(), now));
        }
        em.persist(new AgencyPassword(agency, live.getId(), "LA" + stem, "$2a$12$notarealhash", now));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        ApiCredential credential = credentials.issue(
                account(),
                agency.getCode(),
                agency.getNameZh(),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                List.of("127.0.0.1"),
                List.of(IdCardVerifications.JOB));
        return new Linked(agency.getCode(), officer, email, local, credential, keys);
    }

    public String standing(String code) {
        return em.createQuery(
                        "SELECT s.standing FROM AgencyStanding s WHERE s.agency.code = :code",
                        AgencyStanding.Standing.class)
                .setParameter("code", code)
                .getResultStream()
                .map(Enum::name)
                .findFirst()
                .orElse("NONE");
    }

    public long permissions(String code) {
        return em.createQuery("SELECT COUNT(p) FROM AgencyPermission p WHERE p.agency.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    public String credentialStatus(String issKey) {
        return em.find(ApiCredential.class, issKey).getStatus().name();
    }

    public void setCredentialStatus(String issKey, ApiCredential.Status status) {
        em.find(ApiCredential.class, issKey).setStatus(status);
    }

    public List<Boolean> passwordsRevoked(String code) {
        return em.createQuery("SELECT p FROM AgencyPassword p WHERE p.agency.code = :code", AgencyPassword.class)
                .setParameter("code", code)
                .getResultStream()
                .map(AgencyPassword::isRevoked)
                .toList();
    }

    public boolean staffChangeOverdue(long id) {
        return em.find(tw.rislink.agency.entity.StaffChange.class, id).isOverdue();
    }

    public long violations(String code) {
        return em.createQuery("SELECT COUNT(v) FROM AgencyViolation v WHERE v.agency.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    /** Issues another key of the agency, as a key rotation would. */
    public ApiCredential secondKey(Linked linked) {
        return credentials.issue(
                account(),
                linked.code(),
                "second",
                linked.credential().getPublicKey(),
                List.of("127.0.0.1"),
                List.of(IdCardVerifications.JOB));
    }

    /** An agency account of its own (unique in the credential store, across runs on one database). */
    private static String account() {
        String random =
                Long.toString(Math.floorMod(System.nanoTime() + SERIAL.incrementAndGet(), 36L * 36 * 36 * 36), 36);
        return "L" + "0".repeat(4 - random.length()) + random.toUpperCase(java.util.Locale.ROOT);
    }

    private static char[] password() {
        return DemoDataSeeder.DEMO_PASSWORD.toCharArray();
    }
}
