package tw.rislink.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.omnifaces.util.Messages;
import tw.rislink.audit.boundary.AuditVerification;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.web.Texts;

/** Checks the audit chains of a range of days (today by default) and shows what it found. */
@Named
@RequestScoped
public class AuditVerifyView {

    /** The longest range one request verifies; longer checks belong to a batch job. */
    static final int MAX_DAYS = 31;

    @EJB
    private AuditVerification verification;

    private LocalDate from;
    private LocalDate to;
    private VerificationReport report;

    @PostConstruct
    void today() {
        from = TaiwanTime.now().toLocalDate();
        to = from;
    }

    public void verify() {
        if (to.isBefore(from)) {
            Messages.addGlobalError(Texts.get("audit.verify.rangeReversed"));
            return;
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            Messages.addGlobalError(Texts.get("audit.verify.rangeTooLong", MAX_DAYS));
            return;
        }
        report = verification.verify(from, to);
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

    public VerificationReport getReport() {
        return report;
    }

    /** That the range verified holds no records yet, naming it. */
    public String getEmptySummary() {
        return Texts.get("audit.verify.emptySummary", RocDate.format(report.from()), RocDate.format(report.to()));
    }

    /** {@code empty} (no records in the range), {@code intact} or {@code broken}. */
    public String getVerdict() {
        if (report == null) {
            return null;
        }
        return report.noRecords() ? "empty" : report.intact() ? "intact" : "broken";
    }
}
