package tw.rislink.query.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.CurrentUser;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.RegisterQueries;
import tw.rislink.query.control.Answer;
import tw.rislink.query.control.Condition;
import tw.rislink.query.control.QueryPurpose;
import tw.rislink.query.control.QueryRefusal;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.entity.OnlineResult;

/**
 * The electronic-gate workbench (電子閘門): an officer of an agency approved for the e-gate
 * channel picks a transaction the agency may use, states the case number or reason and the
 * business item, and asks. The answer shows the approved items only, under a watermark naming
 * the officer, the agency and the time, with the verification code it was kept under.
 */
@Named
@ViewScoped
public class WorkbenchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which fields each transaction asks for: person, household, either of them, or the statistics' three. */
    enum Asks {
        PERSON,
        HOUSEHOLD,
        PERSON_OR_HOUSEHOLD,
        STATISTICS
    }

    private static final Map<Transaction, Asks> ASKS = Map.of(
            Transaction.RQ01, Asks.PERSON_OR_HOUSEHOLD,
            Transaction.RQ02, Asks.PERSON,
            Transaction.RQ04, Asks.PERSON,
            Transaction.RQ07, Asks.HOUSEHOLD,
            Transaction.RQ08, Asks.PERSON,
            Transaction.RQ14, Asks.PERSON_OR_HOUSEHOLD,
            Transaction.PH01, Asks.PERSON,
            Transaction.MS01, Asks.PERSON,
            Transaction.ST01, Asks.STATISTICS);

    private static final String FORM = "query:";

    @EJB
    private RegisterQueries queries;

    @Inject
    private CurrentUser currentUser;

    private List<Transaction> transactions;
    private Transaction transaction;
    private String personId;
    private String householdNumber;
    private String period;
    private String areaCode;
    private String level;
    private String caseNumber;
    private String reason;
    private String businessItem;
    private Shown shown;

    /** What the page keeps of an answer: its sections and the kept result's facts. */
    public record Shown(
            String code,
            String transaction,
            String askedAt,
            String expiresAt,
            String digest,
            int records,
            String watermark,
            List<AnswerSections.Section> sections)
            implements Serializable {

        /** A kept result and its answer as the officer who asked sees them (watermarked with the officer). */
        static Shown of(OnlineResult result, Answer answer, UserAccount officer) {
            return new Shown(
                    result.getCode(),
                    result.getTransactionCode(),
                    RocDate.format(result.getAskedAt()),
                    RocDate.format(result.getExpiresAt()),
                    result.getAnswerDigest(),
                    result.getRecordCount(),
                    Watermark.of(officer, result.getAskedAt()),
                    AnswerSections.of(answer));
        }
    }

    @PostConstruct
    void init() {
        transactions = queries.eGateTransactions();
        if (!transactions.isEmpty()) {
            transaction = transactions.get(0);
        }
    }

    public void ask() {
        shown = null;
        if (transaction == null || !transactions.contains(transaction)) {
            Components.invalidateInput(FORM + "transaction", Texts.get("egate.noTransaction"));
            return;
        }
        Condition condition = condition();
        if (condition == null) {
            return;
        }
        QueryPurpose purpose;
        try {
            purpose = new QueryPurpose(caseNumber, reason, businessItem);
        } catch (InvalidInputException e) {
            Components.invalidateInput(FORM + purposeField(e.key()), Texts.of(e));
            return;
        }
        try {
            RegisterQueries.Shown answer = queries.overEGate(transaction, condition, purpose, Faces.getRemoteAddr());
            shown = Shown.of(answer.result(), answer.answer(), currentUser.getAccount());
        } catch (QueryRefusal refused) {
            queries.auditRefusal(AuditChannel.SCREEN, Faces.getRemoteAddr(), transaction.name(), refused);
            Messages.addGlobalError(Texts.get("egate.refused." + refused.rule().name()));
        }
    }

    /** The fields the transaction needs, each checked at its own input; null when one is missing. */
    private Condition condition() {
        Asks asks = ASKS.get(transaction);
        return switch (asks) {
            case PERSON -> blank(personId) ? missing("personId") : Condition.ofPerson(personId);
            case HOUSEHOLD ->
                blank(householdNumber) ? missing("householdNumber") : Condition.ofHousehold(householdNumber);
            case PERSON_OR_HOUSEHOLD -> {
                if (blank(personId) == blank(householdNumber)) {
                    Components.invalidateInput(FORM + "personId", Texts.get("egate.personOrHousehold"));
                    yield null;
                }
                yield blank(personId) ? Condition.ofHousehold(householdNumber) : Condition.ofPerson(personId);
            }
            case STATISTICS -> {
                if (blank(period)) {
                    yield missing("period");
                }
                yield blank(areaCode) ? missing("areaCode") : Condition.ofStatistics(period, areaCode, level);
            }
        };
    }

    private static Condition missing(String field) {
        Components.invalidateInput(FORM + field, Texts.get("egate.required." + field));
        return null;
    }

    /** The purpose field a QueryPurpose refusal belongs to (the file jobs' page names its fields alike). */
    static String purposeField(String key) {
        return switch (key) {
            case "invalid.egate.reason" -> "reason";
            case "invalid.egate.businessItem" -> "businessItem";
            default -> "caseNumber";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean asks(String what) {
        return transaction != null && ASKS.get(transaction).name().contains(what);
    }

    public List<Transaction> getTransactions() {
        return transactions;
    }

    public String transactionLabel(Transaction t) {
        return t.name() + " " + Texts.get("egate.transaction." + t.name());
    }

    public Transaction getTransaction() {
        return transaction;
    }

    public void setTransaction(Transaction transaction) {
        this.transaction = transaction;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getBusinessItem() {
        return businessItem;
    }

    public void setBusinessItem(String businessItem) {
        this.businessItem = businessItem;
    }

    public Shown getShown() {
        return shown;
    }
}
