package tw.rislink.account.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.boundary.AccountService.SignInFailure;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.Role;
import tw.rislink.platform.web.CurrentUser;
import tw.rislink.platform.web.Texts;

/**
 * Sign-in through the server's security domain (HttpServletRequest.login), with the lockout
 * bookkeeping around it: five wrong passwords in a row lock the account.
 */
@Named
@RequestScoped
public class SignInView {

    private static final Logger LOG = Logger.getLogger(SignInView.class.getName());

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountService accounts;

    private String username;

    private String password;

    public void signIn() throws IOException {
        String name = username.trim();
        // Companies prove who they are with the business certificate (certificate-login.xhtml).
        if (accounts.find(name)
                .filter(a -> a.getRoles().contains(Role.COMPANY_USER))
                .isPresent()) {
            Messages.addGlobalError(Texts.get("signIn.companyUseCertificate"));
            return;
        }
        Optional<AccountStatus> status = accounts.status(name);
        if (status.filter(s -> s == AccountStatus.LOCKED).isPresent()) {
            Messages.addGlobalError(Texts.get("signIn.locked"));
            return;
        }
        if (status.filter(s -> s == AccountStatus.DISABLED).isPresent()) {
            Messages.addGlobalError(Texts.get("signIn.failed"));
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
        } catch (ServletException e) {
            SignInFailure failure = accounts.recordFailedSignIn(name, request.getRemoteAddr());
            // The typed name is logged without control characters, so it cannot forge log lines.
            String logged = name.replaceAll("\\p{Cntrl}", "?");
            LOG.info(() -> "Sign-in refused for user name \"" + logged + "\" from " + request.getRemoteAddr());
            Messages.addGlobalError(Texts.get(failure == SignInFailure.LOCKED ? "signIn.locked" : "signIn.failed"));
            return;
        } finally {
            password = null;
        }
        // A new session id after sign-in, so that an id planted before it is worthless.
        request.changeSessionId();
        accounts.recordSuccessfulSignIn(name, request.getRemoteAddr());
        Faces.redirect(request.getContextPath() + currentUser.getHomeViewId());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
