package tw.rislink.query.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.platform.boundary.TimerRuns;
import tw.rislink.platform.control.Settings;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.query.control.IdList;
import tw.rislink.query.control.QueryPurpose;
import tw.rislink.query.control.ResultFile;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.entity.FileJob;
import tw.rislink.query.entity.FileLedgerEntry;
import tw.rislink.query.entity.FileLine;
import tw.rislink.query.entity.FileProblem;
import tw.rislink.register.boundary.RegisterEncodings;
import tw.rislink.register.control.TextEncoding;

/**
 * Bulk file jobs (file transfer and media exchange, DOMAIN.md §1): an officer of an agency
 * approved for them uploads a list of IDs, which is checked line by line before anything runs;
 * the officer runs the valid lines (a Jakarta Batch job, {@link FileJobSteps}) or discards the
 * upload; the agency's officers download the result file and its manifest until it is due
 * (7 days, §17), ask for an extension before that, which DHR approves or refuses, and complete
 * the file's ledger entry (§7), which the auditors see. A persistent timer deletes due files and
 * resumes runs that stalled (a node that died mid-run), on one node of a cluster.
 */
@Stateless
@RunAs(Role.SYSTEM)
@RolesAllowed(Role.SYSTEM)
public class FileJobs {

    /** DOMAIN.md §4 §17: file results are kept seven days. */
    public static final Duration RETENTION = Duration.ofDays(7);

    /** The longest extension DHR may grant at once, past the current due date (a decision: the rules give none). */
    public static final int EXTENSION_DAYS = 30;

    private static final String OFFICER = "APPLICANT_OFFICER";
    private static final String DHR = "DHR_REVIEWER";
    private static final String AUDITOR = "AUDITOR";

    private static final Logger LOG = Logger.getLogger(FileJobs.class.getName());

    /** A file as the officer gets it: the bytes only when {@link OnlineResults.Status#SHOWN}. */
    public record Download(OnlineResults.Status status, FileJob job, String name, String mediaType, byte[] bytes) {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AccountService accounts;

    @EJB
    private RegisterQueries queries;

    @EJB
    private RegisterEncodings encodings;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<FileJobSteps.Start> starts;

    /** How long a result file is kept: {@code rislink.bulk.retention}, at most the rule's seven days. */
    public static Duration retention() {
        Duration configured = Settings.duration("rislink.bulk.retention", RETENTION);
        return configured.isNegative() || configured.isZero() || configured.compareTo(RETENTION) > 0
                ? RETENTION
                : configured;
    }

    /** The largest upload, {@code rislink.bulk.max-megabytes} (5 MB: 200 000 IDs take 2.4 MB). */
    public static long maxBytes() {
        return Settings.integer("rislink.bulk.max-megabytes", 5) * 1024L * 1024L;
    }

    /** The most lines of an upload, {@code rislink.bulk.max-lines}. */
    public static int maxLines() {
        return Settings.integer("rislink.bulk.max-lines", 200_000);
    }

