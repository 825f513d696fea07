package tw.rislink.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.control.AuditArchive;
import tw.rislink.audit.control.ChainFinding;
import tw.rislink.audit.entity.AuditArchiveEntry;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.TimerRuns;

/**
 * Moves audit days older than the retention period ({@code rislink.audit.retention}, at least
 * three years, DOMAIN.md §7) out of the database: each day, once signed by its digest, is
 * written to a signed archive file in {@code rislink.audit.archive.dir}, the file is read back
 * and verified, and only then are the day's records and chain heads removed. The day's digest
 * stays, so the chain of digests stays whole.
 */
@Singleton
@RunAs(Role.SYSTEM)
public class AuditRetention {

    /** DOMAIN.md §7: records are kept at least three years. */
    public static final Period MINIMUM = Period.ofYears(3);

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditDigests digests;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Taipei", info = "audit-retention")
    @Interceptors(TimerRuns.class)
    void nightly() {
        archiveDue();
    }

    /** Archives every signed day before the retention period; returns the days archived. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.SYSTEM)
    public int archiveDue() {
        LocalDate keepFrom = TaiwanTime.now().toLocalDate().minus(retention());
        List<String> days = em.createQuery(
                        "SELECT DISTINCT h.chainDay FROM AuditChainHead h WHERE h.chainDay < :keepFrom"
                                + " ORDER BY h.chainDay",
                        String.class)
                .setParameter("keepFrom", AuditTrail.DAY.format(keepFrom))
                .getResultList();
        AuditRetention self = context.getBusinessObject(AuditRetention.class);
        int archived = 0;
        for (String day : days) {
            if (self.archive(day)) {
                archived++;
            }
        }
        return archived;
    }

    /** Archives one day if it has its digest; false where it has none yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM)
    public boolean archive(String day) {
        AuditDigest digest = em.find(AuditDigest.class, day);
        if (digest == null) {
            LOG.warning(() -> "Audit day " + day + " is past retention but has no signed digest; not archived");
            return false;
        }
        List<AuditRecord> records = em.createNamedQuery(AuditRecord.OF_DAYS, AuditRecord.class)
                .setParameter("from", day)
                .setParameter("to", day)
                .getResultList();
        Path file = AuditArchive.write(folder(), digest, records, digests.signer());
        List<ChainFinding> findings = AuditArchive.verify(file, digests.signer());
        if (!findings.isEmpty()) {
            throw new IllegalStateException(
                    "The archive of audit day " + day + " does not verify, nothing removed: " + findings);
        }
        em.persist(new AuditArchiveEntry(
                day, file.getFileName().toString(), sha256(file), records.size(), TaiwanTime.now()));
        em.createQuery("DELETE FROM AuditRecord r WHERE r.chainDay = :day")
                .setParameter("day", day)
                .executeUpdate();
        em.createQuery("DELETE FROM AuditChainHead h WHERE h.chainDay = :day")
                .setParameter("day", day)
                .executeUpdate();
        audit.record(AuditEntry.system("AUDIT_ARCHIVE", day + " " + records.size() + " " + file.getFileName()));
        LOG.info(() -> "Archived audit day " + day + " (" + records.size() + " records) to " + file);
        return true;
    }

    /** The configured retention, at least the three years required. */
    public static Period retention() {
        String configured = System.getProperty("rislink.audit.retention");
        Period period = configured == null || configured.isBlank() ? MINIMUM : Period.parse(configured.strip());
        if (LocalDate.now().minus(period).isAfter(LocalDate.now().minus(MINIMUM))) {
            LOG.warning(() ->
                    "rislink.audit.retention=" + configured + " is shorter than the 3 years required; using 3 years");
            return MINIMUM;
        }
        return period;
    }

    static Path folder() {
        return Path.of(System.getProperty(
                "rislink.audit.archive.dir", System.getProperty("jboss.server.data.dir", ".") + "/audit-archive"));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
