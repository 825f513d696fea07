package tw.rislink.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whether a linked agency may link now, and since when (seed 001 §19–20). Not cached (the unit
 * caches only what is marked cacheable): every channel's check reads the committed row.
 */
@Entity
@Table(name = "rl_agency_standing")
@NamedQuery(name = AgencyStanding.OF_AGENCY, query = "SELECT s FROM AgencyStanding s WHERE s.agency.code = :code")
@NamedQuery(name = AgencyStanding.ALL, query = "SELECT s FROM AgencyStanding s")
public class AgencyStanding implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_AGENCY = "AgencyStanding.ofAgency";
    public static final String ALL = "AgencyStanding.all";

    public enum Standing {
        /** Links: every channel serves it. */
        LINKED,
        /** A provider suspended it for a violation until the remedy is accepted. */
        SUSPENDED,
        /** A violation went unremedied for 6 months: it has to apply again. */
        MUST_REAPPLY,
        /** Its termination took effect. */
        TERMINATED
    }

    @Id
    @SequenceGenerator(name = "rl_agency_standing_seq", sequenceName = "rl_agency_standing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_agency_standing_seq")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, unique = true)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing", nullable = false, length = 12)
    private Standing standing;

    @Column(name = "since", nullable = false)
    private LocalDateTime since;

    @Column(name = "suspended_keys", length = 2000)
    private String suspendedKeys;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AgencyStanding() {}

    public AgencyStanding(Agency agency, LocalDateTime since) {
        this.agency = Objects.requireNonNull(agency);
        this.standing = Standing.LINKED;
        this.since = Objects.requireNonNull(since);
    }

    /** Suspends the agency; {@code keys} are the Iss keys this suspension set SUSPENDED. */
    public void suspend(List<String> keys, LocalDateTime at) {
        if (standing == Standing.SUSPENDED) {
            List<String> all = new java.util.ArrayList<>(suspendedKeys());
            all.addAll(keys);
            suspendedKeys = all.isEmpty() ? null : String.join(",", all);
            return;
        }
        standing = Standing.SUSPENDED;
        since = at;
        suspendedKeys = keys.isEmpty() ? null : String.join(",", keys);
    }

    /** Links again; returns the keys the suspension had set SUSPENDED. */
    public List<String> restore(LocalDateTime at) {
        List<String> keys = suspendedKeys();
        standing = Standing.LINKED;
        since = at;
        suspendedKeys = null;
        return keys;
    }

    /** Ends linking for good (must apply again, or terminated). */
    public void end(Standing ended, LocalDateTime at) {
        if (ended == Standing.LINKED || ended == Standing.SUSPENDED) {
            throw new IllegalArgumentException(ended + " is not an end");
        }
        standing = ended;
        since = at;
        suspendedKeys = null;
    }

    public List<String> suspendedKeys() {
        return suspendedKeys == null || suspendedKeys.isBlank()
                ? List.of()
                : Arrays.stream(suspendedKeys.split(",")).map(String::strip).toList();
    }

    public boolean mayLink() {
        return standing == Standing.LINKED;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public Standing getStanding() {
        return standing;
    }

    public LocalDateTime getSince() {
        return since;
    }
}
