package tw.rislink.query.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.OnlineResults;

/**
 * The verification page (驗證碼查驗) for every signed-in government user: a code from a printout
 * is confirmed with who asked, when, which transaction and the answer's digest, never the answer.
 */
@Named
@ViewScoped
public class CodeVerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OnlineResults results;

    private String code;
    private OnlineResults.Confirmation confirmation;

    public void check() {
        confirmation = results.confirm(code, Faces.getRemoteAddr()).orElse(null);
        if (confirmation == null) {
            Components.invalidateInput("verify:code", Texts.get("egate.verify.unknown"));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public OnlineResults.Confirmation getConfirmation() {
        return confirmation;
    }
}
