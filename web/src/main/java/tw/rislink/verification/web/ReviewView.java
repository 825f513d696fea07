package tw.rislink.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;
import tw.rislink.verification.boundary.ApiRequests;
import tw.rislink.verification.entity.ApiRequest;

/** MOI's queue of companies' requests, earliest deadline first, with approve, reject and ask for more. */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiRequests requests;

    private List<ApiRequest> queue;
    private String note;

    @PostConstruct
    void load() {
        queue = requests.queue();
    }

    public void approve(long id) {
        act(() -> requests.approve(id, Faces.getRemoteAddr()), "review.approved", id);
    }

    public void reject(long id) {
        act(() -> requests.reject(id, note, Faces.getRemoteAddr()), "review.rejected", id);
    }

    public void askForMore(long id) {
        act(() -> requests.askForMore(id, note, Faces.getRemoteAddr()), "review.askedForMore", id);
    }

    private void act(Runnable action, String message, long id) {
        try {
            action.run();
            Messages.addGlobalInfo(Texts.get(message, id));
            note = null;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "review:note");
        }
        load();
    }

    public boolean isLate(ApiRequest request) {
        LocalDate today = TaiwanTime.now().toLocalDate();
        return request.isOverdue() || request.getDueOn().isBefore(today);
    }

    public List<ApiRequest> getQueue() {
        return queue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
