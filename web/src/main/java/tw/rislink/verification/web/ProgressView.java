package tw.rislink.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import tw.rislink.verification.boundary.ApiRequests;
import tw.rislink.verification.entity.ApiRequest;

/** The company's requests with their status, review time and result, and the Iss key once approved. */
@Named
@RequestScoped
public class ProgressView {

    @EJB
    private ApiRequests requests;

    private List<ApiRequest> mine;

    @PostConstruct
    void load() {
        mine = requests.mine();
    }

    public List<ApiRequest> getRequests() {
        return mine;
    }
}
