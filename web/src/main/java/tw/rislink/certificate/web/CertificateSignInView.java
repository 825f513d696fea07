package tw.rislink.certificate.web;

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
import tw.rislink.certificate.boundary.CertificateSignIn;
import tw.rislink.platform.web.CurrentUser;
import tw.rislink.platform.web.ReturnPath;
import tw.rislink.platform.web.Texts;

/**
 * The company sign-in page: the business ID and the card's PIN are typed, the card's signing
 * component signs the challenge in the browser (the PIN never reaches the server), and the
 * server checks the signature and the certificate before signing the company in.
 */
@Named
@RequestScoped
public class CertificateSignInView {

    private static final Logger LOG = Logger.getLogger(CertificateSignInView.class.getName());

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignInChallenge challenges;

    @Inject
    private SignedInCertificate signedIn;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private CertificateSignIn signIn;

    private String businessId;
    private String certificate;
    private String signature;
    private String next;

    public void signIn() throws IOException {
        Optional<String> current = challenges.take(Faces.getRequestParameter("challenge"));
        if (current.isEmpty()) {
            Messages.addGlobalError(Texts.get("certSignIn.refused.CHALLENGE_EXPIRED"));
            return;
        }
        String address = request.getRemoteAddr();
        CertificateSignIn.Outcome outcome = signIn.check(current.get(), certificate, signature, businessId, address);
        if (outcome.grant().isEmpty()) {
            Messages.addGlobalError(Texts.get("certSignIn.refused." + outcome.refusal()));
            return;
        }
        CertificateSignIn.Grant grant = outcome.grant().get();
        boolean done = false;
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(grant.username(), grant.secret());
            done = true;
        } catch (ServletException e) {
            LOG.warning(() -> "The security domain refused the one-time secret of " + grant.username() + ": " + e);
            // Another sign-in of the same company in the same instant can take the secret's place.
            Messages.addGlobalError(Texts.get("certSignIn.retry"));
        } finally {
            signIn.used(grant.username(), done, address);
        }
        if (done) {
            request.changeSessionId();
            signedIn.set(grant.username(), grant.companyName(), grant.certificatePem());
            Faces.getExternalContext().redirect(ReturnPath.afterSignIn(request, next, currentUser.getHomeViewId()));
        }
    }

    /**
     * A new challenge for the page being shown. Read once, where the page writes it: not a
     * property of an input, whose getter JSF also calls while it processes a postback.
     */
    public String getNewChallenge() {
        return challenges.issue();
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    /** The page to return to, passed on by the password sign-in page that a deep link was forwarded to. */
    public String getNext() {
        if (next == null) {
            next = ReturnPath.of(Faces.getRequestParameter("next")).orElse("");
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
