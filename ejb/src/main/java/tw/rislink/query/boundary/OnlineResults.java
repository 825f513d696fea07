package tw.rislink.query.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.agency.entity.Agency;
import tw.rislink.audit.boundary.AuditRetention;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.TimerRuns;
import tw.rislink.platform.control.Settings;
import tw.rislink.query.control.Answer;
import tw.rislink.query.control.StoredAnswer;
import tw.rislink.query.entity.OnlineResult;
import tw.rislink.query.entity.OnlineResultBody;

/**
 * Electronic-gate results after the query: the officer who asked opens one again (the print
 * page) until it is due, any signed-in government user confirms a verification code, and a
 * persistent timer deletes the answers that are due (DOMAIN.md §4 §17: online results wait one
 * day), writing what it deleted to the audit trail. A timer in the database store fires on one
 * node of a cluster; each batch is its own transaction, so a purge cut short keeps what it did.
 */
@Stateless
@RunAs(Role.SYSTEM)
@RolesAllowed(Role.SYSTEM)
public class OnlineResults {

    /** DOMAIN.md §4 §17: online query results are kept one day. */
    public static final Duration RETENTION = Duration.ofDays(1);

    /**
     * Result ids per transaction of the purge (bench/retention.sh: with 1 000 a million took 49 s
     * and online p99 stayed within 2x; 2 000 took 39 s but once reached 2.4x): short
     * transactions, because each ends with the audit chain's lock, which every online query's
     * audit record waits for until the commit, when H2 applies the window's deletions.
     */
    static final int PURGE_BATCH = 1_000;

    private static final String OFFICER = "APPLICANT_OFFICER";

    private static final Logger LOG = Logger.getLogger(OnlineResults.class.getName());

    /** What the print page finds for a code. */
    public enum Status {
        SHOWN,
        /** Past its retention: the answer is deleted (or about to be) and never shown again. */
        EXPIRED,
        /** No such result of the officer's. */
        NOT_FOUND
    }

    /** A result as the print page shows it; the answer only when {@link Status#SHOWN}. */
    public record Opened(Status status, OnlineResult result, Answer answer) {}

