package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A doubt about received data (資料疑義, DOMAIN.md §4 §16): the agency names the result, the
 * record and the data item it believes wrong and why; the provider investigates and answers once.
 */
@Entity
@Table(name = "rl_data_doubt")
@NamedQuery(
        name = DataDoubt.OF_AGENCY,
        query = "SELECT d FROM DataDoubt d WHERE d.agencyCode = :agency ORDER BY d.raisedAt DESC, d.id DESC")
@NamedQuery(name = DataDoubt.ALL, query = "SELECT d FROM DataDoubt d ORDER BY d.status DESC, d.raisedAt, d.id")
public class DataDoubt {

    public static final String OF_AGENCY = "DataDoubt.ofAgency";
    /** Open doubts first (OPEN sorts after ANSWERED, hence DESC), oldest first within each. */
    public static final String ALL = "DataDoubt.all";

    public enum Status {
        OPEN,
        ANSWERED
    }

    @Id
    @SequenceGenerator(name = "rl_data_doubt_seq", sequenceName = "rl_data_doubt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_data_doubt_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "result_id", nullable = false)
    private OnlineResult result;

    @Column(name = "agency_code", nullable = false, length = 10)
    private String agencyCode;

    @Column(name = "raised_by", nullable = false, length = 50)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    @Column(name = "record_ref", nullable = false, length = 20)
    private String recordRef;

    @Column(name = "item_code", nullable = false, length = 30)
    private String itemCode;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "answered_by", length = 50)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "answer", length = 2000)
    private String answer;

    protected DataDoubt() {}

    public DataDoubt(
            OnlineResult result,
            String raisedBy,
            LocalDateTime raisedAt,
            String recordRef,
            String itemCode,
            String reason) {
        this.result = Objects.requireNonNull(result);
        this.agencyCode = result.getAgencyCode();
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.raisedAt = Objects.requireNonNull(raisedAt);
        this.recordRef = Objects.requireNonNull(recordRef);
        this.itemCode = Objects.requireNonNull(itemCode);
        this.reason = Objects.requireNonNull(reason);
        this.status = Status.OPEN;
    }

    /** The provider's one answer. */
    public void answer(String by, LocalDateTime at, String text) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Doubt #" + id + " is answered already");
        }
        this.status = Status.ANSWERED;
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredAt = Objects.requireNonNull(at);
        this.answer = Objects.requireNonNull(text);
    }

    public Long getId() {
        return id;
    }

    public OnlineResult getResult() {
        return result;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public String getRecordRef() {
        return recordRef;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswer() {
        return answer;
    }
}
