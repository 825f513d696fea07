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
import tw.rislink.agency.entity.AgencyViolation;
import tw.rislink.agency.entity.StaffChange;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;

/**
 * The providers' screen (county registration unit and DHR): every linked agency with its
 * standing; recording a violation, with or without suspension; deciding remedies; acknowledging
 * staff changes. The service checks the role of each action; the page only offers them.
 */
@Named
@ViewScoped
public class LinkedAgenciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LinkedAgencies linked;

    private List<AgencyOverview> agencies;
    private String agencyCode;
    private String description;
    private boolean suspend;
    private String reason;

    @PostConstruct
    void load() {
        agencies = linked.all();
    }

    public void recordViolation() {
        try {
            AgencyViolation recorded = linked.recordViolation(agencyCode, description, suspend, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get(
                    suspend ? "violation.recordedSuspended" : "violation.recorded", recorded.getId(), agencyCode));
            description = null;
            suspend = false;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "record:description");
        }
        load();
    }

    public void accept(long id) {
        act(() -> linked.acceptRemedy(id, Faces.getRemoteAddr()), "violation.accepted", id);
    }

    public void refuse(long id) {
        act(() -> linked.refuseRemedy(id, reason, Faces.getRemoteAddr()), "violation.refused", id);
    }

    public void acknowledge(long id) {
        act(() -> linked.acknowledgeStaffChange(id, Faces.getRemoteAddr()), "staff.acknowledged", id);
    }

    private void act(Runnable action, String message, long id) {
        try {
            action.run();
            Messages.addGlobalInfo(Texts.get(message, id));
            reason = null;
        } catch (InvalidInputException e) {
            FieldMessages.refuse(e, "decisions:reason");
        }
        load();
    }

    /** The agencies a violation may be recorded against: those that link or are suspended. */
    public List<AgencyOverview> getRecordable() {
        return agencies.stream()
                .filter(a -> a.standing() != null && a.standing().name().matches("LINKED|SUSPENDED"))
                .toList();
    }

    public List<AgencyViolation> getViolations() {
        return agencies.stream().flatMap(a -> a.violations().stream()).toList();
    }

    public List<StaffChange> getStaffChanges() {
        return agencies.stream().flatMap(a -> a.staffChanges().stream()).toList();
    }

    public List<AgencyOverview> getAgencies() {
        return agencies;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isSuspend() {
        return suspend;
    }

    public void setSuspend(boolean suspend) {
        this.suspend = suspend;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
