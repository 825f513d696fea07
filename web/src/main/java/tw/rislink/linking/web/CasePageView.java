package tw.rislink.linking.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.linking.boundary.LinkingCases;
import tw.rislink.linking.entity.CaseEvent;
import tw.rislink.linking.entity.CaseStatus;
import tw.rislink.linking.entity.LinkingCase;
import tw.rislink.linking.entity.OpenStep;
import tw.rislink.linking.entity.Party;
import tw.rislink.linking.entity.RangePurpose;
import tw.rislink.linking.entity.ReviewAction;
import tw.rislink.linking.entity.Step;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;

/**
 * A linking case's page, for every party of it: what the case asks for, where it stands, its
 * history and documents, and the actions the signed-in user's party may take now. The action
 * comes as the request parameter {@code rlAction} and the service decides whether it may be
 * taken: one posted by hand for another party or a step not waiting is refused with its reason.
 */
@Named
@ViewScoped
public class CasePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LinkingCases cases;

    private Long id;
    private LinkingCases.CaseView view;
    private String remark;
    private final Map<String, String> ranges = new HashMap<>();
    private String hostAddresses;
    private LocalDate linkTestOn;
    private String certificate;
    /** Shown this once, right after DHR issued it; never stored, never serialised with the view. */
    private transient List<LinkingCases.PasswordLine> passwordTable;

    private LocalDateTime passwordTableIssuedAt;

    public void load() {
        if (id == null) {
            Messages.addGlobalError(Texts.get("invalid.linking.unknown", ""));
            return;
        }
        try {
            view = cases.view(id);
        } catch (InvalidInputException e) {
            view = null;
            Messages.addGlobalError(Texts.of(e));
        }
    }

    /** Takes the action named by the request parameter {@code rlAction}. */
    public void act() {
        passwordTable = null;
        if (id == null) {
            Messages.addGlobalError(Texts.get("invalid.linking.unknown", ""));
            return;
        }
        ReviewAction action;
        try {
            action = ReviewAction.valueOf(Faces.getRequestParameter("rlAction"));
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.addGlobalError(Texts.get("invalid.linking.noAction"));
            return;
        }
        try {
            LinkingCases.Outcome outcome = cases.act(
                    id,
                    action,
                    new LinkingCases.ActionInput(remark, purposes(), hostAddresses, linkTestOn, certificate),
                    Faces.getRemoteAddr());
            if (!outcome.passwordTable().isEmpty()) {
                passwordTable = outcome.passwordTable();
                passwordTableIssuedAt = TaiwanTime.now();
            }
            if (outcome.taken() != action) {
                Messages.addGlobalWarn(Texts.get("case.returnedInstead", label(outcome.taken()), outcome.remark()));
            } else {
                Messages.addGlobalInfo(Texts.get("case.done", label(action)));
            }
            remark = null;
        } catch (InvalidForm e) {
            e.problems().forEach(p -> Messages.addGlobalError(Texts.of(p.reason())));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
            String field = field(action);
            if (field != null) {
                FieldMessages.refuseAt("case:" + field, Texts.of(e));
            }
        }
        load();
    }

    private Map<RangePurpose, String> purposes() {
        Map<RangePurpose, String> byPurpose = new EnumMap<>(RangePurpose.class);
        for (RangePurpose purpose : RangePurpose.values()) {
            String text = ranges.get(purpose.name());
            if (text != null) {
                byPurpose.put(purpose, text);
            }
        }
        return byPurpose;
    }

    /** The input an action's refusal concerns, if it carries one. */
    private static String field(ReviewAction action) {
        return switch (action) {
            case ASSIGN_ADDRESSES -> "ranges";
            case CHANGE_ADDRESSES -> "hostAddresses";
            case SCHEDULE_LINK_TEST -> "linkTestOn";
            case SUBMIT_PUBLIC_KEY -> "certificate";
            default -> null;
        };
    }

    public void rotateIssKey() {
        try {
            cases.rotateIssKey(id, certificate, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("case.rotated"));
            certificate = null;
        } catch (InvalidInputException e) {
            Components.invalidateInput("rotation:newCertificate", Texts.of(e));
        }
        load();
    }

    /** DIS may replace the Iss key of a live case that has one. */
    public boolean isRotatable() {
        return view != null
                && view.linkingCase().getStatus() == CaseStatus.LIVE
                && view.linkingCase().getIssKey() != null
                && view.parties().contains(Party.DIS);
    }

    public void reviewSecurityAgreement() {
        try {
            cases.reviewSecurityAgreement(id, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("case.cisoReviewed"));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        load();
    }

    public void approveInternalUse() {
        try {
            cases.approveInternalUse(id, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("case.supervisorApproved"));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        load();
    }

    public String label(ReviewAction action) {
        return Texts.get("linking.action." + action.name());
    }

    /** A history entry's action in the user's language. */
    public String eventLabel(CaseEvent event) {
        String action = event.getAction();
        for (String prefix : List.of("ATTACHED_", "DETACHED_")) {
            if (action.startsWith(prefix)) {
                return Texts.get("linking.event." + prefix.substring(0, prefix.length() - 1)) + " "
                        + Texts.nameOf("linking.kind." + action.substring(prefix.length()), action);
            }
        }
        return Texts.nameOf("linking.action." + action, Texts.nameOf("linking.event." + action, action));
    }

    public boolean isOverdue(OpenStep step) {
        return step.isOverdue(TaiwanTime.now().toLocalDate());
    }

    public boolean offers(String action) {
        return view != null && view.actions().contains(ReviewAction.valueOf(action));
    }

    /** Held by the applicant at submission: the CISO and the supervisor sign it off now. */
    public boolean isDraft() {
        return view != null && view.linkingCase().openStepSet().contains(Step.SUBMISSION);
    }

    public List<ReviewAction> getActions() {
        return view == null ? List.of() : List.copyOf(view.actions());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The applicant's host addresses as typed, comma-separated. */
    public String getHostList() {
        return view == null ? "" : String.join(", ", view.linkingCase().hostAddressList());
    }

    public LinkingCase getLinkingCase() {
        return view == null ? null : view.linkingCase();
    }

    public LinkingCases.CaseView getView() {
        return view;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public Map<String, String> getRanges() {
        return ranges;
    }

    public String getHostAddresses() {
        return hostAddresses;
    }

    public void setHostAddresses(String hostAddresses) {
        this.hostAddresses = hostAddresses;
    }

    public LocalDate getLinkTestOn() {
        return linkTestOn;
    }

    public void setLinkTestOn(LocalDate linkTestOn) {
        this.linkTestOn = linkTestOn;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public List<LinkingCases.PasswordLine> getPasswordTable() {
        return passwordTable;
    }

    public LocalDateTime getPasswordTableIssuedAt() {
        return passwordTableIssuedAt;
    }
}
