package tw.rislink.account.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.boundary.AccountService.SignInOutcome;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.web.CurrentUser;
import tw.rislink.platform.web.ReturnPath;
import tw.rislink.platform.web.Texts;
import tw.rislink.register.entity.BusinessId;

/**
 * Sign-in through the server's security domain (HttpServletRequest.login), decided and counted
 * by {@link AccountService#signIn}: five wrong passwords in a row lock the account. Unknown
 * names, disabled accounts and wrong passwords get the same answers after the same work. After
 * sign-in the user returns to the page they asked for (ReturnPath), or to their home page.
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

    private String next;

    public void signIn() throws IOException {
        String name = username.trim();
        // Companies prove who they are with the business certificate (certificate-login.xhtml).
        // Told for every valid business ID, registered or not: business IDs are public, but
        // whether a company has an account here is not the sign-in page's to say.
        if (isBusinessId(name)) {
            Messages.addGlobalError(Texts.get("signIn.companyUseCertificate"));
            return;
        }
        String typed = password;
        password = null;
        String address = request.getRemoteAddr();
        accounts.endLapsedLock(name);
        SignInOutcome outcome;
        try {
            outcome = accounts.signIn(name, address, () -> login(name, typed));
        } catch (RuntimeException e) {
            // The realm may have signed the session in before the sign-in's transaction failed
            // (the audit record, the commit): unrecorded, it must not stay signed in.
            if (request.getUserPrincipal() != null) {
                logout();
            }
            throw e;
        }
        if (outcome.result() != SignInOutcome.Result.SIGNED_IN) {
            if (request.getUserPrincipal() != null) {
                logout();
            }
            // Not the typed name: it may be a password typed into the wrong field.
            LOG.info(() -> "Sign-in refused from " + address);
            Messages.addGlobalError(
                    outcome.result() == SignInOutcome.Result.LOCKED
                            ? Texts.get("signIn.locked", RocDate.format(outcome.lockedUntil()))
                            : Texts.get("signIn.failed"));
            return;
        }
        // A new session id after sign-in, so that an id planted before it is worthless.
        request.changeSessionId();
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .redirect(ReturnPath.afterSignIn(request, next, currentUser.getHomeViewId()));
    }

    private boolean login(String name, String typed) {
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, typed);
            return true;
        } catch (ServletException e) {
            return false;
        }
    }

    private void logout() {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("Could not undo a sign-in that was refused", e);
        }
    }

    private static boolean isBusinessId(String name) {
        try {
            BusinessId.of(name);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
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

    /** The page to return to: the one the FORM mechanism forwarded from, or what the form posted back. */
    public String getNext() {
        if (next == null) {
            next = ReturnPath.requested(request);
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
