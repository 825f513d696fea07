package tw.rislink.linking.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import tw.rislink.linking.boundary.LinkingCases;
import tw.rislink.linking.entity.LinkingCase;
import tw.rislink.platform.web.Texts;

/**
 * The work queue on the home page of every party of the linking procedure: the cases waiting for
 * the signed-in user, the earliest deadline first, overdue ones flagged; the applicant agency's
 * own cases besides.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles whose home page has a linking queue. */
    private static final Set<String> QUEUE_ROLES = Set.of(
            "APPLICANT_OFFICER",
            "CISO",
            "AGENCY_SUPERVISOR",
            "LOCAL_REGISTRATION",
            "DHR_REVIEWER",
            "DIS_ENGINEER",
            "TELECOM");

    private static final Set<String> AGENCY_ROLES = Set.of("APPLICANT_OFFICER", "CISO", "AGENCY_SUPERVISOR");

    @EJB
    private LinkingCases cases;

    private List<LinkingCases.QueueEntry> queue;
    private List<LinkingCases.QueueEntry> filtered;
    private List<LinkingCase> mine;

    @PostConstruct
    void load() {
        if (QUEUE_ROLES.stream().anyMatch(Faces::isUserInRole)) {
            queue = cases.queue();
        }
        if (AGENCY_ROLES.stream().anyMatch(Faces::isUserInRole)) {
            mine = cases.ofMyAgency();
        }
    }

    public boolean isShown() {
        return queue != null;
    }

    public boolean isAgency() {
        return mine != null;
    }

    public List<LinkingCases.QueueEntry> getQueue() {
        return queue;
    }

    public List<LinkingCases.QueueEntry> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<LinkingCases.QueueEntry> filtered) {
        this.filtered = filtered;
    }

    public List<LinkingCase> getMine() {
        return mine;
    }

    public String getOverdueText() {
        return Texts.get("queue.overdueCount", getOverdueCount());
    }

    public long getOverdueCount() {
        return queue == null
                ? 0
                : queue.stream().filter(LinkingCases.QueueEntry::overdue).count();
    }
}
