package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.rislink.account.entity.Role;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.verification.control.UsageWindow;
import tw.rislink.verification.control.UsageWindow.Chain;
import tw.rislink.verification.control.UsageWindow.Range;
import tw.rislink.verification.entity.ApiScanPosition;
import tw.rislink.verification.entity.ApiUsage;
import tw.rislink.verification.entity.ApiUsageScan;

/**
 * Keeps each company user's daily ID-card check counts by reading the audit trail from where
 * the last scan stopped (see {@link UsageWindow}): a scan reads only the records written since
 * the one before, whatever the day holds, and a check itself writes nothing for it. Runs in the
 * caller's transaction, which holds the scan's row lock until it ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApiUsageCounter {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    /** Adds the records not read yet (of the days in reach of {@code today}); returns how many it read. */
    @RolesAllowed(Role.SYSTEM)
    public long advance(LocalDate today, int maxDistinctIds) {
        ApiUsageScan scan = em.find(ApiUsageScan.class, ApiUsageScan.ABNORMAL_USE, LockModeType.PESSIMISTIC_WRITE);
        String oldest = UsageWindow.oldestDay(today);
        em.createNativeQuery("DELETE FROM rl_api_usage_id WHERE chain_day < ?1")
                .setParameter(1, oldest)
                .executeUpdate();
        em.createQuery("DELETE FROM ApiScanPosition p WHERE p.chainDay < :oldest")
                .setParameter("oldest", oldest)
                .executeUpdate();

        Map<Chain, Long> heads = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT h.chainDay, h.partition, h.lastSeq FROM AuditChainHead h WHERE h.chainDay >= :oldest",
                        Object[].class)
                .setParameter("oldest", oldest)
                .getResultList()) {
            heads.put(new Chain((String) row[0], ((Number) row[1]).intValue()), ((Number) row[2]).longValue());
        }
        Map<Chain, ApiScanPosition> positions = new HashMap<>();
        Map<Chain, Long> read = new HashMap<>();
        for (ApiScanPosition position : em.createQuery(
                        "SELECT p FROM ApiScanPosition p WHERE p.chainDay >= :oldest", ApiScanPosition.class)
                .setParameter("oldest", oldest)
                .getResultList()) {
            Chain chain = new Chain(position.getChainDay(), position.getPartition());
            positions.put(chain, position);
            read.put(chain, position.getLastSeq());
        }

        Map<ApiUsage.Key, Tally> tallies = new LinkedHashMap<>();
        long records = 0;
        for (Range range : UsageWindow.ranges(heads, read, today)) {
            for (Object[] row : em.createQuery(
                            "SELECT r.agencyCode, r.userName, r.subjectIds, r.dataItems, COUNT(r) FROM AuditRecord r"
                                    + " WHERE r.chainDay = :day AND r.partition = :partition"
                                    + " AND r.seq > :after AND r.seq <= :upTo AND r.action = 'ID_CARD_CHECK'"
                                    + " AND r.userName IS NOT NULL AND r.agencyCode IS NOT NULL"
                                    + " GROUP BY r.agencyCode, r.userName, r.subjectIds, r.dataItems",
                            Object[].class)
                    .setParameter("day", range.day())
                    .setParameter("partition", range.partition())
                    .setParameter("after", range.after())
                    .setParameter("upTo", range.upTo())
                    .getResultList()) {
                long checks = ((Number) row[4]).longValue();
                Tally tally = tallies.computeIfAbsent(
                        new ApiUsage.Key(range.day(), (String) row[0], (String) row[1]), k -> new Tally());
                if (UsageWindow.wrong((String) row[3])) {
                    tally.wrong += checks;
                }
                if (row[2] != null) {
                    tally.ids.add((String) row[2]);
                }
                records += checks;
            }
            Chain chain = new Chain(range.day(), range.partition());
            ApiScanPosition position = positions.get(chain);
            if (position == null) {
                em.persist(new ApiScanPosition(range.day(), range.partition(), range.upTo()));
            } else {
                position.advance(range.upTo());
            }
        }

        tallies.forEach((key, tally) -> count(key, tally, maxDistinctIds));
        scan.scanned(TaiwanTime.now());
        return records;
    }

    /** The users of the days in reach above a limit for whom no case was opened for that day. */
    @RolesAllowed(Role.SYSTEM)
    public List<ApiUsage> overLimit(LocalDate today, int maxWrong, int maxDistinctIds) {
        return em.createQuery(
                        "SELECT u FROM ApiUsage u WHERE u.chainDay >= :oldest AND u.caseId IS NULL"
                                + " AND (u.wrongChecks > :maxWrong OR u.distinctIds > :maxDistinct)"
                                + " ORDER BY u.chainDay, u.orgId, u.userName",
                        ApiUsage.class)
                .setParameter("oldest", UsageWindow.oldestDay(today))
                .setParameter("maxWrong", (long) maxWrong)
                .setParameter("maxDistinct", (long) maxDistinctIds)
                .getResultList();
    }

    private void count(ApiUsage.Key key, Tally tally, int maxDistinctIds) {
        ApiUsage usage = em.find(ApiUsage.class, key);
        if (usage == null) {
            usage = new ApiUsage(key.chainDay(), key.orgId(), key.userName());
            em.persist(usage);
        }
        usage.addWrong(tally.wrong);
        if (usage.getDistinctIds() > maxDistinctIds) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Object id : em.createNativeQuery(
                        "SELECT subject_id FROM rl_api_usage_id WHERE chain_day = ?1 AND org_id = ?2 AND user_name = ?3")
                .setParameter(1, key.chainDay())
                .setParameter(2, key.orgId())
                .setParameter(3, key.userName())
                .getResultList()) {
            seen.add((String) id);
        }
        List<String> fresh = UsageWindow.newIds(seen, usage.getDistinctIds(), tally.ids, maxDistinctIds);
        for (String id : fresh) {
            em.createNativeQuery(
                            "INSERT INTO rl_api_usage_id (chain_day, org_id, user_name, subject_id) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, key.chainDay())
                    .setParameter(2, key.orgId())
                    .setParameter(3, key.userName())
                    .setParameter(4, id)
                    .executeUpdate();
        }
        usage.addDistinct(fresh.size());
    }

    private static final class Tally {
        long wrong;
        final Set<String> ids = new HashSet<>();
    }
}
