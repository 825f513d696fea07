package tw.rislink.query.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.web.CurrentUser;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.OnlineResults;

/**
 * The printer-friendly page of one of the officer's own results ({@code ?code=}): the answer
 * with its watermark, code and digest, until the result's retention ends; after that it says
 * the result has expired, and for anyone else's code that there is no such result.
 */
@Named
@ViewScoped
public class ResultPrintView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OnlineResults results;

    @Inject
    private CurrentUser currentUser;

    private String code;
    private WorkbenchView.Shown shown;

    /** The view action: opens the result once, when the page is first rendered. */
    public void open() {
        OnlineResults.Opened opened = results.open(code, Faces.getRemoteAddr());
        switch (opened.status()) {
            case SHOWN -> shown = WorkbenchView.Shown.of(opened.result(), opened.answer(), currentUser.getAccount());
            case EXPIRED ->
                Messages.addGlobalWarn(Texts.get(
                        "egate.print.expired",
                        opened.result().getCode(),
                        RocDate.format(opened.result().getExpiresAt())));
            case NOT_FOUND -> Messages.addGlobalError(Texts.get("egate.print.notFound"));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public WorkbenchView.Shown getShown() {
        return shown;
    }

    public List<AnswerSections.Section> getSections() {
        return shown == null ? List.of() : shown.sections();
    }
}
