package tw.rislink.agency.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.agency.entity.AgencyTermination;
import tw.rislink.agency.entity.AgencyViolation;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.StaffChange;

/**
 * One linked agency as its screens show it: standing, permissions, violations, staff changes and
 * a pending termination (null if none). The provider's list carries the open violations and the
 * unacknowledged changes only; the agency's own view carries all of them.
 */
public record AgencyOverview(
        String code,
        String nameZh,
        String nameEn,
        AgencyStanding.Standing standing,
        LocalDateTime since,
        List<Permission> permissions,
        List<AgencyViolation> violations,
        List<StaffChange> staffChanges,
        AgencyTermination termination)
        implements Serializable {

    /** One data item the agency may receive through one channel, for one county (5-digit code) or, null, nationwide. */
    public record Permission(String itemCode, String nameZh, String nameEn, Channel channel, String countyCode)
            implements Serializable {}

    public boolean isOverdue() {
        return staffChanges.stream().anyMatch(StaffChange::isOverdue);
    }
}
