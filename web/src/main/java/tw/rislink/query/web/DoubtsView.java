package tw.rislink.query.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.agency.boundary.DataItems;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.LocaleView;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.DataDoubts;
import tw.rislink.query.entity.DataDoubt;
import tw.rislink.query.entity.OnlineResult;

/**
 * Data doubts (資料疑義) for both sides: the officer raises one about a result of the agency
 * (its code, then one of its records and items, and why) and follows the agency's doubts; the
 * Department of Household Registration reads every doubt and answers the open ones.
 */
@Named
@ViewScoped
public class DoubtsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataDoubts doubts;

    @EJB
    private DataItems dataItems;

    @Inject
    private LocaleView locale;

    private String code;
    private OnlineResult result;
    private String recordRef;
    private String itemCode;
    private String reason;
    private List<DataDoubt> list;
    private DataDoubt selected;
    private String answer;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        list = Faces.isUserInRole("DHR_REVIEWER") ? doubts.all() : doubts.ofOwnAgency();
    }

    /** Reads the result of the code typed, so that its records and items can be picked. */
    public void load() {
        result = null;
        try {
            result = doubts.resultOf(code);
            recordRef = result.subjects().isEmpty() ? null : result.subjects().get(0);
            itemCode = result.items().isEmpty() ? null : result.items().get(0);
        } catch (InvalidInputException e) {
            Components.invalidateInput("doubt:code", Texts.of(e));
        }
    }

    public void raise() {
        try {
            DataDoubt raised = doubts.raise(code, recordRef, itemCode, reason, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("doubt.raised", raised.getId()));
            result = null;
            code = null;
            reason = null;
            refresh();
        } catch (InvalidInputException e) {
            Components.invalidateInput(fieldOf(e.key()), Texts.of(e));
        }
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case "invalid.doubt.record" -> "doubt:record";
            case "invalid.doubt.item" -> "doubt:item";
            case "invalid.text.doubtReason" -> "doubt:reason";
            default -> "doubt:code";
        };
    }

    public void select(DataDoubt doubt) {
        selected = doubt;
        answer = null;
    }

    public void answer() {
        if (selected == null) {
            return;
        }
        try {
            DataDoubt answered = doubts.answer(selected.getId(), answer, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("doubt.answered", answered.getId()));
            selected = null;
            answer = null;
            refresh();
        } catch (InvalidInputException e) {
            Components.invalidateInput("review:answer", Texts.of(e));
        }
    }

    /** A data item's name in the view's language, or its code if the catalogue lacks it. */
    public String itemName(String code) {
        try {
            var item = dataItems.find(code);
            return locale.isEnglish() ? item.getNameEn() : item.getNameZh();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** The last day a doubt about the loaded result may be raised, as a ROC date. */
    public String getLastDay() {
        return result == null ? "" : RocDate.format(DataDoubts.lastDay(result.getAskedAt()));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public OnlineResult getResult() {
        return result;
    }

    public String getRecordRef() {
        return recordRef;
    }

    public void setRecordRef(String recordRef) {
        this.recordRef = recordRef;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<DataDoubt> getList() {
        return list;
    }

    public DataDoubt getSelected() {
        return selected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
