package tw.rislink.query.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.MailService;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.query.control.StoredAnswer;
import tw.rislink.query.entity.DataDoubt;
import tw.rislink.query.entity.OnlineResult;
import tw.rislink.verification.control.RequestForm;

/**
 * Doubts about received data (DOMAIN.md §4 §16). The officer who received a result raises one
 * within 7 days of it: the result's code, a record of it (a person or household it was
 * about) and an item it carried, and why. The Department of Household Registration investigates
 * and answers once, under the doubt's row lock; the officer who raised it is mailed after commit.
 * The agency's officers and DHR see the case and its outcome; each step is audited.
 */
@Stateless
@RunAs(Role.SYSTEM)
@RolesAllowed(Role.SYSTEM)
public class DataDoubts {

    /** DOMAIN.md §4 §16: a doubt is raised within 7 days of receiving the data. */
    public static final int WINDOW_DAYS = 7;

    private static final String OFFICER = "APPLICANT_OFFICER";
    private static final String DHR = "DHR_REVIEWER";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    @EJB
    private MailService mail;

    @Resource
    private SessionContext context;

    /** The last day a doubt about a result received at that time may be raised. */
    public static LocalDate lastDay(LocalDateTime received) {
        return received.toLocalDate().plusDays(WINDOW_DAYS);
    }

    /**
     * The result a doubt would be about, for the form: one the caller received (the records it was
     * about are no colleague's business, as its answer is not: OnlineResults.open).
     *
     * @throws InvalidInputException when the caller received no result of that code
     */
    @RolesAllowed(OFFICER)
    public OnlineResult resultOf(String typedCode) {
        String code = StoredAnswer.normalCode(typedCode);
        String user = caller();
        return em.createNamedQuery(OnlineResult.BY_CODE, OnlineResult.class)
                .setParameter("code", code == null ? "" : code)
                .getResultStream()
                .filter(r -> r.getUserName().equals(user))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "invalid.doubt.unknownResult", "The caller received no result with the code " + typedCode));
    }

    /**
     * @throws InvalidInputException when the result is not the agency's, the 7 days are over, the
     *     record or item is not the result's, or the reason is missing or too long
     */
    @RolesAllowed(OFFICER)
    public DataDoubt raise(String code, String recordRef, String itemCode, String reason, String address) {
        OnlineResult result = resultOf(code);
        LocalDateTime now = TaiwanTime.now();
        LocalDate last = lastDay(result.getAskedAt());
        if (now.toLocalDate().isAfter(last)) {
            throw new InvalidInputException(
                    "invalid.doubt.late",
                    "A doubt is raised within " + WINDOW_DAYS + " days of the result: the last day for "
                            + result.getCode() + " was " + last,
                    WINDOW_DAYS,
                    RocDate.format(last));
        }
        if (recordRef == null || !result.subjects().contains(recordRef.strip())) {
            throw new InvalidInputException(
                    "invalid.doubt.record", "The result " + result.getCode() + " holds no record " + recordRef);
        }
        if (itemCode == null || !result.items().contains(itemCode.strip())) {
            throw new InvalidInputException(
                    "invalid.doubt.item", "The result " + result.getCode() + " carried no item " + itemCode);
        }
        String why = RequestForm.required(
                reason, 1000, "invalid.text.doubtReason", "A doubt needs its reason, of at most 1000 characters");
        DataDoubt doubt = new DataDoubt(result, caller(), now, recordRef.strip(), itemCode.strip(), why);
        em.persist(doubt);
        em.flush();
        audit.record(new AuditEntry(
                caller(),
                result.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                "DOUBT_RAISED",
                result.getTransactionCode(),
                doubt.getRecordRef(),
                result.getCaseNumber(),
                "doubt #" + doubt.getId() + " code=" + result.getCode() + " item=" + doubt.getItemCode(),
                null,
                doubt.getItemCode(),
                AuditOutcome.SUCCESS));
        return doubt;
    }

    /** The doubts of the caller's agency, newest first. */
    @RolesAllowed(OFFICER)
    public List<DataDoubt> ofOwnAgency() {
        return em.createNamedQuery(DataDoubt.OF_AGENCY, DataDoubt.class)
                .setParameter("agency", accounts.agencyCodeOf(caller()))
                .getResultList();
    }

    /** Every doubt, open ones first, for the provider. */
    @RolesAllowed(DHR)
    public List<DataDoubt> all() {
        return em.createNamedQuery(DataDoubt.ALL, DataDoubt.class)
                .setMaxResults(1000)
                .getResultList();
    }

    /**
     * The provider's answer, once: decided under the doubt's row lock, so two reviewers answering
     * at once leave one answer and the other is told.
     *
     * @throws InvalidInputException when the doubt is unknown or answered, or the text is missing or too long
     */
    @RolesAllowed(DHR)
    public DataDoubt answer(long id, String text, String address) {
        String answer = RequestForm.required(
                text, 2000, "invalid.text.doubtAnswer", "An answer of at most 2000 characters is required");
        DataDoubt doubt = em.find(DataDoubt.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (doubt == null) {
            throw new InvalidInputException("invalid.doubt.unknown", "There is no doubt #" + id, id);
        }
        if (doubt.getStatus() != DataDoubt.Status.OPEN) {
            throw new InvalidInputException("invalid.doubt.answered", "Doubt #" + id + " is answered already", id);
        }
        doubt.answer(caller(), TaiwanTime.now(), answer);
        OnlineResult result = doubt.getResult();
        mail.send(
                accounts.find(doubt.getRaisedBy()).map(UserAccount::getEmail).orElse(null),
                "[rislink] 資料疑義 #" + id + " 已答復 / Doubt #" + id + " answered",
                "資料疑義 #" + id + "（驗證碼 " + result.getCode() + "，" + doubt.getRecordRef() + " 的 "
                        + doubt.getItemCode() + "）已由提供機關答復：\n\n" + answer + "\n\n"
                        + "Doubt #" + id + " (code " + result.getCode() + ") has been answered; see 資料疑義 in rislink.");
        audit.record(new AuditEntry(
                caller(),
                doubt.getAgencyCode(),
                address,
                AuditChannel.SCREEN,
                "DOUBT_ANSWERED",
                result.getTransactionCode(),
                doubt.getRecordRef(),
                result.getCaseNumber(),
                "doubt #" + id + " code=" + result.getCode(),
                null,
                doubt.getItemCode(),
                AuditOutcome.SUCCESS));
        return doubt;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
