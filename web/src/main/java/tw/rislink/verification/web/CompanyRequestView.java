package tw.rislink.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.certificate.web.SignedInCertificate;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;
import tw.rislink.verification.boundary.ApiRequests;
import tw.rislink.verification.control.RequestForm;
import tw.rislink.verification.entity.ApiRequest;

/** A company files an API application, a host address change or a suspension; then sees its confirmation. */
@Named
@ViewScoped
public class CompanyRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiRequests requests;

    @Inject
    private SignedInCertificate certificate;

    private ApiRequest.Type type = ApiRequest.Type.APPLICATION;
    private String businessId;
    private String companyName;
    private String hostAddresses;
    private String contactName;
    private String landline;
    private String mobile;
    private String email;
    private String purpose;
    private String legalBasis;
    private String publicKey;
    private boolean consent;
    private ApiRequest submitted;

    /** The company and, by default, the key of the business certificate it signed in with. */
    @PostConstruct
    void prefill() {
        if (certificate.isPresent()) {
            businessId = certificate.getBusinessId();
            companyName = certificate.getCompanyName();
            publicKey = certificate.getPem();
        }
    }

    public void submit() {
        try {
            submitted = requests.submit(
                    type,
                    new RequestForm(
                            businessId,
                            companyName,
                            hostAddresses,
                            contactName,
                            landline,
                            mobile,
                            email,
                            purpose,
                            legalBasis,
                            publicKey,
                            consent),
                    Faces.getRemoteAddr());
        } catch (InvalidForm e) {
            for (InvalidForm.Problem problem : e.problems()) {
                Components.invalidateInput("request:" + problem.field(), Texts.of(problem.reason()));
            }
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
    }

    public ApiRequest.Type[] getTypes() {
        return ApiRequest.Type.values();
    }

    public ApiRequest.Type getType() {
        return type;
    }

    public void setType(ApiRequest.Type type) {
        this.type = type;
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getHostAddresses() {
        return hostAddresses;
    }

    public void setHostAddresses(String hostAddresses) {
        this.hostAddresses = hostAddresses;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getLandline() {
        return landline;
    }

    public void setLandline(String landline) {
        this.landline = landline;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public ApiRequest getSubmitted() {
        return submitted;
    }
}
