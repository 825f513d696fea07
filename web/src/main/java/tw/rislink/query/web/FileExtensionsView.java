package tw.rislink.query.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.FileJobs;
import tw.rislink.query.entity.FileJob;

/** DHR's decisions on the agencies' requests to keep a result file past its due date (§17). */
@Named
@ViewScoped
public class FileExtensionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FileJobs jobs;

    private List<FileJob> list;

    @PostConstruct
    void init() {
        list = jobs.pendingExtensions();
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void refuse(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            jobs.decideExtension(id, approve, Faces.getRemoteAddr());
            Messages.addGlobalInfo(
                    Texts.get(approve ? "bulk.extension.approvedInfo" : "bulk.extension.refusedInfo", id));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        list = jobs.pendingExtensions();
    }

    public List<FileJob> getList() {
        return list;
    }
}