    /**
     * Checks an upload and keeps it, its valid lines and its refused ones; nothing runs yet.
     *
     * @throws tw.rislink.query.control.QueryRefusal when the agency may not run the job now
     * @throws InvalidInputException when the file is refused as a whole (size, not text, lines)
     *     or BIG-5E is asked on a server without its tables
     */
    @RolesAllowed(OFFICER)
    public FileJob upload(
            String fileName,
            InputStream content,
            TextEncoding encoding,
            DeliveryMode delivery,
            QueryPurpose purpose,
            String address) {
        String user = context.getCallerPrincipal().getName();
        RegisterQueries.FileGrant grant = queries.fileGrant(user, Transaction.RQ02, delivery, address);
        if (encoding == TextEncoding.BIG5E && !encodings.big5eExtensionLoaded()) {
            throw new InvalidInputException(
                    "invalid.bulk.big5e", "BIG-5E cannot be written here: the official tables are not installed");
        }
        IdList.Checked checked = IdList.check(content, maxBytes(), maxLines());
        String name = baseName(fileName);
        FileJob job = new FileJob(
                grant.agencyCode(),
                user,
                Transaction.RQ02.name(),
                encoding.name(),
                delivery.name(),
                purpose.caseNumber(),
                purpose.reason(),
                purpose.businessItem(),
                name,
                checked.sha256(),
                TaiwanTime.now().truncatedTo(ChronoUnit.MILLIS),
                checked.lines().size() + checked.problems().size(),
                checked.problems().size());
        em.persist(job);
        em.flush();
        long id = job.getId();
        int n = 0;
        for (IdList.Line line : checked.lines()) {
            em.persist(new FileLine(id, line.number(), line.personId()));
            if (++n % 5000 == 0) {
                em.flush();
                em.clear();
            }
        }
        for (IdList.Problem problem : checked.problems()) {
            em.persist(new FileProblem(id, problem.number(), problem.text(), problem.reasonKey()));
            if (++n % 5000 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        audit.record(new AuditEntry(
                user,
                grant.agencyCode(),
                address,
                AuditChannel.SCREEN,
                "FILE_UPLOAD",
                Transaction.RQ02.name(),
                null,
                purpose.caseNumber(),
                "file job " + id + " " + checked.lines().size() + " valid lines, "
                        + checked.problems().size() + " refused, sha256 " + checked.sha256(),
                purpose.businessItem(),
                null,
                AuditOutcome.SUCCESS));
        return em.find(FileJob.class, id);
    }

    /** The refused lines of an upload of the officer's agency, in line order (at most {@code max}). */
    @RolesAllowed(OFFICER)
    public List<FileProblem> problems(long jobId, int max) {
        ownJob(jobId, false);
        return em.createQuery("SELECT p FROM FileProblem p WHERE p.jobId = :job ORDER BY p.lineNo", FileProblem.class)
                .setParameter("job", jobId)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Runs the valid lines of a checked upload, by the officer who uploaded it: the permission
     * is checked again now, and the batch job starts once this is committed.
     */
    @RolesAllowed(OFFICER)
    public FileJob run(long jobId, String address) {
        FileJob job = ownJob(jobId, true);
        if (!job.getUserName().equals(context.getCallerPrincipal().getName())) {
            throw new InvalidInputException("invalid.bulk.notYours", "Only the officer who uploaded the file runs it");
        }
        // A failed run may be run again: its records were deleted, so it starts from its first line.
        if (job.getStatus() != FileJob.Status.CHECKED && job.getStatus() != FileJob.Status.FAILED) {
            throw new InvalidInputException("invalid.bulk.notChecked", "The job has already been run or discarded");
        }
        if (TextEncoding.valueOf(job.getEncoding()) == TextEncoding.BIG5E && !encodings.big5eExtensionLoaded()) {
            throw new InvalidInputException(
                    "invalid.bulk.big5e", "BIG-5E cannot be written here: the official tables are not installed");
        }
        if (job.validCount() == 0) {
            throw new InvalidInputException("invalid.bulk.noValidLine", "The file has no valid line to run");
        }
        RegisterQueries.FileGrant grant = queries.fileGrant(
                job.getUserName(),
                Transaction.valueOf(job.getTransactionCode()),
                DeliveryMode.valueOf(job.getDelivery()),
                address);
        job.started(grant.permits().text(), TaiwanTime.now());
        starts.fire(new FileJobSteps.Start(jobId, job.getRunNo()));
        audit.record(new AuditEntry(
                job.getUserName(),
                job.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                "FILE_RUN",
                job.getTransactionCode(),
                null,
                job.getCaseNumber(),
                "file job " + jobId + " " + job.validCount() + " lines, encoding " + job.getEncoding(),
                job.getBusinessItem(),
                null,
                AuditOutcome.SUCCESS));
        return job;
    }

    /** Discards a checked upload (its lines go; the row stays as a record of the upload). */
    @RolesAllowed(OFFICER)
    public void discard(long jobId, String address) {
        FileJob job = ownJob(jobId, true);
        if (job.getStatus() != FileJob.Status.CHECKED) {
            throw new InvalidInputException("invalid.bulk.notChecked", "The job has already been run or discarded");
        }
        job.discarded();
        em.createQuery("DELETE FROM FileLine l WHERE l.jobId = :job")
                .setParameter("job", jobId)
                .executeUpdate();
        audit.record(AuditEntry.screen(
                context.getCallerPrincipal().getName(),
                address,
                "FILE_DISCARD",
                "file job " + jobId,
                AuditOutcome.SUCCESS));
    }

    /** The jobs of the officer's agency, newest first. */
    @RolesAllowed(OFFICER)
    public List<FileJob> ofOwnAgency() {
        return em.createQuery(
                        "SELECT j FROM FileJob j WHERE j.agencyCode = :code ORDER BY j.uploadedAt DESC, j.id DESC",
                        FileJob.class)
                .setParameter(
                        "code",
                        accounts.agencyCodeOf(context.getCallerPrincipal().getName()))
                .setMaxResults(100)
                .getResultList();
    }

    /** One job of the officer's agency as it stands now (the progress bar asks it every second). */
    @RolesAllowed(OFFICER)
    public FileJob progress(long jobId) {
        return ownJob(jobId, false);
    }

    /**
     * The result file (or its manifest) for an officer of the agency that ran the job, until it
     * is due; any other job answers NOT_FOUND and a due one EXPIRED. Every request is audited.
     */
    @RolesAllowed(OFFICER)
    public Download download(long jobId, boolean manifest, String address) {
        String user = context.getCallerPrincipal().getName();
        FileJob job = em.find(FileJob.class, jobId);
        String agency = accounts.agencyCodeOf(user);
        Download download;
        if (job == null || !job.getAgencyCode().equals(agency) || job.getCompletedAt() == null) {
            download = new Download(OnlineResults.Status.NOT_FOUND, null, null, null, null);
        } else {
            // The one column asked for: a manifest is not read with the file's bytes.
            Object content = job.isExpiredAt(TaiwanTime.now())
                    ? null
                    : em.createQuery("SELECT " + (manifest ? "c.manifest" : "c.result")
                                    + " FROM FileContent c WHERE c.jobId = :job")
                            .setParameter("job", jobId)
                            .getResultStream()
                            .findFirst()
                            .orElse(null);
            if (content == null) {
                download = new Download(OnlineResults.Status.EXPIRED, job, null, null, null);
            } else {
                String stem = "rislink-" + jobId + "-" + job.getTransactionCode() + "-" + job.getEncoding();
                download = manifest
                        ? new Download(
                                OnlineResults.Status.SHOWN,
                                job,
                                stem + "-manifest.txt",
                                "text/plain; charset=UTF-8",
                                ((String) content).getBytes(StandardCharsets.UTF_8))
                        : new Download(
                                OnlineResults.Status.SHOWN, job, stem + ".txt", "application/octet-stream", (byte[])
                                        content);
            }
        }
        audit.record(new AuditEntry(
                user,
                agency,
                address,
                AuditChannel.SCREEN,
                manifest ? "FILE_MANIFEST" : "FILE_DOWNLOAD",
                job == null ? null : job.getTransactionCode(),
                null,
                null,
                "file job " + jobId + " " + download.status(),
                null,
                null,
                download.status() == OnlineResults.Status.SHOWN ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND));
        return download;
    }

    /**
     * The agency asks to keep its file longer, before the due date (§17), until a day at most
     * {@link #EXTENSION_DAYS} past it; DHR decides.
     */
    @RolesAllowed(OFFICER)
    public FileJob requestExtension(long jobId, LocalDate until, String reason, String address) {
        FileJob job = ownJob(jobId, true);
        LocalDateTime now = TaiwanTime.now();
        if (job.getStatus() != FileJob.Status.COMPLETED || job.isExpiredAt(now)) {
            throw new InvalidInputException(
                    "invalid.bulk.extension.late", "An extension is asked before the file is due");
        }
        if (job.getExtensionStatus() == FileJob.Extension.REQUESTED) {
            throw new InvalidInputException(
                    "invalid.bulk.extension.pending", "An extension of this file waits for DHR's decision");
        }
        LocalDate due = job.getExpiresAt().toLocalDate();
        if (until == null || !until.isAfter(due) || until.isAfter(due.plusDays(EXTENSION_DAYS))) {
            throw new InvalidInputException(
                    "invalid.bulk.extension.until",
                    "The extension should end after the due date and at most " + EXTENSION_DAYS + " days past it",
                    RocDate.format(due.plusDays(1)),
                    RocDate.format(due.plusDays(EXTENSION_DAYS)));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException(
                    "invalid.bulk.extension.reason", "An extension needs its reason, of at most 500 characters");
        }
        job.extensionRequested(until.atTime(LocalTime.MAX).truncatedTo(ChronoUnit.MILLIS), reason.strip());
        audit.record(new AuditEntry(
                context.getCallerPrincipal().getName(),
                job.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                "FILE_EXTENSION_ASKED",
                job.getTransactionCode(),
                null,
                null,
                "file job " + jobId + " until " + until,
                null,
                null,
                AuditOutcome.SUCCESS));
        return job;
    }

    /** The extensions waiting for DHR, oldest first. */
    @RolesAllowed(DHR)
    public List<FileJob> pendingExtensions() {
        return em.createQuery(
                        "SELECT j FROM FileJob j WHERE j.extensionStatus = :asked ORDER BY j.expiresAt, j.id",
                        FileJob.class)
                .setParameter("asked", FileJob.Extension.REQUESTED)
                .getResultList();
    }

    /** DHR's decision, once, under the job's lock; an approval moves the file's due date. */
    @RolesAllowed(DHR)
    public FileJob decideExtension(long jobId, boolean approve, String address) {
        FileJob job = em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getExtensionStatus() != FileJob.Extension.REQUESTED) {
            throw new InvalidInputException("invalid.bulk.extension.decided", "The extension has been decided already");
        }
        LocalDateTime now = TaiwanTime.now();
        // The job's lock decides against the purge, which takes it first too.
        if (approve && (job.getStatus() != FileJob.Status.COMPLETED || job.isExpiredAt(now))) {
            throw new InvalidInputException("invalid.bulk.extension.late", "The file is due and deleted already");
        }
        job.extensionDecided(approve, context.getCallerPrincipal().getName(), now);
        if (approve) {
            em.createQuery("UPDATE FileContent c SET c.expiresAt = :until WHERE c.jobId = :job")
                    .setParameter("until", job.getExpiresAt())
                    .setParameter("job", jobId)
                    .executeUpdate();
        }
        audit.record(new AuditEntry(
                context.getCallerPrincipal().getName(),
                job.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                approve ? "FILE_EXTENSION_APPROVED" : "FILE_EXTENSION_REFUSED",
                job.getTransactionCode(),
                null,
                null,
                "file job " + jobId + " until " + job.getExtensionUntil().toLocalDate(),
                null,
                null,
                AuditOutcome.SUCCESS));
        return job;
    }

    /** The agency completes the file's ledger entry (§7): document number, officers, reconciliation, destruction. */
    @RolesAllowed(OFFICER)
    public FileJob completeLedger(
            long jobId,
            String documentNumber,
            String itOfficer,
            String supervisor,
            String reconciliation,
            LocalDate destroyedOn,
            String address) {
        FileJob job = ownJob(jobId, true);
        if (job.getCompletedAt() == null) {
            throw new InvalidInputException("invalid.bulk.ledger.notDone", "The ledger is kept for a file received");
        }
        if (destroyedOn != null
                && (destroyedOn.isBefore(job.getCompletedAt().toLocalDate())
                        || destroyedOn.isAfter(TaiwanTime.now().toLocalDate()))) {
            throw new InvalidInputException(
                    "invalid.bulk.ledger.destroyedOn", "The file cannot be destroyed before it was received");
        }
        job.getLedger()
                .complete(
                        text(documentNumber, 60),
                        text(itOfficer, 50),
                        text(supervisor, 50),
                        text(reconciliation, 500),
                        destroyedOn,
                        context.getCallerPrincipal().getName(),
                        TaiwanTime.now());
        // The entry may be corrected later; the trail keeps each version as written.
        FileLedgerEntry entry = job.getLedger();
        String written = "file job " + jobId + " document=" + entry.getDocumentNumber() + " it=" + entry.getItOfficer()
                + " supervisor=" + entry.getSupervisor() + " destroyed=" + entry.getDestroyedOn()
                + " reconciliation=" + entry.getReconciliation();
        audit.record(new AuditEntry(
                context.getCallerPrincipal().getName(),
                job.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                "FILE_LEDGER",
                job.getTransactionCode(),
                null,
                null,
                written.length() <= 400 ? written : written.substring(0, 399) + "…",
                null,
                null,
                AuditOutcome.SUCCESS));
        return job;
    }

    /** The ledger of every agency's files received in a period, for the auditors (§7). */
    @RolesAllowed(AUDITOR)
    public List<FileJob> ledger(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "SELECT j FROM FileJob j WHERE j.completedAt >= :from AND j.completedAt < :to"
                                + " ORDER BY j.completedAt, j.id",
                        FileJob.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList();
    }

    @Schedule(minute = "*", hour = "*", info = "file-jobs")
    @Interceptors(TimerRuns.class)
    // No transaction of its own: each deletion and each resumption is one.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void minutely() {
        LocalDateTime now = TaiwanTime.now();
        resumeStalled(now);
        purgeDue(now);
    }

    /**
     * Deletes every result file due at that time, each in its own transaction with its audit
     * record; the job row stays as the ledger entry.
     *
     * @return how many files were deleted
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeDue(LocalDateTime now) {
        FileJobs self = context.getBusinessObject(FileJobs.class);
        int deleted = 0;
        for (Long id : em.createQuery(
                        "SELECT c.jobId FROM FileContent c WHERE c.expiresAt <= :now ORDER BY c.jobId", Long.class)
                .setParameter("now", now)
                .getResultList()) {
            try {
                deleted += self.purge(id, now);
            } catch (RuntimeException e) {
                // One file that cannot be deleted now (a lock held) does not keep the others.
                LOG.warning(() -> "The due file of job " + id + " was not deleted: " + e);
            }
        }
        return deleted;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(long jobId, LocalDateTime now) {
        FileJob job = em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        int deleted = em.createQuery("DELETE FROM FileContent c WHERE c.jobId = :job AND c.expiresAt <= :now")
                .setParameter("job", jobId)
                .setParameter("now", now)
                .executeUpdate();
        if (deleted == 0 || job == null) {
            return 0;
        }
        job.purged(now);
        audit.record(AuditEntry.system(
                "FILE_PURGE",
                "file job " + jobId + " of " + job.getAgencyCode() + " records " + job.getRecordCount() + " due "
                        + job.getExpiresAt().withNano(0)));
        LOG.info(() -> "Deleted the result file of job " + jobId + ", due " + job.getExpiresAt());
        return 1;
    }

    /**
     * Starts again every run whose last chunk is older than {@code rislink.bulk.stale-seconds}
     * (120): its node died or stopped. The new run goes on after the last record written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int resumeStalled(LocalDateTime now) {
        LocalDateTime stale = now.minusSeconds(Settings.integer("rislink.bulk.stale-seconds", 120));
        FileJobs self = context.getBusinessObject(FileJobs.class);
        int resumed = 0;
        for (Long id : em.createQuery(
                        "SELECT j.id FROM FileJob j WHERE j.status = :running AND j.heartbeatAt < :stale", Long.class)
                .setParameter("running", FileJob.Status.RUNNING)
                .setParameter("stale", stale)
                .getResultList()) {
            try {
                resumed += self.resume(id, stale);
            } catch (RuntimeException e) {
                LOG.warning(() -> "The stalled job " + id + " was not resumed: " + e);
            }
        }
        return resumed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int resume(long jobId, LocalDateTime stale) {
        FileJob job = em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        // Decided under the row's lock: of two nodes that found it stalled, the second sees the new heartbeat.
        if (job == null
                || job.getStatus() != FileJob.Status.RUNNING
                || !job.getHeartbeatAt().isBefore(stale)) {
            return 0;
        }
        Long previous = job.getExecutionId();
        // A new run number fences the stalled execution off, should it wake up.
        job.resumed(TaiwanTime.now());
        starts.fire(new FileJobSteps.Start(jobId, job.getRunNo()));
        audit.record(AuditEntry.system(
                "FILE_RESUMED",
                "file job " + jobId + " after line " + job.getProcessed() + " (execution " + previous + ")"));
        return 1;
    }

    /** A job of the caller's agency (locked for a change); another agency's is as unknown as none. */
    private FileJob ownJob(long jobId, boolean lock) {
        FileJob job =
                lock ? em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE) : em.find(FileJob.class, jobId);
        if (job == null
                || !job.getAgencyCode()
                        .equals(accounts.agencyCodeOf(
                                context.getCallerPrincipal().getName()))) {
            throw new InvalidInputException("invalid.bulk.notFound", "No such file job of the agency");
        }
        return job;
    }

