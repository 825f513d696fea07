package tw.rislink.certificate.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The business certificate the company signed in with, for the request form: by default the
 * key that will verify the company's API calls is the certificate's own.
 */
@Named
@SessionScoped
public class SignedInCertificate implements Serializable {

    private static final long serialVersionUID = 1L;

    private String businessId;
    private String companyName;
    private String pem;

    void set(String businessId, String companyName, String pem) {
        this.businessId = businessId;
        this.companyName = companyName;
        this.pem = pem;
    }

    public boolean isPresent() {
        return pem != null;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getPem() {
        return pem;
    }
}
