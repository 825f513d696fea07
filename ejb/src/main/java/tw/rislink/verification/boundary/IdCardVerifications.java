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
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.NationalId;
import tw.rislink.verification.control.CardCheck;
import tw.rislink.verification.control.CardQuery;
import tw.rislink.verification.entity.ApiUserSuspension;
import tw.rislink.verification.entity.IdCheckAttempts;
import tw.rislink.verification.entity.IdCheckLock;

/**
 * Job V2C201: does the ID card a company's user typed match the register? Answers
 * {@code checkIdCardApply} 1–8 (DOMAIN.md §8a) and nothing about the person. Three wrong checks
 * of one ID by one company on one Taiwan day lock that ID for that company until midnight. The
 * lockout is decided before anything is compared: a check first locks the stripe of its company
 * and ID ({@link IdCheckLock}) and only then reads the day's count of wrong checks, compares
 * and counts, all under that lock, so checks of one ID are compared one after another and no
 * check is compared once three wrong ones were (docs/ARCHITECTURE.md, "The lockout"). Every
 * call, answered or refused, is audited.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
@RunAs(Role.SYSTEM)
public class IdCardVerifications {

    public static final String JOB = "V2C201";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private RegisterLookup register;

    @EJB
    private AuditTrail audit;

    /** Authenticates, checks and audits one call; returns the envelope's responseData answer. */
    // Open: a call carries no signed-in user, it authenticates itself with its JWT.
    @PermitAll
    public JsonObject verify(String authorization, String address) {
        ApiCredentials.Caller caller = credentials.authenticate(authorization, address, JOB);
        LocalDateTime now = TaiwanTime.now();
        CardQuery query = CardQuery.parse(caller.token().conditionMap(), now.toLocalDate());
        String orgId = caller.credential().getOrgId();
        int answer;
        if (em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(orgId, caller.userId())) != null) {
            answer = 8;
        } else {
            IdCheckAttempts attempts = lockAttempts(orgId, AuditTrail.DAY.format(now), query.personId());
            if (attempts.locked()) {
                answer = 5;
            } else {
                answer = switch (compare(query)) {
                    case MATCH -> 1;
                    case LOST -> 7;
                    case NO_LONGER_IN_USE -> 6;
                    case MISMATCH -> {
                        int wrong = attempts.countWrong();
                        if (!em.contains(attempts)) {
                            em.persist(attempts);
                        }
                        yield 1 + wrong;
                    }
                };
            }
        }
        audit.record(new AuditEntry(
                caller.userId(),
                orgId,
                address,
                AuditChannel.REST,
                "ID_CARD_CHECK",
                JOB,
                query.personId(),
                caller.token().text("jti", 100),
                null,
                caller.credential().getAgencyAccount(),
                "checkIdCardApply=" + answer,
                answer == 8 || answer == 5 ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS));
        return JSON.createObjectBuilder()
                .add("checkIdCardApply", String.valueOf(answer))
                .build();
    }

    /**
     * Locks the stripe of the company's checks of this ID until the transaction ends, then reads
     * the day's wrong checks as the database has them now (a check on another node may just have
     * counted): a new, not yet persisted counter when there were none.
     */
    private IdCheckAttempts lockAttempts(String orgId, String day, String personId) {
        em.createNamedQuery(IdCheckLock.TAKE, IdCheckLock.class)
                .setParameter("stripe", IdCheckLock.stripeOf(orgId, personId))
                .getSingleResult();
        IdCheckAttempts counted = em.find(
                IdCheckAttempts.class,
                new IdCheckAttempts.Key(orgId, day, personId),
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        return counted != null ? counted : new IdCheckAttempts(orgId, day, personId);
    }

    private CardCheck.Outcome compare(CardQuery query) {
        NationalId id = NationalId.of(query.personId());
        boolean known = register.person(id).isPresent();
        boolean retired = !known && register.retired(id).isPresent();
        return CardCheck.compare(
                known,
                retired,
                known ? register.cards(query.personId()) : List.of(),
                query.applyCode(),
                query.appliedOn(),
                query.site());
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
                clip(refusal.rdCode() + " " + refusal.getMessage(), 400),
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

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
