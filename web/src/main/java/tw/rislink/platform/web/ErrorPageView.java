package tw.rislink.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** The HTTP status of an error page whose cause is the request, not the server. */
@Named
@RequestScoped
public class ErrorPageView {

    /**
     * Answers with the given status instead of the 500 that an exception's error page gets, e.g.
     * 400 for an expired or forged view. An ajax request keeps 200: the ajax engine renders no
     * partial response of another status, and the user would see nothing at all.
     */
    public void answer(int status) {
        if (!Faces.isAjaxRequest()) {
            Faces.setResponseStatus(status);
        }
    }
}
