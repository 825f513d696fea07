package tw.rislink.agency.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A violation a provider recorded against a linked agency (seed 001 §19): the agency remedies
 * it, the provider accepts the remedy or refuses it with a reason (the agency may try again), and
 * a violation without an accepted remedy 6 months after it was recorded makes the agency apply
 * again.
 */
@Entity
@Table(name = "rl_agency_violation")
@NamedQuery(
        name = AgencyViolation.OF_AGENCY,
        query = "SELECT v FROM AgencyViolation v WHERE v.agency = :agency ORDER BY v.recordedAt DESC, v.id DESC")
public class AgencyViolation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_AGENCY = "AgencyViolation.ofAgency";

    /** §19: not remedied within 6 months, the agency applies again. */
    public static final Period REMEDY_PERIOD = Period.ofMonths(6);

    public enum Outcome {
        /** Waiting for the agency's remedy (also after a refused one). */
        OPEN,
        /** The agency described its remedy; waiting for the provider. */
        REMEDIED,
        /** The provider accepted the remedy. */
        ACCEPTED,
        /** Not remedied in time: the agency must apply again. */
        LAPSED;

        public boolean isOpen() {
            return this == OPEN || this == REMEDIED;
        }
    }

    @Id
    @SequenceGenerator(name = "rl_agency_violation_seq", sequenceName = "rl_agency_violation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_agency_violation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "recorded_by", nullable = false, length = 30)
    private String recordedBy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_agency_id", nullable = false)
    private Agency provider;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "suspended", nullable = false)
    private boolean suspended;

    @Column(name = "remedy_due", nullable = false)
    private LocalDate remedyDue;

    @Column(name = "remedy", length = 2000)
    private String remedy;

    @Column(name = "remedied_by", length = 30)
    private String remediedBy;

    @Column(name = "remedied_at")
    private LocalDateTime remediedAt;

    @Column(name = "decided_by", length = 30)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "refusal_reason", length = 500)
    private String refusalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 12)
    private Outcome outcome;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AgencyViolation() {}

    public AgencyViolation(
            Agency agency,
            String recordedBy,
            Agency provider,
            LocalDateTime recordedAt,
            String description,
            boolean suspended) {
        this.agency = Objects.requireNonNull(agency);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.provider = Objects.requireNonNull(provider);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.description = Objects.requireNonNull(description);
        this.suspended = suspended;
        this.remedyDue = recordedAt.toLocalDate().plus(REMEDY_PERIOD);
        this.outcome = Outcome.OPEN;
    }

    public void remedy(String text, String by, LocalDateTime at) {
        if (outcome != Outcome.OPEN) {
            throw notNow("remedied");
        }
        if (at.toLocalDate().isAfter(remedyDue)) {
            throw new InvalidInputException(
                    "invalid.violation.late",
                    "The remedy of violation #" + id + " was due by " + remedyDue,
                    String.valueOf(id));
        }
        remedy = Objects.requireNonNull(text);
        remediedBy = Objects.requireNonNull(by);
        remediedAt = Objects.requireNonNull(at);
        outcome = Outcome.REMEDIED;
    }

    public void accept(String by, LocalDateTime at) {
        if (outcome != Outcome.REMEDIED) {
            throw notNow("accepted");
        }
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        refusalReason = null;
        outcome = Outcome.ACCEPTED;
    }

    /** The remedy is not enough: the agency may describe another until the deadline. */
    public void refuse(String reason, String by, LocalDateTime at) {
        if (outcome != Outcome.REMEDIED) {
            throw notNow("refused");
        }
        refusalReason = Objects.requireNonNull(reason);
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        outcome = Outcome.OPEN;
    }

    public void lapse(LocalDateTime at) {
        if (outcome.isOpen()) {
            decidedAt = at;
            decidedBy = null;
            outcome = Outcome.LAPSED;
        }
    }

    private InvalidInputException notNow(String what) {
        return new InvalidInputException(
                "invalid.violation.state",
                "Violation #" + id + " is " + outcome + " and cannot be " + what + " now",
                String.valueOf(id));
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Agency getProvider() {
        return provider;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getDescription() {
        return description;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public LocalDate getRemedyDue() {
        return remedyDue;
    }

    public String getRemedy() {
        return remedy;
    }

    public String getRemediedBy() {
        return remediedBy;
    }

    public LocalDateTime getRemediedAt() {
        return remediedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
