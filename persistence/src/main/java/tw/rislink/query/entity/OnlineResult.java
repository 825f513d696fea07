package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An electronic-gate answer as its verification code names it: who asked, for which case and
 * business item, when, which transaction, how many records and the SHA-256 of the answer. The
 * answer itself is an {@link OnlineResultBody}, deleted when it is due; this row stays, so that
 * a printout's code can still be confirmed.
 */
@Entity
@Table(name = "rl_query_result")
@NamedQuery(name = OnlineResult.BY_CODE, query = "SELECT r FROM OnlineResult r WHERE r.code = :code")
public class OnlineResult {

    public static final String BY_CODE = "OnlineResult.byCode";

    /** The lengths of the subjects and items columns: the lists are cut at a whole entry. */
    public static final int SUBJECTS = 4000;

    public static final int ITEMS = 1000;

    @Id
    @SequenceGenerator(name = "rl_query_result_seq", sequenceName = "rl_query_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_query_result_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 19)
    private String code;

    @Column(name = "agency_code", nullable = false, length = 10)
    private String agencyCode;

    @Column(name = "user_name", nullable = false, length = 50)
    private String userName;

    @Column(name = "transaction_code", nullable = false, length = 10)
    private String transactionCode;

    @Column(name = "case_number", length = 60)
    private String caseNumber;

    @Column(name = "reason", length = 200)
    private String reason;

    @Column(name = "business_item", nullable = false, length = 60)
    private String businessItem;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "answer_digest", nullable = false, length = 64)
    private String answerDigest;

    @Column(name = "record_count", nullable = false)
    private int recordCount;

    /** The persons (or households, or the area) the answer is about, comma-separated, as the audit record names them. */
    @Column(name = "subjects", length = SUBJECTS)
    private String subjects;

    /** The data items the answer carried, comma-separated. */
    @Column(name = "items", length = ITEMS)
    private String items;

    protected OnlineResult() {}

    public OnlineResult(
            String code,
            String agencyCode,
            String userName,
            String transactionCode,
            String caseNumber,
            String reason,
            String businessItem,
            LocalDateTime askedAt,
            LocalDateTime expiresAt,
            String answerDigest,
            int recordCount,
            String subjects,
            String items) {
        this.code = Objects.requireNonNull(code);
        this.agencyCode = Objects.requireNonNull(agencyCode);
        this.userName = Objects.requireNonNull(userName);
        this.transactionCode = Objects.requireNonNull(transactionCode);
        this.caseNumber = caseNumber;
        this.reason = reason;
        this.businessItem = Objects.requireNonNull(businessItem);
        this.askedAt = Objects.requireNonNull(askedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.answerDigest = Objects.requireNonNull(answerDigest);
        this.recordCount = recordCount;
        this.subjects = subjects;
        this.items = items;
    }

    /** Past its retention at that time: its answer is gone or about to be, and is never shown again. */
    public boolean isExpiredAt(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getBusinessItem() {
        return businessItem;
    }

    public LocalDateTime getAskedAt() {
        return askedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getAnswerDigest() {
        return answerDigest;
    }

    public int getRecordCount() {
        return recordCount;
    }

    public List<String> subjects() {
        return split(subjects);
    }

    public List<String> items() {
        return split(items);
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split(","));
    }
}
