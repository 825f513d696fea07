package tw.rislink.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;
import tw.rislink.verification.boundary.ApiRequests;
import tw.rislink.verification.entity.ApiRequest;

/**
 * The company's requests with their status, review time and result, and the Iss key once
 * approved; where MOI asked for more information, the company answers it here by the deadline.
 */
@Named
@ViewScoped
public class ProgressView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiRequests requests;

    private List<ApiRequest> mine;
    private String answer;

    @PostConstruct
    void load() {
        mine = requests.mine();
    }

    public void answer(long id) {
        try {
            requests.answer(id, answer, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("progress.answered", id));
            answer = null;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "progress:answer");
        }
        load();
    }

    public List<ApiRequest> getRequests() {
        return mine;
    }

    public boolean isWaitingForAnswer() {
        return mine.stream().anyMatch(r -> r.getStatus() == ApiRequest.Status.MORE_INFO);
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
