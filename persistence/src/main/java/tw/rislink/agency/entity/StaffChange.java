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
import java.util.Objects;

/**
 * A change of a linked agency's officer or supervisor, reported by the agency (seed 001 §12) and
 * acknowledged by the provider within 5 working days; flagged overdue after that.
 */
@Entity
@Table(name = "rl_agency_staff_change")
@NamedQuery(
        name = StaffChange.OF_AGENCY,
        query = "SELECT c FROM StaffChange c WHERE c.agency = :agency ORDER BY c.reportedAt DESC, c.id DESC")
public class StaffChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_AGENCY = "StaffChange.ofAgency";

    /** Working days the provider has to acknowledge a report. */
    public static final int ACKNOWLEDGE_WORKING_DAYS = 5;

    public enum Kind {
        OFFICER,
        SUPERVISOR
    }

    @Id
    @SequenceGenerator(
            name = "rl_agency_staff_change_seq",
            sequenceName = "rl_agency_staff_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_agency_staff_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "previous_name", nullable = false, length = 50)
    private String previousName;

    @Column(name = "new_name", nullable = false, length = 50)
    private String newName;

    @Column(name = "reported_by", nullable = false, length = 30)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "acknowledged_by", length = 30)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffChange() {}

    public StaffChange(
            Agency agency,
            Kind kind,
            String previousName,
            String newName,
            String reportedBy,
            LocalDateTime reportedAt,
            LocalDate dueOn) {
        this.agency = Objects.requireNonNull(agency);
        this.kind = Objects.requireNonNull(kind);
        this.previousName = Objects.requireNonNull(previousName);
        this.newName = Objects.requireNonNull(newName);
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.reportedAt = Objects.requireNonNull(reportedAt);
        this.dueOn = Objects.requireNonNull(dueOn);
    }

    /** Returns false if it was acknowledged already. */
    public boolean acknowledge(String by, LocalDateTime at) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedBy = Objects.requireNonNull(by);
        acknowledgedAt = Objects.requireNonNull(at);
        return true;
    }

    /** Returns false if it was flagged already or acknowledged meanwhile. */
    public boolean flagOverdue() {
        if (overdue || acknowledgedAt != null) {
            return false;
        }
        overdue = true;
        return true;
    }

    public boolean isPending() {
        return acknowledgedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPreviousName() {
        return previousName;
    }

    public String getNewName() {
        return newName;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
