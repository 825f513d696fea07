package tw.rislink.query.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.audit.boundary.AuditSearch;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;

/**
 * The officer's own query history (查詢紀錄): the audit records of the officer's e-gate queries,
 * refused ones too, searched with the auditor's filters; a query's verification code opens its
 * print page while the result is kept.
 */
@Named
@ViewScoped
public class QueryHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The code as {@code QueryPurpose.describe} writes it into the record's reason. */
    private static final Pattern CODE = Pattern.compile("\\bcode=(\\S{19})");

    @EJB
    private AuditSearch search;

    private LocalDate from;
    private LocalDate to;
    private String personId;
    private String transactionCode;
    private String caseNumber;
    private List<AuditRecord> records;

    @PostConstruct
    void init() {
        to = TaiwanTime.now().toLocalDate();
        from = to.minusDays(6);
        search();
    }

    public void search() {
        try {
            records = search.ownQueries(
                    new AuditSearch.Criteria(from, to, null, null, personId, transactionCode, caseNumber),
                    Faces.getRemoteAddr());
            if (records.size() >= AuditSearch.MAX_RESULTS) {
                Messages.addGlobalWarn(Texts.get("audit.search.tooMany", AuditSearch.MAX_RESULTS));
            }
        } catch (InvalidInputException e) {
            records = List.of();
            Components.invalidateInput(
                    e.key().equals("invalid.audit.noPeriod") && from == null ? "criteria:from" : "criteria:to",
                    Texts.of(e));
        }
    }

    /** The verification code of a successful query's record, or null. */
    public String codeOf(AuditRecord record) {
        if (record.getReason() == null) {
            return null;
        }
        Matcher m = CODE.matcher(record.getReason());
        return m.find() ? m.group(1) : null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getTransactionCode() {
        return transactionCode;
    }

    public void setTransactionCode(String transactionCode) {
        this.transactionCode = transactionCode;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public List<AuditRecord> getRecords() {
        return records;
    }
}
