package tw.rislink.query.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.platform.control.Settings;
import tw.rislink.query.control.IdList;
import tw.rislink.query.control.Permits;
import tw.rislink.query.control.ResultFile;
import tw.rislink.query.control.StoredAnswer;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.entity.FileChunk;
import tw.rislink.query.entity.FileContent;
import tw.rislink.query.entity.FileJob;
import tw.rislink.query.entity.FileLine;
import tw.rislink.register.boundary.RegisterEncodings;
import tw.rislink.register.control.TextEncoding;

/**
 * The steps of the bulk-query batch job (META-INF/batch-jobs/bulk-query.xml), called by its
 * artifacts on the batch runtime's threads, and the start of a job's run after the transaction
 * that accepted it has committed.
 *
 * <p>A chunk's records, the job's progress and the chunk's audit record commit in one
 * transaction (one row of records per chunk), so the records written are exactly the lines done:
 * a run after a crash starts after the last record written. (The runtime's own
 * checkpoint is kept outside that transaction, in its job repository.) The result file is
 * assembled from the records, in upload order.
 */
// Open: the batch runtime's threads carry no caller. Each step acts only on a job in RUNNING,
// which only FileJobs.run (the officer, after the permission check) or the resumption of a
// stalled run puts there; the bean is local, so only this application's code can call it.
@Stateless
@PermitAll
@RunAs(Role.SYSTEM)
public class FileJobSteps {

    public static final String JOB_XML = "bulk-query";

    /** The job parameter naming the FileJob. */
    public static final String JOB_ID = "fileJob";

    /** The job parameter naming the run of the FileJob the execution is (FileJob.runNo). */
    public static final String RUN = "fileRun";

    /** Lines per chunk: the reader's page and the writer's transaction. */
    public static final int CHUNK = 5000;

    /** What asks a job's run to start, fired in the transaction that accepted or resumed it. */
    public record Start(long jobId, int run) {}

    private static final Logger LOG = Logger.getLogger(FileJobSteps.class.getName());

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private RegisterQueries queries;

    @EJB
    private RegisterEncodings encodings;

    @EJB
    private AuditTrail audit;

