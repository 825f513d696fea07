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
import java.util.Objects;

/** An address range DIS assigned to a case at step 6, in canonical CIDR form. */
@Entity
@Table(name = "rl_linking_address")
@NamedQuery(
        name = AssignedRange.OF_CASE,
        query = "SELECT r FROM AssignedRange r WHERE r.caseId = :caseId ORDER BY r.purpose, r.id")
public class AssignedRange {

    public static final String OF_CASE = "AssignedRange.ofCase";

    @Id
    @SequenceGenerator(name = "rl_linking_address_seq", sequenceName = "rl_linking_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_linking_address_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private RangePurpose purpose;

    @Column(name = "cidr", nullable = false, length = 50)
    private String cidr;

    @Column(name = "assigned_by", nullable = false, length = 30)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    protected AssignedRange() {}

    public AssignedRange(Long caseId, RangePurpose purpose, String cidr, String assignedBy, LocalDateTime assignedAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.purpose = Objects.requireNonNull(purpose);
        this.cidr = Objects.requireNonNull(cidr);
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    public Long getCaseId() {
        return caseId;
    }

    public RangePurpose getPurpose() {
        return purpose;
    }

    public String getCidr() {
        return cidr;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }
}
