package tw.rislink.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;
import tw.rislink.agency.entity.AgencyPermission;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.AgencyPassword;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.linking.entity.LinkingCase;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.entity.FileChunk;
import tw.rislink.query.entity.FileJob;
import tw.rislink.query.entity.OnlineResult;
import tw.rislink.query.entity.OnlineResultBody;

/**
 * What go-live leaves behind for a data-service test's own agency: a live case from the given
 * hosts, the given items approved on the SOAP linking interface, the Web Service API and the
 * electronic gate (for the whole country, or one county), a password-table account with a password the test knows, and an
 * Iss key with an RSA key pair; plus the register's persons a query needs, read from the
 * database. Shares nothing with other tests: every agency is new.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM)
public class DataServiceFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** One linked agency as a test's client programs see it. */
    public record Linked(String code, String account, String password, String issKey, String apId, KeyPair keys)
            implements Serializable {}

    /** Persons and households of the register with what each transaction needs. */
    public record Samples(
            String person,
            String personHousehold,
            String renamed,
            String removed,
            String removedHousehold,
            String renumberedHousehold,
            String soldier,
            String statisticsMonth,
            String statisticsCounty,
            String carded)
            implements Serializable {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private AccountService accounts;

    /**
     * @param items the data item codes approved
     * @param countyCode the one county the permissions cover, or null for nationwide
     * @param hosts the hosts the agency calls from (the Iss key and the case accept exactly these)
     */
    public Linked create(List<String> items, String countyCode, List<String> hosts) throws Exception {
        int n = SERIAL.incrementAndGet();
        String stem = String.format("%08d", (System.nanoTime() / 1000 + n) % 100_000_000L);
        Agency provider = new Agency("Q" + stem + "A", "測試提供機關" + stem, "Test provider " + stem, AgencyKind.PROVIDER);
        Agency agency =
                new Agency("D" + stem + "A", "測試查詢機關" + stem, "Test querying agency " + stem, AgencyKind.GOVERNMENT);
        em.persist(provider);
        em.persist(agency);
        em.flush();
        LocalDateTime now = TaiwanTime.now();
        LinkingCase live = new LinkingCase(agency, "it-officer-" + stem, now);
        live.describe(
                provider,
                Channel.LINKING_INTERFACE,
                true,
                DataScope.HOUSEHOLD,
                EnumSet.of(DeliveryMode.ONLINE_QUERY, DeliveryMode.FILE_TRANSFER, DeliveryMode.MEDIA_EXCHANGE),
                "測試查詢",
                hosts,
                "測試承辦人",
                "02-23565005",
                "it-officer-" + stem + "@agency.example.gov.tw",
                "測試主管");
        live.numbered("DS" + stem);
        em.persist(live);
        em.flush();
        List<String> jobs = new ArrayList<>();
        for (String code : items) {
            DataItem item = em.createNamedQuery(DataItem.BY_CODE, DataItem.class)
                    .setParameter("code", code)
                    .getSingleResult();
            for (Channel channel : List.of(Channel.LINKING_INTERFACE, Channel.WEB_SERVICE_API, Channel.E_GATE)) {
                AgencyPermission permission = new AgencyPermission(agency, item, channel, live.getId(), now);
                permission.coverOnly(countyCode);
                em.persist(permission);
            }
            jobs.addAll(item.transactionList());
        }
        em.persist(new AgencyStanding(agency, now));
        String account = agency.getCode() + "-01";
        String password = password();
        em.persist(new AgencyPassword(agency, live.getId(), account, PasswordHasher.hash(password.toCharArray()), now));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        ApiCredential credential = credentials.issue(
                apId(),
                agency.getCode(),
                agency.getNameZh(),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                hosts,
                jobs.stream()
                        .distinct()
                        .filter(j -> Transaction.of(j).isPresent())
                        .toList());
        return new Linked(
                agency.getCode(), account, password, credential.getIssKey(), credential.getAgencyAccount(), keys);
    }

    /** A new officer of the agency, who signs in with the password given (the e-gate workbench's user). */
    public String officer(String code, String password) {
        Agency agency = em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getSingleResult();
        String username = "eg" + code.substring(1, 9).toLowerCase(Locale.ROOT) + SERIAL.incrementAndGet();
        accounts.create(
                username,
                password.toCharArray(),
                "測試承辦" + username.substring(username.length() - 3),
                username + "@agency.example.gov.tw",
                agency,
                EnumSet.of(Role.APPLICANT_OFFICER));
        return username;
    }

    /** Suspends the agency as a provider's violation with suspension does: its standing and its Iss keys. */
    public void suspend(String code) {
        standing(code).suspend(credentials.suspendActive(code), TaiwanTime.now());
    }

    /** Lifts the suspension as an accepted remedy does: the keys it suspended work again. */
    public void restore(String code) {
        credentials.reactivate(standing(code).restore(TaiwanTime.now()));
    }

    private AgencyStanding standing(String code) {
        return em.createQuery("SELECT s FROM AgencyStanding s WHERE s.agency.code = :code", AgencyStanding.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    /**
     * The audit records of an agency's queries, newest first, each as
     * "channel transaction outcome subjects items user reason" ("-" for what is empty).
     */
    public List<String> audited(String code) {
        return audited(code, "REGISTER_QUERY");
    }

    /** The agency's audit records of the action, newest first, as {@link #audited(String)} tells them. */
    public List<String> audited(String code, String action) {
        return em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r.agencyCode = :code AND r.action = :action"
                                + " ORDER BY r.id DESC",
                        AuditRecord.class)
                .setParameter("code", code)
                .setParameter("action", action)
                .getResultStream()
                .map(r -> String.join(
                        " ",
                        r.getChannel().name(),
                        dash(r.getTransactionCode()),
                        r.getOutcome().name(),
                        dash(r.getSubjectIds()),
                        dash(r.getDataItems()),
                        dash(r.getUserName()),
                        dash(r.getReason())))
                .toList();
    }

    /** Moves an e-gate result's time back by the days given, as if it had been received then. */
    public void receivedDaysAgo(long resultId, int days) {
        OnlineResult result = em.find(OnlineResult.class, resultId);
        em.createQuery("UPDATE OnlineResult r SET r.askedAt = :at, r.expiresAt = :until WHERE r.id = :id")
                .setParameter("at", result.getAskedAt().minusDays(days))
                .setParameter("until", result.getExpiresAt().minusDays(days))
                .setParameter("id", resultId)
                .executeUpdate();
        em.createQuery("UPDATE OnlineResultBody b SET b.expiresAt = :until WHERE b.resultId = :id")
                .setParameter("until", result.getExpiresAt().minusDays(days))
                .setParameter("id", resultId)
                .executeUpdate();
    }

    /** Whether the answer of an e-gate result is still kept (the retention timer deletes it). */
    public boolean answerKept(long resultId) {
        return em.find(OnlineResultBody.class, resultId) != null;
    }

    /** The subjects of the retention purge's audit records ("online N ids FIRST-LAST due …"), newest first. */
    public List<String> purges() {
        return em.createQuery(
                        "SELECT r.subjectIds FROM AuditRecord r WHERE r.action = 'RESULT_PURGE' ORDER BY r.id DESC",
                        String.class)
                .setMaxResults(50)
                .getResultList();
    }

    /** The first living persons with a household, by ID (the same on every run of one register). */
    public List<String> livingIds(int count) {
        return em.createQuery(
                        "SELECT p.id FROM Person p WHERE p.removedOn IS NULL AND p.householdNumber IS NOT NULL"
                                + " ORDER BY p.id",
                        String.class)
                .setMaxResults(count)
                .getResultList();
    }

    /** A person's name as the register holds it. */
    public String nameOf(String personId) {
        return first("SELECT p.name FROM Person p WHERE p.id = '" + personId + "'");
    }

    /** A bulk file job as it stands now. */
    public FileJob fileJob(long id) {
        return em.find(FileJob.class, id);
    }

    /** Keeps a record for a job as a chunk of one line would, whatever the job's own run does. */
    public void keepRecord(long jobId, int lineNo, String record) {
        em.persist(new FileChunk(jobId, lineNo, lineNo, List.of(record)));
    }

    /** How many answered lines of a job wait for its result file (none once it is written). */
    public long fileRecords(long id) {
        // SUM of a NUMBER column comes back as a BigDecimal on H2's Oracle mode.
        return ((Number) em.createQuery("SELECT COALESCE(SUM(c.lineCount), 0) FROM FileChunk c WHERE c.jobId = :job")
                        .setParameter("job", id)
                        .getSingleResult())
                .longValue();
    }

    /** The subjects of the audit records of an action, newest first. */
    public List<String> auditSubjects(String action) {
        return em.createQuery(
                        "SELECT r.subjectIds FROM AuditRecord r WHERE r.action = :action ORDER BY r.id DESC",
                        String.class)
                .setParameter("action", action)
                .setMaxResults(50)
                .getResultList();
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    public Samples samples() {
        String person = first("SELECT p.id FROM Person p WHERE p.removedOn IS NULL AND p.householdNumber IS NOT NULL"
                + " AND p.fatherId IS NOT NULL ORDER BY p.id");
        return new Samples(
                person,
                first("SELECT p.householdNumber FROM Person p WHERE p.id = '" + person + "'"),
                first("SELECT e.personId FROM RegisterEvent e, Person p WHERE e.type = 'NAME_CHANGE'"
                        + " AND p.id = e.personId AND p.removedOn IS NULL ORDER BY e.personId"),
                first("SELECT p.id FROM Person p WHERE p.removedOn IS NOT NULL AND p.householdNumber IS NOT NULL"
                        + " ORDER BY p.id"),
                first("SELECT p.householdNumber FROM Person p WHERE p.removedOn IS NOT NULL"
                        + " AND p.householdNumber IS NOT NULL ORDER BY p.id"),
                first("SELECT e.householdNumber FROM RegisterEvent e WHERE e.type = 'ADDRESS_CHANGE'"
                        + " AND e.householdNumber IS NOT NULL ORDER BY e.householdNumber"),
                first("SELECT r.personId FROM MilitaryRecord r ORDER BY r.personId"),
                first("SELECT MAX(s.month) FROM VillageStatistic s"),
                first("SELECT MIN(SUBSTRING(s.villageCode, 1, 5)) FROM VillageStatistic s"),
                first("SELECT c.personId FROM IdCardIssue c, Person p WHERE p.id = c.personId AND p.removedOn IS NULL"
                        + " AND c.reportedLostOn IS NULL AND c.issuedOn = (SELECT MAX(d.issuedOn) FROM IdCardIssue d"
                        + " WHERE d.personId = c.personId) ORDER BY c.personId"));
    }

    /** A living person the register holds no ID card of (a child under 14): so no card photo either. */
    public String withoutCard() {
        return first("SELECT p.id FROM Person p WHERE p.removedOn IS NULL AND p.householdNumber IS NOT NULL"
                + " AND NOT EXISTS (SELECT c FROM IdCardIssue c WHERE c.personId = p.id) ORDER BY p.id");
    }

    /** The county of a person's household. */
    public String countyOf(String personId) {
        return first("SELECT h.address.countyCode FROM Person p, Household h WHERE p.id = '" + personId
                + "' AND h.number = p.householdNumber");
    }

    /** A living person registered in another county than the given one. */
    public String personOutside(String countyCode) {
        return first("SELECT p.id FROM Person p, Household h WHERE p.removedOn IS NULL"
                + " AND h.number = p.householdNumber AND h.address.countyCode <> '" + countyCode + "' ORDER BY p.id");
    }

    private String first(String jpql) {
        return em.createQuery(jpql, String.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The test register has nothing for: " + jpql));
    }

    private static String password() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(letters.charAt(random.nextInt(letters.length())));
        }
        return password.toString();
    }

    /** An agency account (apId, 5 characters) of its own, unique across runs on one database. */
    private static String apId() {
        String random =
                Long.toString(Math.floorMod(System.nanoTime() + SERIAL.incrementAndGet(), 36L * 36 * 36 * 36), 36);
        return "G" + "0".repeat(4 - random.length()) + random.toUpperCase(Locale.ROOT);
    }
}
