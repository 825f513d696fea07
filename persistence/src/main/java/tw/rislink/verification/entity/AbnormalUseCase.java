package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A company asked to explain abnormal use of one of its users by a deadline. */
@Entity
@Table(name = "rl_api_case")
public class AbnormalUseCase {

    public enum Status {
        OPEN,
        ANSWERED,
        ACCEPTED,
        REVOKED
    }

    @Id
    @SequenceGenerator(name = "rl_api_case_seq", sequenceName = "rl_api_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_api_case_seq")
    private Long id;

    @Column(name = "org_id", nullable = false, length = 10)
    private String orgId;

    @Column(name = "user_id", nullable = false, length = 12)
    private String userId;

    @Column(name = "finding", nullable = false, length = 300)
    private String finding;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "explanation", length = 1000)
    private String explanation;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected AbnormalUseCase() {}

    public AbnormalUseCase(String orgId, String userId, String finding, LocalDateTime openedAt, LocalDate dueOn) {
        this.orgId = orgId;
        this.userId = userId;
        this.finding = finding;
        this.openedAt = openedAt;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
    }

    public void answer(String text) {
        if (status != Status.OPEN) {
            throw new IllegalArgumentException("Case " + id + " is " + status + ", not open");
        }
        explanation = text;
        status = Status.ANSWERED;
    }

    public void close(Status outcome, LocalDateTime at) {
        status = outcome;
        closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getUserId() {
        return userId;
    }

    public String getFinding() {
        return finding;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public String getExplanation() {
        return explanation;
    }
}