    /** The name of an upload as the ledger shows it: its last path element, without control or format characters. */
    static String baseName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty()) {
            return "ids.txt";
        }
        return name.codePointCount(0, name.length()) <= 200 ? name : name.substring(0, name.offsetByCodePoints(0, 200));
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(
                    "invalid.bulk.ledger.length", "A ledger field has more than " + max + " characters", max);
        }
        return value.strip();
    }

    /** The manifest of a result file: what it holds and what its encoding could not carry. */
    static String manifest(FileJob job, List<ResultFile.Unencodable> unencodable) {
        StringBuilder m = new StringBuilder();
        m.append("format: ").append(ResultFile.FORMAT.substring(1)).append('\n');
        m.append("job: ").append(job.getId()).append('\n');
        m.append("agency: ").append(job.getAgencyCode()).append('\n');
        m.append("transaction: ").append(job.getTransactionCode()).append('\n');
        m.append("encoding: ").append(job.getEncoding()).append('\n');
        m.append("upload: ")
                .append(job.getFileName())
                .append(" sha256 ")
                .append(job.getUploadSha256())
                .append('\n');
        m.append("lines refused at the check: ").append(job.getBadCount()).append('\n');
        m.append("records: ").append(job.getRecordCount()).append('\n');
        m.append("found: ").append(job.getFoundCount()).append('\n');
        m.append("not found: ")
                .append(job.getRecordCount() - job.getFoundCount())
                .append('\n');
        m.append("bytes: ").append(job.getResultBytes()).append('\n');
        m.append("sha256: ").append(job.getResultSha256()).append('\n');
        m.append("due: ").append(job.getExpiresAt().withNano(0)).append('\n');
        m.append("unencodable characters: ").append(unencodable.size()).append('\n');
        unencodable.forEach(u -> m.append("  ").append(u).append('\n'));
        return m.toString();
    }
}
