package tw.rislink.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.account.entity.Role;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;
import tw.rislink.verification.boundary.ApiOversight;
import tw.rislink.verification.boundary.CompanyRegistries;
import tw.rislink.verification.entity.AbnormalUseCase;

/**
 * Abnormal-use cases: the company sees its own, explains and, once revoked, proposes an
 * improvement plan; MOI sees all, accepts or refuses explanations and plans, and can run the
 * detection at once. The service checks the role of each action; the page only offers them.
 */
@Named
@ViewScoped
public class CasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiOversight oversight;

    @EJB
    private CompanyRegistries registries;

    @Inject
    private HttpServletRequest request;

    private List<AbnormalUseCase> cases;
    private String text;

    @PostConstruct
    void load() {
        cases = request.isUserInRole(Role.MOI_API_REVIEWER.name()) ? oversight.all() : oversight.mine();
    }

    public void explain(long id) {
        act(() -> oversight.explain(id, text, Faces.getRemoteAddr()), "cases.explained", id);
    }

    public void proposePlan(long id) {
        act(() -> oversight.proposePlan(id, text, Faces.getRemoteAddr()), "cases.planProposed", id);
    }

    public void accept(long id) {
        act(() -> oversight.accept(id, Faces.getRemoteAddr()), "cases.accepted", id);
    }

    public void refuse(long id) {
        act(() -> oversight.refuse(id, text, Faces.getRemoteAddr()), "cases.refused", id);
    }

    public void acceptPlan(long id) {
        act(() -> oversight.acceptPlan(id, Faces.getRemoteAddr()), "cases.planAccepted", id);
    }

    public void refusePlan(long id) {
        act(() -> oversight.refusePlan(id, text, Faces.getRemoteAddr()), "cases.planRefused", id);
    }

    public void scanNow() {
        Messages.addGlobalInfo(Texts.get("cases.scanned", oversight.scanNow()));
        load();
    }

    private void act(Runnable action, String message, long id) {
        try {
            action.run();
            Messages.addGlobalInfo(Texts.get(message, id));
            text = null;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "cases:text");
        }
        load();
    }

    /** False when the yearly company-registry check has no source: MOI sees it did not and will not revoke anyone. */
    public boolean isRegistryConfigured() {
        return registries.status().configured();
    }

    public List<AbnormalUseCase> getCases() {
        return cases;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
