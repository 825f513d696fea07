package tw.rislink.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One audited action: when, who, from where, through which channel, what, why, which data
 * items were returned (never the data), and the outcome. Each record carries the hash of the
 * previous record of its chain and its own hash over all of that, so that a changed, removed
 * or inserted row breaks the chain. Records are written once and never updated.
 */
@Entity
@Table(name = "rl_audit_record")
@NamedQuery(
        name = AuditRecord.OF_DAYS,
        query = "SELECT r FROM AuditRecord r WHERE r.chainDay >= :from AND r.chainDay <= :to "
                + "ORDER BY r.chainDay, r.partition, r.seq, r.id")
public class AuditRecord implements Serializable {

    public static final String OF_DAYS = "AuditRecord.ofDays";

    /** The length of the lists of subjects and of data items (V003). */
    public static final int LIST_LENGTH = 400;

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "rl_audit_seq", sequenceName = "rl_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_audit_seq")
    private Long id;

    @Column(name = "chain_day", nullable = false, length = 8)
    private String chainDay;

    @Column(name = "partition_no", nullable = false)
    private int partition;

    @Column(name = "seq_no", nullable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "user_name", length = 50)
    private String userName;

    @Column(name = "agency_code", length = 10)
    private String agencyCode;

    @Column(name = "address", length = 45)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private AuditChannel channel;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "transaction_code", length = 10)
    private String transactionCode;

    @Column(name = "subject_ids", length = LIST_LENGTH)
    private String subjectIds;

    @Column(name = "case_number", length = 100)
    private String caseNumber;

    @Column(name = "reason", length = 400)
    private String reason;

    @Column(name = "business_item", length = 100)
    private String businessItem;

    @Column(name = "data_items", length = LIST_LENGTH)
    private String dataItems;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private AuditOutcome outcome;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "record_hash", nullable = false, length = 64)
    private String recordHash;

    protected AuditRecord() {}

    public AuditRecord(AuditEntry entry, LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
        this.userName = blankToNull(entry.userName());
        this.agencyCode = blankToNull(entry.agencyCode());
        this.address = blankToNull(entry.address());
        this.channel = entry.channel();
        this.action = entry.action();
        this.transactionCode = blankToNull(entry.transactionCode());
        this.subjectIds = blankToNull(entry.subjectIds());
        this.caseNumber = blankToNull(entry.caseNumber());
        this.reason = blankToNull(entry.reason());
        this.businessItem = blankToNull(entry.businessItem());
        this.dataItems = blankToNull(entry.dataItems());
        this.outcome = entry.outcome();
    }

    /**
     * A record as stored, read without JPA: by the verification command and from archive files,
     * which must check exactly what the database or the file holds.
     */
    public static AuditRecord stored(
            Long id,
            String chainDay,
            int partition,
            long seq,
            LocalDateTime occurredAt,
            AuditEntry entry,
            String prevHash,
            String recordHash) {
        AuditRecord record = new AuditRecord(entry, occurredAt);
        record.id = id;
        record.chainDay = chainDay;
        record.partition = partition;
        record.seq = seq;
        record.prevHash = prevHash;
        record.recordHash = recordHash;
        return record;
    }

    /** Places the record in its chain; done once, by the audit trail, under the chain's lock. */
    public void chain(String chainDay, int partition, long seq, String prevHash) {
        if (this.chainDay != null) {
            throw new IllegalStateException("Audit record already chained");
        }
        this.chainDay = chainDay;
        this.partition = partition;
        this.seq = seq;
        this.prevHash = prevHash;
    }

    /** Sets the hash computed over the chained record; a record is sealed once. */
    public void seal(String recordHash) {
        if (this.recordHash != null) {
            throw new IllegalStateException("Audit record already sealed");
        }
        this.recordHash = recordHash;
    }

    // Oracle stores an empty string as NULL; hashing what the database gives back needs the same.
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Long getId() {
        return id;
    }

    public String getChainDay() {
        return chainDay;
    }

    public int getPartition() {
        return partition;
    }

    public long getSeq() {
        return seq;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAddress() {
        return address;
    }

    public AuditChannel getChannel() {
        return channel;
    }

    public String getAction() {
        return action;
    }

    public String getTransactionCode() {
        return transactionCode;
    }

    public String getSubjectIds() {
        return subjectIds;
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

    public String getDataItems() {
        return dataItems;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getRecordHash() {
        return recordHash;
    }
}
