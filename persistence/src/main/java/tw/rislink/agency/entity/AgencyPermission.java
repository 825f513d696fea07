package tw.rislink.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One data item an agency may receive through one channel, granted by the live linking case that
 * approved it (seed 001 §11). Every channel reads the agency's permissions here.
 */
@Entity
@Table(name = "rl_agency_permission")
@IdClass(AgencyPermission.Key.class)
public class AgencyPermission {

    /** The primary key: agency, item and channel. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long agency;
        private Long item;
        private Channel channel;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(agency, key.agency)
                    && Objects.equals(item, key.item)
                    && channel == key.channel;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agency, item, channel);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "data_item_id", nullable = false)
    private DataItem item;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    /** The one county whose household data it covers (a county's unit provides it); null is nationwide. */
    @Column(name = "county_code", length = 5)
    private String countyCode;

    protected AgencyPermission() {}

    public AgencyPermission(Agency agency, DataItem item, Channel channel, Long caseId, LocalDateTime grantedAt) {
        this.agency = Objects.requireNonNull(agency);
        this.item = Objects.requireNonNull(item);
        this.channel = Objects.requireNonNull(channel);
        this.caseId = Objects.requireNonNull(caseId);
        this.grantedAt = Objects.requireNonNull(grantedAt);
    }

    public Agency getAgency() {
        return agency;
    }

    public DataItem getItem() {
        return item;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getCaseId() {
        return caseId;
    }

    /** Limits the permission to one county's household data (5-digit county code). */
    public void coverOnly(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDateTime getGrantedAt() {
        return grantedAt;
    }
}