    /** What the verification page tells of a code: never the answer; expired once the answer is deleted. */
    public record Confirmation(
            String code,
            String userName,
            String userDisplayName,
            String agencyCode,
            String agencyName,
            LocalDateTime askedAt,
            String transactionCode,
            String answerDigest,
            int recordCount,
            LocalDateTime expiresAt,
            boolean expired)
            implements Serializable {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /** How long an online result is kept: {@code rislink.egate.retention}, at most the rule's one day. */
    public static Duration retention() {
        Duration configured = Settings.duration("rislink.egate.retention", RETENTION);
        return configured.isNegative() || configured.isZero() || configured.compareTo(RETENTION) > 0
                ? RETENTION
                : configured;
    }

    /** The officer's own result, for the print page; audited when shown. */
    @RolesAllowed(OFFICER)
    public Opened open(String typedCode, String address) {
        String user = context.getCallerPrincipal().getName();
        Optional<OnlineResult> found =
                byCode(typedCode).filter(r -> r.getUserName().equals(user));
        if (found.isEmpty()) {
            // Audited too: guessing colleagues' codes leaves a trace.
            audit.record(AuditEntry.screen(user, address, "RESULT_OPEN", null, AuditOutcome.NOT_FOUND));
            return new Opened(Status.NOT_FOUND, null, null);
        }
        OnlineResult result = found.get();
        OnlineResultBody body = em.find(OnlineResultBody.class, result.getId());
        Opened opened = result.isExpiredAt(TaiwanTime.now()) || body == null
                ? new Opened(Status.EXPIRED, result, null)
                : new Opened(Status.SHOWN, result, StoredAnswer.parse(body.getContent()));
        boolean shown = opened.status() == Status.SHOWN;
        // Shown again, the answer is register data seen again: its persons and items are named (as
        // many whole ones as the columns hold); an expired one showed nothing.
        audit.record(new AuditEntry(
                user,
                result.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                "RESULT_OPEN",
                result.getTransactionCode(),
                shown ? RegisterQueries.whole(result.subjects(), AuditRecord.LIST_LENGTH) : null,
                result.getCaseNumber(),
                "code=" + result.getCode() + (shown ? "" : " expired"),
                result.getBusinessItem(),
                shown ? RegisterQueries.whole(result.items(), AuditRecord.LIST_LENGTH) : null,
                shown ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND));
        return opened;
    }

    /**
     * The verification page: who asked, when, which transaction and the answer's digest, for a
     * user of the asking agency or of its provider's review and audit (DHR, auditors). Anyone
     * else learns nothing: an unknown code and another agency's code answer alike. Every lookup
     * is audited.
     */
    @RolesAllowed({
        OFFICER,
        "CISO",
        "AGENCY_SUPERVISOR",
        "LOCAL_REGISTRATION",
        "DHR_REVIEWER",
        "DIS_ENGINEER",
        "TELECOM",
        "AUDITOR",
        "MOI_API_REVIEWER",
        "SYSTEM_ADMIN"
    })
    public Optional<Confirmation> confirm(String typedCode, String address) {
        String user = context.getCallerPrincipal().getName();
        String viewerAgency = accounts.agencyCodeOf(user);
        boolean provider = context.isCallerInRole("AUDITOR") || context.isCallerInRole("DHR_REVIEWER");
        Optional<OnlineResult> found =
                byCode(typedCode).filter(r -> provider || r.getAgencyCode().equals(viewerAgency));
        LocalDateTime now = TaiwanTime.now();
        Optional<Confirmation> confirmation = found.map(r -> {
            UserAccount asker = accounts.find(r.getUserName()).orElse(null);
            Agency agency = em.createNamedQuery(Agency.BY_CODE, Agency.class)
                    .setParameter("code", r.getAgencyCode())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            boolean kept = em.createQuery("SELECT COUNT(b) FROM OnlineResultBody b WHERE b.resultId = :id", Long.class)
                            .setParameter("id", r.getId())
                            .getSingleResult()
                    > 0;
            return new Confirmation(
                    r.getCode(),
                    r.getUserName(),
                    asker == null ? r.getUserName() : asker.getDisplayName(),
                    r.getAgencyCode(),
                    agency == null ? r.getAgencyCode() : agency.getNameZh(),
                    r.getAskedAt(),
                    r.getTransactionCode(),
                    r.getAnswerDigest(),
                    r.getRecordCount(),
                    r.getExpiresAt(),
                    r.isExpiredAt(now) || !kept);
        });
        audit.record(AuditEntry.screen(
                user,
                address,
                "RESULT_VERIFY",
                found.map(OnlineResult::getCode).orElse(null),
                found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND));
        return confirmation;
    }

    private Optional<OnlineResult> byCode(String typedCode) {
        String code = StoredAnswer.normalCode(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(OnlineResult.BY_CODE, OnlineResult.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Schedule(minute = "*/10", hour = "*", info = "online-result-retention")
    @Interceptors(TimerRuns.class)
    // No transaction of its own: each batch is one (a backlog would outlast a single one's timeout).
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tenMinutely() {
        purgeDue(TaiwanTime.now());
    }

    /**
     * Deletes every answer due at that time, in batches, each with its audit record (how many,
     * the result ids from–to, the due time). The results' stubs stay for their codes.
     *
     * @return how many answers were deleted
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeDue(LocalDateTime now) {
        OnlineResults self = context.getBusinessObject(OnlineResults.class);
        // Windows of result ids between the lowest and highest due (and below, of the old stubs),
        // rather than "the next batch due" (setMaxResults): on Oracle's row-number form H2 sorted
        // every answer still due for each batch, and a million took four minutes. Answers due later
        // than this run are the next one's.
        Object[] due = em.createQuery(
                        "SELECT MIN(b.resultId), MAX(b.resultId) FROM OnlineResultBody b WHERE b.expiresAt <= :now",
                        Object[].class)
                .setParameter("now", now)
                .getSingleResult();
        int deleted = byWindows(due, (first, last) -> self.purgeBatch(now, first, last));
        LocalDateTime before = now.minus(AuditRetention.retention());
        Object[] aged = em.createQuery(
                        "SELECT MIN(r.id), MAX(r.id) FROM OnlineResult r WHERE r.askedAt < :before", Object[].class)
                .setParameter("before", before)
                .getSingleResult();
        int stubs = byWindows(aged, (first, last) -> self.purgeStubs(before, first, last));
        if (deleted > 0 || stubs > 0) {
            LOG.info(() -> "Deleted " + deleted + " online results due by " + now + " and " + stubs
                    + " result records (with their doubts) older than " + before);
        }
        return deleted;
    }

    /** A purge's batch over the result ids from first to last, both included; how many it deleted. */
    private interface Window {
        int purge(long first, long last);
    }

    /** Runs the batch over each window of ids between the bounds (MIN, MAX; none if null); the total deleted. */
    private static int byWindows(Object[] bounds, Window batch) {
        if (bounds[0] == null) {
            return 0;
        }
        long highest = ((Number) bounds[1]).longValue();
        int deleted = 0;
        for (long first = ((Number) bounds[0]).longValue(); first <= highest; first += PURGE_BATCH) {
            deleted += batch.purge(first, Math.min(first + PURGE_BATCH - 1, highest));
        }
        return deleted;
    }

    /** One batch of the purge: the due answers of a window of result ids, deleted, then the audit record. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBatch(LocalDateTime now, long first, long last) {
        int deleted = em.createQuery("DELETE FROM OnlineResultBody b WHERE b.resultId BETWEEN :first AND :last"
                        + " AND b.expiresAt <= :now")
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("now", now)
                .executeUpdate();
        if (deleted > 0) {
            audit.record(AuditEntry.system(
                    "RESULT_PURGE", "online " + deleted + " ids " + first + "-" + last + " due " + now.withNano(0)));
        }
        return deleted;
    }

    /**
     * One batch of the stubs kept as long as the audit trail (AuditRetention): results asked
     * before that time, with their doubts, once their audit days are past retention too.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeStubs(LocalDateTime before, long first, long last) {
        // A range rather than an IN list of the ids: Oracle takes at most 1 000 values in a list.
        String range = "r.id BETWEEN :first AND :last AND r.askedAt < :before";
        String batch = "(SELECT r.id FROM OnlineResult r WHERE " + range + ")";
        int deleted = 0;
        // Doubts and answers before the results they refer to; the count is the results'.
        for (String delete : List.of(
                "DELETE FROM DataDoubt d WHERE d.result.id IN " + batch,
                "DELETE FROM OnlineResultBody b WHERE b.resultId IN " + batch,
                "DELETE FROM OnlineResult r WHERE " + range)) {
            deleted = em.createQuery(delete)
                    .setParameter("first", first)
                    .setParameter("last", last)
                    .setParameter("before", before)
                    .executeUpdate();
        }
        if (deleted == 0) {
            return 0;
        }
        audit.record(AuditEntry.system(
                "RESULT_PURGE",
                "records " + deleted + " ids " + first + "-" + last + " asked before " + before.withNano(0)));
        return deleted;
    }
}
