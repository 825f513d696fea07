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
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A company asked to explain abnormal use of one of its users by a deadline (seed 002 items 9
 * and 10). OPEN until the company answers; MOI accepts the answer or refuses it, which revokes
 * the company (as does no answer by the deadline). A revoked company proposes an improvement
 * plan (IMPROVING); once MOI accepts it (IMPROVED) the company may apply again.
 */
@Entity
@Table(name = "rl_api_case")
public class AbnormalUseCase {

    public enum Status {
        OPEN,
        ANSWERED,
        ACCEPTED,
        REVOKED,
        IMPROVING,
        IMPROVED
    }

    @Id
    @SequenceGenerator(name = "rl_api_case_seq", sequenceName = "rl_api_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_api_case_seq")
    private Long id;

    @Column(name = "org_id", nullable = false, length = 10)
    private String orgId;

    @Column(name = "user_id", nullable = false, length = 50)
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

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "improvement_plan", length = 2000)
    private String improvementPlan;

    @Column(name = "company_name", length = 100)
    private String companyName;

    protected AbnormalUseCase() {}

    public AbnormalUseCase(
            String orgId, String companyName, String userId, String finding, LocalDateTime openedAt, LocalDate dueOn) {
        this.orgId = orgId;
        this.companyName = companyName;
        this.userId = userId;
        this.finding = finding;
        this.openedAt = openedAt;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
    }

    public void answer(String text) {
        expect(Status.OPEN);
        explanation = text;
        status = Status.ANSWERED;
    }

    /** MOI accepts the explanation. */
    public void accept(LocalDateTime at) {
        expect(Status.ANSWERED);
        close(Status.ACCEPTED, at);
    }

    /** MOI refuses the explanation; the company's access is revoked. */
    public void refuse(String reason, LocalDateTime at) {
        expect(Status.ANSWERED);
        decisionReason = reason;
        close(Status.REVOKED, at);
    }

    /** No explanation by the deadline; the company's access is revoked. */
    public void lapse(LocalDateTime at) {
        expect(Status.OPEN);
        close(Status.REVOKED, at);
    }

    public void proposePlan(String plan) {
        expect(Status.REVOKED);
        improvementPlan = plan;
        decisionReason = null;
        status = Status.IMPROVING;
    }

    public void acceptPlan(LocalDateTime at) {
        expect(Status.IMPROVING);
        close(Status.IMPROVED, at);
    }

    /** The plan is not enough; the company may propose another. */
    public void refusePlan(String reason) {
        expect(Status.IMPROVING);
        decisionReason = reason;
        status = Status.REVOKED;
    }

    private void expect(Status expected) {
        if (status != expected) {
            throw new InvalidInputException(
                    "invalid.case.status", "Case #" + id + " is " + status + ", not " + expected, String.valueOf(id));
        }
    }

    private void close(Status outcome, LocalDateTime at) {
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

    public String getCompanyName() {
        return companyName;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getImprovementPlan() {
        return improvementPlan;
    }
}
