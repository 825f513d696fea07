package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A bulk file job of an agency (file transfer or media exchange): the uploaded list of IDs as
 * its check found it, the run's progress, the result file's manifest figures, its retention
 * with any extension, and the agency's ledger entry for the file (DOMAIN.md §7).
 */
@Entity
@Table(name = "rl_file_job")
public class FileJob {

    /** Where a job stands. */
    public enum Status {
        /** Checked; waits for the officer to run its valid lines or discard it. */
        CHECKED,
        RUNNING,
        /** The result file is written and may be downloaded until it expires. */
        COMPLETED,
        DISCARDED,
        /** The batch job ended without its file (it may be resumed). */
        FAILED,
        /** The file was deleted after its retention; the ledger entry stays. */
        PURGED
    }

    /** An extension of the retention, asked by the agency before the due date. */
    public enum Extension {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    @Id
    @SequenceGenerator(name = "rl_file_job_seq", sequenceName = "rl_file_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_file_job_seq")
    private Long id;

    @Column(name = "agency_code", nullable = false, length = 10)
    private String agencyCode;

    @Column(name = "user_name", nullable = false, length = 50)
    private String userName;

    @Column(name = "transaction_code", nullable = false, length = 10)
    private String transactionCode;

    @Column(name = "encoding", nullable = false, length = 15)
    private String encoding;

    @Column(name = "delivery", nullable = false, length = 20)
    private String delivery;

    @Column(name = "case_number", length = 60)
    private String caseNumber;

    @Column(name = "reason", length = 200)
    private String reason;

