package tw.rislink.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.control.AuditSigner;
import tw.rislink.audit.control.DigestContent;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.SchemaMigrator;
import tw.rislink.platform.boundary.TimerRuns;

/**
 * Makes the signed daily digest of the audit trail: shortly after midnight (Taiwan time) for the
 * day that ended, and at startup for every day missed while the server was down, each chained
 * to the digest of the day before. A day without records still gets a digest (with no chains),
 * so that removing a whole day is seen too. The signing key comes from the key store that
 * {@code configure-audit-signing.cli} names ({@code rislink.audit.keystore}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@RunAs(Role.SYSTEM)
public class AuditDigests {

    private static final Logger LOG = Logger.getLogger(AuditDigests.class.getName());

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private SchemaMigrator schema;

    @EJB
    private AuditTrail audit;

    @Resource
    private TimerService timers;

    @Resource
    private SessionContext context;

    private AuditSigner signer;

    @PostConstruct
    void start() {
        String path = System.getProperty(
                "rislink.audit.keystore", System.getProperty("jboss.server.config.dir", ".") + "/rislink-audit.p12");
        String password = System.getProperty("rislink.audit.keystore.password", "rislink-dev-only");
        signer = AuditSigner.load(
                Path.of(path),
                password.toCharArray(),
                System.getProperty("rislink.audit.keystore.alias", "audit"),
                schema.dialect().embedded());
        // Catch up after the deployment is complete, not inside it.
        timers.createSingleActionTimer(2_000, new TimerConfig("audit-digest-catch-up", false));
    }

    @Timeout
    void catchUp(Timer timer) {
        makeUp();
    }

    @Schedule(hour = "0", minute = "10", timezone = "Asia/Taipei", info = "audit-digest-daily")
    @Interceptors(TimerRuns.class)
    void daily() {
        makeUp();
    }

    /**
     * Makes the digests of every day before today that has none, oldest first: from the day
     * after the last digest, or from the first day with audit chains.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.SYSTEM)
    public int makeUp() {
        LocalDate today = TaiwanTime.now().toLocalDate();
        List<String> last = em.createQuery("SELECT MAX(d.day) FROM AuditDigest d", String.class)
                .getResultList();
        LocalDate start;
        if (!last.isEmpty() && last.get(0) != null) {
            start = LocalDate.parse(last.get(0), AuditTrail.DAY).plusDays(1);
        } else {
            String first = em.createQuery("SELECT MIN(h.chainDay) FROM AuditChainHead h", String.class)
                    .getSingleResult();
            if (first == null) {
                return 0;
            }
            start = LocalDate.parse(first, AuditTrail.DAY);
        }
        int made = 0;
        AuditDigests self = context.getBusinessObject(AuditDigests.class);
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            self.digest(day);
            made++;
        }
        if (made > 0) {
            int count = made;
            LOG.info(() -> "Signed " + count + " audit digest(s) up to " + today.minusDays(1));
        }
        return made;
    }

    /** Signs one closed day's chain ends, chained to the day before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM)
    public AuditDigest digest(LocalDate date) {
        String day = AuditTrail.DAY.format(date);
        // Nodes making up the same day at their start take turns on the day before's digest,
        // which the new one chains to; the second then finds the day signed.
        AuditDigest previous =
                em.find(AuditDigest.class, AuditTrail.DAY.format(date.minusDays(1)), LockModeType.PESSIMISTIC_WRITE);
        AuditDigest existing = em.find(AuditDigest.class, day);
        if (existing != null) {
            return existing;
        }
        SortedMap<Integer, DigestContent.ChainEnd> chains = new TreeMap<>();
        for (AuditChainHead head : em.createQuery(
                        "SELECT h FROM AuditChainHead h WHERE h.chainDay = :day", AuditChainHead.class)
                .setParameter("day", day)
                .getResultList()) {
            chains.put(head.getPartition(), new DigestContent.ChainEnd(head.getLastSeq(), head.getLastHash()));
        }
        String content =
                DigestContent.of(day, previous == null ? DigestContent.GENESIS : previous.getDigestHash(), chains);
        AuditDigest digest = new AuditDigest(
                day, TaiwanTime.now(), content, DigestContent.hash(content), signer.sign(DigestContent.bytes(content)));
        em.persist(digest);
        audit.record(AuditEntry.system("AUDIT_DIGEST", day));
        return digest;
    }

    /** The signing key: only the platform's own beans (verification, archives) get it. */
    @RolesAllowed(Role.SYSTEM)
    public AuditSigner signer() {
        return signer;
    }
}
