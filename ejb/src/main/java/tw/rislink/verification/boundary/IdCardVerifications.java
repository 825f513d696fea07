package tw.rislink.verification.boundary;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.NationalId;
import tw.rislink.verification.control.CardCheck;
import tw.rislink.verification.entity.ApiUserSuspension;
import tw.rislink.verification.entity.IdCheckAttempts;

/**
 * Job V2C201: does the ID card a company's user typed match the register? Answers
 * {@code checkIdCardApply} 1–8 (DOMAIN.md §8a) and nothing about the person. Three wrong checks
 * of one ID by one company on one Taiwan day lock that ID for that company until midnight: the
 * count is kept in a row locked for the whole check, so however many checks arrive at once,
 * they are compared one after another and no fourth is compared. Every call, answered or
 * refused, is audited.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
@RunAs(Role.SYSTEM)
public class IdCardVerifications {

    public static final String JOB = "V2C201";

    static final Set<String> ISSUE_SITES = Set.of(
            "09007", "09020", "10001", "10002", "10003", "10004", "10005", "10006", "10007", "10008", "10009", "10010",
            "10011", "10012", "10013", "10014", "10015", "10016", "10017", "10018", "10020", "63000", "64000", "65000",
            "66000", "67000", "68000");

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private RegisterLookup register;

    @EJB
    private AuditTrail audit;

    @EJB
    private IdCheckCounters counters;

    /** Authenticates, checks and audits one call; returns the envelope's responseData answer. */
    // Open: a call carries no signed-in user, it authenticates itself with its JWT.
    @PermitAll
    public JsonObject verify(String authorization, String address) {
        ApiCredentials.Caller caller = credentials.authenticate(authorization, address, JOB);
        JsonObject query = caller.token().conditionMap();
        String personId = field(query, "personId", "[A-Z][12]\\d{8}");
        String applyCode = field(query, "applyCode", "[0-3]");
        String applied = field(query, "applyYyymmdd", "\\d{7}");
        String site = field(query, "issueSiteId", "\\d{5}");
        LocalDate appliedOn;
        try {
            appliedOn = RocDate.parseCompact(applied);
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.invalidQuery("applyYyymmdd is not a date: " + applied);
        }
        if (!ISSUE_SITES.contains(site)) {
            throw ApiRefusal.invalidQuery("issueSiteId " + site + " is not one of the 27 issuing areas");
        }
        String orgId = caller.credential().getOrgId();
        int answer;
        if (em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(orgId, caller.userId())) != null) {
            answer = 8;
        } else {
            // Only wrong checks count, so only they take the counter's row lock: a check that
            // matches writes nothing. Under the lock the count is read again, and a wrong check
            // that finds the ID locked meanwhile answers 5 like any other: never a fourth 2–4.
            String day = AuditTrail.DAY.format(TaiwanTime.now());
            if (counters.current(orgId, day, personId)
                    .filter(IdCheckAttempts::locked)
                    .isPresent()) {
                answer = 5;
            } else {
                CardCheck.Outcome outcome = compare(personId, applyCode, appliedOn, site);
                if (outcome == CardCheck.Outcome.MISMATCH) {
                    IdCheckAttempts attempts = counters.lock(orgId, day, personId);
                    answer = attempts.locked() ? 5 : 1 + attempts.countWrong();
                } else {
                    answer = switch (outcome) {
                        case MATCH -> 1;
                        case LOST -> 7;
                        case NO_LONGER_IN_USE -> 6;
                        case MISMATCH -> throw new IllegalStateException("counted above");
                    };
                }
            }
        }
        audit.record(new AuditEntry(
                caller.userId(),
                orgId,
                address,
                AuditChannel.REST,
                "ID_CARD_CHECK",
                JOB,
                personId,
                caller.token().text("jti", 100),
                null,
                caller.credential().getAgencyAccount(),
                "checkIdCardApply=" + answer,
                answer == 8 || answer == 5 ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS));
        return JSON.createObjectBuilder()
                .add("checkIdCardApply", String.valueOf(answer))
                .build();
    }

    private CardCheck.Outcome compare(String personId, String applyCode, LocalDate applied, String site) {
        NationalId id;
        boolean valid = true;
        try {
            id = NationalId.of(personId);
        } catch (IllegalArgumentException e) {
            id = null;
            valid = false;
        }
        boolean known = valid && register.person(id).isPresent();
        boolean retired = valid && !known && register.retired(id).isPresent();
        return CardCheck.compare(
                known, retired, known ? register.cards(personId) : List.of(), applyCode, applied, site);
    }

    /** A refused call's audit record, in its own transaction (the call's was rolled back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll // the refused call's resource records it; the caller is as unknown as in verify
    public void auditRefusal(String address, ApiRefusal refusal) {
        audit.record(new AuditEntry(
                null,
                null,
                address,
                AuditChannel.REST,
                "ID_CARD_CHECK",
                JOB,
                null,
                null,
                refusal.rdCode() + " " + refusal.getMessage(),
                null,
                null,
                AuditOutcome.REFUSED));
    }

    /** Suspends a company's user for abnormal use: from now on every check answers 8. */
    public void suspendUser(String orgId, String userId, String reason) {
        if (em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(orgId, userId)) == null) {
            em.persist(new ApiUserSuspension(orgId, userId, TaiwanTime.now(), reason));
            audit.record(AuditEntry.system("API_USER_SUSPENDED", orgId + " " + userId));
        }
    }

    private static String field(JsonObject query, String name, String pattern) {
        JsonValue value = query.get(name);
        if (!(value instanceof JsonString text) || !text.getString().matches(pattern)) {
            throw ApiRefusal.invalidQuery("conditionMap." + name + " should match " + pattern);
        }
        return text.getString();
    }
}
