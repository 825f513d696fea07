package tw.rislink.linking.entity;

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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a case's history: who did what, when, why, and what waited afterwards. The action
 * is a {@link ReviewAction} name or one of the case's own events (draft saved, documents, CISO
 * review, supervisor approval).
 */
@Entity
@Table(name = "rl_linking_event")
@NamedQuery(
        name = CaseEvent.OF_CASE,
        query = "SELECT e FROM CaseEvent e WHERE e.caseId = :caseId ORDER BY e.occurredAt, e.id")
public class CaseEvent {

    public static final String OF_CASE = "CaseEvent.ofCase";

    @Id
    @SequenceGenerator(name = "rl_linking_event_seq", sequenceName = "rl_linking_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_linking_event_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 30)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 12)
    private Party party;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "remark", length = 1000)
    private String remark;

    /** Comma-separated step names waiting after the event; empty when the case ended. */
    @Column(name = "open_after", nullable = false, length = 400)
    private String openAfter;

    protected CaseEvent() {}

    public CaseEvent(
            Long caseId,
            LocalDateTime occurredAt,
            String actor,
            Party party,
            String action,
            String remark,
            String openAfter) {
        this.caseId = Objects.requireNonNull(caseId);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.party = Objects.requireNonNull(party);
        this.action = Objects.requireNonNull(action);
        this.remark = remark;
        // Oracle stores an empty string as NULL, which the column refuses.
        this.openAfter = openAfter.isEmpty() ? "-" : openAfter;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Party getParty() {
        return party;
    }

    public String getAction() {
        return action;
    }

    public String getRemark() {
        return remark;
    }

    public List<Step> openAfterSteps() {
        return "-".equals(openAfter)
                ? List.of()
                : Arrays.stream(openAfter.split(",")).map(Step::valueOf).toList();
    }
}
