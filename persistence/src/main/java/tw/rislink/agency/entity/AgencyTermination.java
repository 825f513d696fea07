package tw.rislink.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * An agency's written notice to end linking (seed 001 §20): it takes effect one month after the
 * notice, when the agency's permissions, credentials and user environment are removed.
 */
@Entity
@Table(name = "rl_agency_termination")
@NamedQuery(
        name = AgencyTermination.PENDING_OF,
        query = "SELECT t FROM AgencyTermination t WHERE t.agency = :agency AND t.carriedOutAt IS NULL")
public class AgencyTermination implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PENDING_OF = "AgencyTermination.pendingOf";

    /** §20: notice is given one month before the end. */
    public static final Period NOTICE = Period.ofMonths(1);

    @Id
    @SequenceGenerator(
            name = "rl_agency_termination_seq",
            sequenceName = "rl_agency_termination_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_agency_termination_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "requested_by", nullable = false, length = 30)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "notice_on", nullable = false)
    private LocalDate noticeOn;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "carried_out_at")
    private LocalDateTime carriedOutAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AgencyTermination() {}

    public AgencyTermination(Agency agency, String requestedBy, LocalDateTime requestedAt) {
        this.agency = Objects.requireNonNull(agency);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.noticeOn = requestedAt.toLocalDate();
        this.effectiveOn = noticeOn.plus(NOTICE);
    }

    public void carriedOut(LocalDateTime at) {
        if (carriedOutAt == null) {
            carriedOutAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDateTime getCarriedOutAt() {
        return carriedOutAt;
    }
}
