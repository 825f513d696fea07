package tw.rislink.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * The auditor's search over the audit trail. Every search is itself recorded (who searched
 * for what), in the same transaction as the read.
 */
@Stateless
@RolesAllowed("AUDITOR")
@RunAs(Role.SYSTEM)
public class AuditSearch {

    /** The longest period one search covers. */
    public static final int MAX_DAYS = 366;

    /** The most records one search returns; narrower criteria find the rest. */
    public static final int MAX_RESULTS = 5_000;

    /** Search criteria; empty texts mean "any". */
    public record Criteria(
            LocalDate from,
            LocalDate to,
            String agencyCode,
            String userName,
            String personId,
            String transactionCode,
            String caseNumber) {

        /** @throws InvalidInputException when the period is missing, reversed or too long */
        public Criteria {
            if (from == null || to == null) {
                throw new InvalidInputException("invalid.audit.noPeriod", "A search needs a period: from and to");
            }
            if (to.isBefore(from)) {
                throw new InvalidInputException("invalid.audit.reversed", "The period ends before it starts");
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw new InvalidInputException(
                        "invalid.audit.tooLong", "A search covers at most " + MAX_DAYS + " days", MAX_DAYS);
            }
        }

        String describe() {
            StringJoiner text = new StringJoiner(" ");
            text.add(AuditTrail.DAY.format(from) + "-" + AuditTrail.DAY.format(to));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("agency", agencyCode);
            fields.put("user", userName);
            fields.put("person", personId);
            fields.put("tx", transactionCode);
            fields.put("case", caseNumber);
            fields.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    text.add(name + "=" + value.strip());
                }
            });
            return text.toString();
        }
    }

    /** Records per agency and day, for the volume chart. */
    public record Volume(String agencyCode, String day, long records) {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private AccountService accounts;

    @Resource
    private SessionContext context;

    /** Matching records, newest first, at most {@link #MAX_RESULTS}. */
    public List<AuditRecord> search(Criteria criteria, String auditor, String address) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<AuditRecord> query = em.createQuery(
                "SELECT r FROM AuditRecord r WHERE " + where + " ORDER BY r.occurredAt DESC, r.id DESC",
                AuditRecord.class);
        parameters.forEach(query::setParameter);
        List<AuditRecord> records = query.setMaxResults(MAX_RESULTS).getResultList();
        audit.record(new AuditEntry(
                auditor,
                null,
                address,
                AuditChannel.SCREEN,
                "AUDIT_SEARCH",
                null,
                criteria.personId() == null || criteria.personId().isBlank()
                        ? null
                        : criteria.personId().strip(),
                criteria.caseNumber(),
                criteria.describe(),
                null,
                "auditRecords",
                AuditOutcome.SUCCESS));
        return records;
    }

    /**
     * An officer's own electronic-gate queries (查詢紀錄), with the auditor's filters but the
     * user and agency fixed to the caller's: the screen cannot ask for anyone else's. Recorded
     * as every search is.
     */
    @RolesAllowed("APPLICANT_OFFICER")
    public List<AuditRecord> ownQueries(Criteria criteria, String address) {
        String user = context.getCallerPrincipal().getName();
        Criteria own = new Criteria(
                criteria.from(),
                criteria.to(),
                accounts.agencyCodeOf(user),
                user,
                criteria.personId(),
                criteria.transactionCode(),
                criteria.caseNumber());
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(own, parameters) + " AND r.channel = :channel AND r.action = 'REGISTER_QUERY'";
        parameters.put("channel", AuditChannel.SCREEN);
        TypedQuery<AuditRecord> query = em.createQuery(
                "SELECT r FROM AuditRecord r WHERE " + where + " ORDER BY r.occurredAt DESC, r.id DESC",
                AuditRecord.class);
        parameters.forEach(query::setParameter);
        List<AuditRecord> records = query.setMaxResults(MAX_RESULTS).getResultList();
        audit.record(new AuditEntry(
                user,
                own.agencyCode(),
                address,
                AuditChannel.SCREEN,
                "OWN_QUERIES",
                null,
                blank(criteria.personId()) ? null : criteria.personId().strip(),
                criteria.caseNumber(),
                own.describe(),
                null,
                "auditRecords",
                AuditOutcome.SUCCESS));
        return records;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** How many records each agency caused per day over the criteria's period and filters. */
    public List<Volume> volume(Criteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT r.agencyCode, r.chainDay, COUNT(r) FROM AuditRecord r WHERE " + where
                        + " GROUP BY r.agencyCode, r.chainDay ORDER BY r.chainDay",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Volume> volume = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            volume.add(new Volume((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return volume;
    }

    private static String where(Criteria c, Map<String, Object> parameters) {
        StringJoiner where = new StringJoiner(" AND ");
        where.add("r.chainDay >= :from AND r.chainDay <= :to");
        parameters.put("from", AuditTrail.DAY.format(c.from()));
        parameters.put("to", AuditTrail.DAY.format(c.to()));
        equal(where, parameters, "r.agencyCode", "agency", c.agencyCode());
        equal(where, parameters, "r.userName", "user", c.userName());
        equal(where, parameters, "r.transactionCode", "tx", c.transactionCode());
        equal(where, parameters, "r.caseNumber", "caseNumber", c.caseNumber());
        if (c.personId() != null && !c.personId().isBlank()) {
            where.add("r.subjectIds LIKE :person");
            parameters.put("person", "%" + c.personId().strip() + "%");
        }
        return where.toString();
    }

    private static void equal(
            StringJoiner where, Map<String, Object> parameters, String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.add(path + " = :" + name);
            parameters.put(name, value.strip());
        }
    }
}