    @Column(name = "business_item", nullable = false, length = 60)
    private String businessItem;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "upload_sha256", nullable = false, length = 64)
    private String uploadSha256;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "bad_count", nullable = false)
    private int badCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    /** The approved items with their coverage when the run was accepted: ITEM=county or ITEM= (nationwide). */
    /** Which run of the job may write: a resumed run takes the next number, so an older execution is fenced off. */
    @Column(name = "run_no", nullable = false)
    private int runNo;

    @Column(name = "coverage", length = 1000)
    private String coverage;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "processed", nullable = false)
    private int processed;

    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "record_count")
    private Integer recordCount;

    @Column(name = "found_count")
    private Integer foundCount;

    @Column(name = "result_sha256", length = 64)
    private String resultSha256;

    @Column(name = "result_bytes")
    private Long resultBytes;

    @Column(name = "unencodable_count")
    private Integer unencodableCount;

    @Column(name = "purged_at")
    private LocalDateTime purgedAt;

    @Column(name = "extension_until")
    private LocalDateTime extensionUntil;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_status", length = 10)
    private Extension extensionStatus;

    @Column(name = "extension_decided_by", length = 50)
    private String extensionDecidedBy;

    @Column(name = "extension_decided_at")
    private LocalDateTime extensionDecidedAt;

    @Embedded
    private FileLedgerEntry ledger = new FileLedgerEntry();

    protected FileJob() {}

    public FileJob(
            String agencyCode,
            String userName,
            String transactionCode,
            String encoding,
            String delivery,
            String caseNumber,
            String reason,
            String businessItem,
            String fileName,
            String uploadSha256,
            LocalDateTime uploadedAt,
            int lineCount,
            int badCount) {
        this.agencyCode = Objects.requireNonNull(agencyCode);
        this.userName = Objects.requireNonNull(userName);
        this.transactionCode = Objects.requireNonNull(transactionCode);
        this.encoding = Objects.requireNonNull(encoding);
        this.delivery = Objects.requireNonNull(delivery);
        this.caseNumber = caseNumber;
        this.reason = reason;
        this.businessItem = Objects.requireNonNull(businessItem);
        this.fileName = Objects.requireNonNull(fileName);
        this.uploadSha256 = Objects.requireNonNull(uploadSha256);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.lineCount = lineCount;
        this.badCount = badCount;
        this.status = Status.CHECKED;
    }

    /** Accepted (or run again after a failure): a new run, which alone may write. */
    public void started(String coverage, LocalDateTime now) {
        this.coverage = coverage;
        this.status = Status.RUNNING;
        this.heartbeatAt = now;
        this.runNo++;
    }

    /** A stalled run is taken over by a new one. */
    public void resumed(LocalDateTime now) {
        this.heartbeatAt = now;
        this.runNo++;
    }

    public void executing(long executionId, LocalDateTime now) {
        this.executionId = executionId;
        this.status = Status.RUNNING;
        this.heartbeatAt = now;
    }

    /** A chunk committed: how many valid lines are answered so far. */
    public void progressed(int processed, LocalDateTime now) {
        this.processed = processed;
        this.heartbeatAt = now;
    }

    public void completed(
            LocalDateTime now,
            LocalDateTime expiresAt,
            int records,
            int found,
            String sha256,
            long bytes,
            int unencodable) {
        this.status = Status.COMPLETED;
        this.completedAt = now;
        this.expiresAt = expiresAt;
        this.recordCount = records;
        this.foundCount = found;
        this.resultSha256 = sha256;
        this.resultBytes = bytes;
        this.unencodableCount = unencodable;
        this.heartbeatAt = now;
    }

    public void failed() {
        this.status = Status.FAILED;
        this.processed = 0;
    }

    public void discarded() {
        this.status = Status.DISCARDED;
    }

    public void purged(LocalDateTime now) {
        this.status = Status.PURGED;
        this.purgedAt = now;
    }

    public void extensionRequested(LocalDateTime until, String reason) {
        this.extensionUntil = until;
        this.extensionReason = reason;
        this.extensionStatus = Extension.REQUESTED;
        this.extensionDecidedBy = null;
        this.extensionDecidedAt = null;
    }

    /** The provider's decision; an approval moves the due date to the extension's. */
    public void extensionDecided(boolean approved, String by, LocalDateTime at) {
        this.extensionStatus = approved ? Extension.APPROVED : Extension.REFUSED;
        this.extensionDecidedBy = by;
        this.extensionDecidedAt = at;
        if (approved) {
            this.expiresAt = extensionUntil;
        }
    }

    /** Past its due date: the file is (or is about to be) deleted and never sent again. */
    public boolean isExpiredAt(LocalDateTime now) {
        return status == Status.PURGED || expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The lines the job answers: every line the check accepted. */
    public int validCount() {
        return lineCount - badCount;
    }

    public Long getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getUserName() {
        return userName;
    }

    public String getTransactionCode() {
        return transactionCode;
    }

    public String getEncoding() {
        return encoding;
    }

    public String getDelivery() {
        return delivery;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getBusinessItem() {
        return businessItem;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadSha256() {
        return uploadSha256;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getBadCount() {
        return badCount;
    }

    public Status getStatus() {
        return status;
    }

    public String getCoverage() {
        return coverage;
    }

    public int getRunNo() {
        return runNo;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getProcessed() {
        return processed;
    }

    public LocalDateTime getHeartbeatAt() {
        return heartbeatAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public Integer getRecordCount() {
        return recordCount;
    }

    public Integer getFoundCount() {
        return foundCount;
    }

    public String getResultSha256() {
        return resultSha256;
    }

    public Long getResultBytes() {
        return resultBytes;
    }

    public Integer getUnencodableCount() {
        return unencodableCount;
    }

    public LocalDateTime getPurgedAt() {
        return purgedAt;
    }

    public LocalDateTime getExtensionUntil() {
        return extensionUntil;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Extension getExtensionStatus() {
        return extensionStatus;
    }

    public String getExtensionDecidedBy() {
        return extensionDecidedBy;
    }

    public LocalDateTime getExtensionDecidedAt() {
        return extensionDecidedAt;
    }

    public FileLedgerEntry getLedger() {
        if (ledger == null) {
            ledger = new FileLedgerEntry();
        }
        return ledger;
    }
}