    /** Starts the batch job once the job's RUNNING state is committed (the job reads it). */
    // Outside any transaction: the runtime writes the new execution in its own, which the job's thread then updates.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Start start) {
        Properties parameters = new Properties();
        parameters.setProperty(JOB_ID, Long.toString(start.jobId()));
        parameters.setProperty(RUN, Integer.toString(start.run()));
        try {
            long execution = operator().start(JOB_XML, parameters);
            context.getBusinessObject(FileJobSteps.class).executing(start.jobId(), start.run(), execution);
        } catch (RuntimeException e) {
            // The job stays RUNNING without a heartbeat: the minutely check resumes it.
            LOG.warning(() -> "File job " + start.jobId() + " did not start: " + e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void executing(long jobId, int run, long execution) {
        FileJob job = em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.getStatus() == FileJob.Status.RUNNING && job.getRunNo() == run) {
            job.executing(execution, TaiwanTime.now());
        }
    }

    /** Where a run starts: after the last line written (the records are what committed, not the runtime's checkpoint). */
    public int lastWritten(long jobId) {
        Integer last = em.createQuery("SELECT MAX(c.lastLine) FROM FileChunk c WHERE c.jobId = :job", Integer.class)
                .setParameter("job", jobId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** The reader's page: the job's next valid lines after a line number. */
    public List<IdList.Line> lines(long jobId, int after) {
        int pause = Settings.integer("rislink.bulk.chunk-pause-ms", 0);
        if (pause > 0) {
            // Leaves the database to online queries between chunks (and lets a test catch a run midway).
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // A window of line numbers rather than setMaxResults: on Oracle's row-number form H2 would
        // sort every remaining line for each page. Blank, comment and refused lines leave gaps.
        for (int from = after; ; ) {
            List<IdList.Line> page = em.createQuery(
                            "SELECT l FROM FileLine l WHERE l.jobId = :job AND l.lineNo > :from"
                                    + " AND l.lineNo <= :to ORDER BY l.lineNo",
                            FileLine.class)
                    .setParameter("job", jobId)
                    .setParameter("from", from)
                    .setParameter("to", from + CHUNK)
                    .setHint(RegisterQueries.READ_ONLY, "true")
                    .getResultStream()
                    .map(l -> new IdList.Line(l.getLineNo(), l.getPersonId()))
                    .toList();
            if (!page.isEmpty()) {
                return page;
            }
            Integer next = em.createQuery(
                            "SELECT MIN(l.lineNo) FROM FileLine l WHERE l.jobId = :job AND l.lineNo > :from",
                            Integer.class)
                    .setParameter("job", jobId)
                    .setParameter("from", from)
                    .getSingleResult();
            if (next == null) {
                return page;
            }
            from = next - 1;
        }
    }

    /**
     * One chunk, in the runtime's chunk transaction: the job's row first (a job no longer
     * RUNNING, or taken over by a newer run, refuses the chunk, which stops this execution), the
     * agency's standing and permissions now, as every online call checks them, the records, the
     * progress, the audit last.
     */
    public void write(long jobId, int run, List<IdList.Line> lines) {
        FileJob job = running(jobId, run);
        Permits permits = queries.stillGranted(
                job.getAgencyCode(),
                Transaction.valueOf(job.getTransactionCode()),
                DeliveryMode.valueOf(job.getDelivery()),
                Permits.parse(job.getCoverage()));
        int first = lines.get(0).number();
        int last = lines.get(lines.size() - 1).number();
        // The reader starts after the last line written, so a chunk never meets stored records; if
        // one did, the run stops rather than keep a line twice or lose one.
        long stored = em.createQuery(
                        "SELECT COUNT(c) FROM FileChunk c WHERE c.jobId = :job AND c.lastLine >= :first", Long.class)
                .setParameter("job", jobId)
                .setParameter("first", first)
                .getSingleResult();
        if (stored > 0) {
            throw new IllegalStateException("File job " + jobId + " already has records from line " + first);
        }
        List<String> records = queries.answerFile(permits, lines);
        em.persist(new FileChunk(jobId, first, last, records));
        // The count commits with the records.
        job.progressed(job.getProcessed() + lines.size(), TaiwanTime.now());
        long found = records.stream().filter(r -> r.contains("\tFOUND")).count();
        audit.record(new AuditEntry(
                job.getUserName(),
                job.getAgencyCode(),
                null,
                AuditChannel.SCREEN,
                "REGISTER_QUERY",
                job.getTransactionCode(),
                RegisterQueries.whole(lines.stream().map(IdList.Line::personId).toList(), 400),
                job.getCaseNumber(),
                "file job " + jobId + " lines " + first + "-" + last + " (" + lines.size() + " IDs, " + found
                        + " found, sha256 of the IDs "
                        + StoredAnswer.digest(String.join(
                                "\n", lines.stream().map(IdList.Line::personId).toList()))
                        + "; the list is kept with the job)",
                job.getBusinessItem(),
                clip(
                        String.join(
                                ",", Permits.parse(job.getCoverage()).coverage().keySet()),
                        400),
                AuditOutcome.SUCCESS));
    }

    /**
     * The result file from the records, in the job's encoding, with its manifest; the records go,
     * the file waits for the agency until its retention ends. Written again from the records if
     * a run is resumed after a crash during this step.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void assemble(long jobId, int run) {
        FileJob job = running(jobId, run);
        TextEncoding encoding = TextEncoding.valueOf(job.getEncoding());
        ResultFile.Writer writer = new ResultFile.Writer(
                encodings.codec(),
                encoding,
                "job=" + jobId + " transaction=" + job.getTransactionCode() + " agency=" + job.getAgencyCode());
        // A chunk at a time: the job's records are never all in memory beside the file.
        for (int first : em.createQuery(
                        "SELECT c.lineNo FROM FileChunk c WHERE c.jobId = :job ORDER BY c.lineNo", Integer.class)
                .setParameter("job", jobId)
                .getResultList()) {
            FileChunk.records(records(jobId, first)).forEach(writer::add);
        }
        if (writer.records() != job.validCount()) {
            // Never a short file sent as complete: the run fails and the officer is told.
            throw new IllegalStateException(
                    "File job " + jobId + " has " + writer.records() + " records of " + job.validCount() + " lines");
        }
        LocalDateTime now = TaiwanTime.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime due = now.plus(FileJobs.retention());
        byte[] file = writer.bytes();
        String sha256 = writer.sha256();
        em.createQuery("DELETE FROM FileContent c WHERE c.jobId = :job")
                .setParameter("job", jobId)
                .executeUpdate();
        job.completed(
                now,
                due,
                writer.records(),
                writer.found(),
                sha256,
                file.length,
                writer.unencodable().size());
        em.persist(new FileContent(jobId, due, file, FileJobs.manifest(job, writer.unencodable())));
        em.createQuery("DELETE FROM FileChunk c WHERE c.jobId = :job")
                .setParameter("job", jobId)
                .executeUpdate();
        audit.record(new AuditEntry(
                job.getUserName(),
                job.getAgencyCode(),
                null,
                AuditChannel.SYSTEM,
                "FILE_RESULT",
                job.getTransactionCode(),
                null,
                job.getCaseNumber(),
                "file job " + jobId + " records " + writer.records() + " found " + writer.found() + " encoding "
                        + encoding + " sha256 " + sha256 + " due " + due.withNano(0),
                job.getBusinessItem(),
                null,
                AuditOutcome.SUCCESS));
    }

    /**
     * A run that ended without its file (an error the runtime reported): the officer sees it
     * failed and may run it again; the answered records go now (they are personal data). An
     * execution fenced off by a newer run changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, int run, String why) {
        FileJob job = em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.getStatus() == FileJob.Status.RUNNING && job.getRunNo() == run) {
            job.failed();
            em.createQuery("DELETE FROM FileChunk c WHERE c.jobId = :job")
                    .setParameter("job", jobId)
                    .executeUpdate();
            audit.record(AuditEntry.system(
                    "FILE_FAILED", "file job " + jobId + ": " + clip(why, 300), AuditOutcome.REFUSED));
        }
    }

    /** The records of the chunk that starts at a line, as stored (a line each). */
    private String records(long jobId, int first) {
        return em.createQuery(
                        "SELECT c.content FROM FileChunk c WHERE c.jobId = :job AND c.lineNo = :first", String.class)
                .setParameter("job", jobId)
                .setParameter("first", first)
                .getSingleResult();
    }

    /** The FileJob a batch job's execution works on (job.xml passes the parameter as a job property). */
    static long jobId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(JOB_ID));
    }

    /** The run of the FileJob an execution is. */
    static int run(JobContext job) {
        return Integer.parseInt(job.getProperties().getProperty(RUN));
    }

    /** The job, locked, if this run may still write to it. */
    private FileJob running(long jobId, int run) {
        FileJob job = em.find(FileJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getStatus() != FileJob.Status.RUNNING || job.getRunNo() != run) {
            throw new IllegalStateException("File job " + jobId + " run " + run + " is not the running one");
        }
        return job;
    }

    static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
