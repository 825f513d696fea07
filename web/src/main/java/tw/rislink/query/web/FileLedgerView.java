package tw.rislink.query.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Components;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.FileJobs;
import tw.rislink.query.entity.FileJob;

/** The auditors' view of the file ledger (登記表, DOMAIN.md §7): every agency's files received in a period. */
@Named
@ViewScoped
public class FileLedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FileJobs jobs;

    private LocalDate from;
    private LocalDate to;
    private List<FileJob> list;

    @PostConstruct
    void init() {
        to = TaiwanTime.now().toLocalDate();
        from = to.minusMonths(1);
        search();
    }

    public void search() {
        if (from == null || to == null || to.isBefore(from)) {
            Components.invalidateInput("period:from", Texts.get("invalid.bulk.ledger.period"));
            return;
        }
        list = jobs.ledger(from, to);
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

    public List<FileJob> getList() {
        return list;
    }
}
