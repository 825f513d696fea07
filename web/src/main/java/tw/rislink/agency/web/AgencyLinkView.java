package tw.rislink.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.agency.boundary.AgencyOverview;
import tw.rislink.agency.boundary.LinkedAgencies;
import tw.rislink.agency.entity.AgencyTermination;
import tw.rislink.agency.entity.StaffChange;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;

/**
 * The linked agency's own screen (officer and supervisor): its standing and permissions, its
 * violations with the remedy form, the staff change report and the termination notice.
 */
@Named
@ViewScoped
public class AgencyLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LinkedAgencies linked;

    private AgencyOverview mine;
    private String remedy;
    private StaffChange.Kind kind = StaffChange.Kind.OFFICER;
    private String previousName;
    private String newName;

    @PostConstruct
    void load() {
        mine = linked.mine();
    }

    public void submitRemedy(long id) {
        try {
            linked.submitRemedy(id, remedy, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("link.remedySubmitted", id));
            remedy = null;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "remedies:remedy");
        }
        load();
    }

    public void reportStaffChange() {
        try {
            StaffChange change = linked.reportStaffChange(kind, previousName, newName, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("staff.reported", RocDate.format(change.getDueOn())));
            previousName = null;
            newName = null;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "staff:newName");
        }
        load();
    }

    public void requestTermination() {
        try {
            AgencyTermination termination = linked.requestTermination(Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("termination.requested", RocDate.format(termination.getEffectiveOn())));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        load();
    }

    /** Whether the agency may still act (report, remedy, give notice): it links or is suspended. */
    public boolean isActive() {
        return mine.standing() != null && mine.standing().name().matches("LINKED|SUSPENDED");
    }

    public List<StaffChange.Kind> getKinds() {
        return List.of(StaffChange.Kind.values());
    }

    public AgencyOverview getMine() {
        return mine;
    }

    public String getRemedy() {
        return remedy;
    }

    public void setRemedy(String remedy) {
        this.remedy = remedy;
    }

    public StaffChange.Kind getKind() {
        return kind;
    }

    public void setKind(StaffChange.Kind kind) {
        this.kind = kind;
    }

    public String getPreviousName() {
        return previousName;
    }

    public void setPreviousName(String previousName) {
        this.previousName = previousName;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
