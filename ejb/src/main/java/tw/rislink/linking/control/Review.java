package tw.rislink.linking.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import tw.rislink.linking.entity.CaseStatus;
import tw.rislink.linking.entity.Party;
import tw.rislink.linking.entity.ReviewAction;
import tw.rislink.linking.entity.Step;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A linking case's place in the review: its status and the steps now waiting for someone. One
 * step waits at a time, except between DHR's reply and the link test, where item registration
 * (8), the firewall (9), the carrier's VPN and circuit (10, 15) and the key chain (11–14) run side
 * by side and the link test waits for all of them, and at go-live, where both sides confirm.
 * Immutable: {@link #apply} answers the next state or refuses the action, naming why.
 */
public record Review(CaseStatus status, Set<Step> open) {

    /** The steps of the parallel part (8–15); the link test date is open once none of them is. */
    private static final Set<Step> BRANCH_STEPS = EnumSet.of(
            Step.ITEM_REGISTRATION,
            Step.FIREWALL,
            Step.VPN_SETUP,
            Step.CIRCUIT,
            Step.KEY_SUBMISSION,
            Step.KEY_RELAY_LOCAL,
            Step.KEY_RELAY_DHR,
            Step.ISS_KEY);

    private static final Set<Step> GO_LIVE = EnumSet.of(Step.GO_LIVE_LOCAL, Step.GO_LIVE_APPLICANT);

    public Review {
        open = open.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(open));
        if (status.ended() != open.isEmpty()) {
            throw new IllegalArgumentException(status + " with open steps " + open);
        }
    }

    /** A new application, being prepared by the applicant. */
    public static Review draft() {
        return new Review(CaseStatus.IN_REVIEW, EnumSet.of(Step.SUBMISSION));
    }

    /**
     * Why an action cannot be taken now: a reason a screen says in its user's language (key
     * {@code invalid.review.<reason>}), and an English message for logs.
     */
    public static final class Refused extends InvalidInputException {

        private static final long serialVersionUID = 1L;

        /**
         * NOT_OPEN: the action's step is not waiting; ENDED: the case is over; NOT_ON_ROUTE: the
         * channel skips the step; NOT_YOUR_STEP: another party takes the action.
         */
        public enum Reason {
            NOT_OPEN,
            ENDED,
            NOT_ON_ROUTE,
            NOT_YOUR_STEP
        }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(key(reason), message);
            this.reason = reason;
        }

        private static String key(Reason reason) {
            return switch (reason) {
                case NOT_OPEN -> "invalid.review.notOpen";
                case ENDED -> "invalid.review.ended";
                case NOT_ON_ROUTE -> "invalid.review.notOnRoute";
                case NOT_YOUR_STEP -> "invalid.review.notYourStep";
            };
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The actions {@code party} may take now on this route: what its case page offers. */
    public Set<ReviewAction> actionsFor(Party party, Route route) {
        Set<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
        for (ReviewAction action : ReviewAction.values()) {
            if (action.party() == party && refusal(action, party, route) == null) {
                actions.add(action);
            }
        }
        return actions;
    }

    /**
     * The state after {@code party} takes {@code action}.
     *
     * @throws Refused when the action is not {@code party}'s, its step is not open, the case has
     *     ended, or the route skips the step
     */
    public Review apply(ReviewAction action, Party party, Route route) {
        Refused refused = refusal(action, party, route);
        if (refused != null) {
            throw refused;
        }
        if (action == ReviewAction.WITHDRAW) {
            return new Review(CaseStatus.WITHDRAWN, Set.of());
        }
        EnumSet<Step> next = EnumSet.copyOf(open);
        next.remove(action.step());
        switch (action) {
            case SUBMIT -> next.add(Step.COMPLETENESS);
            case ACCEPT_AS_COMPLETE, DISAGREE, RETURN_TO_LOCAL_UNIT -> next.add(Step.COUNTY_REVIEW);
            case RETURN_FOR_COMPLETION -> next.add(Step.SUBMISSION);
            case PROPOSE_REVIEW_RESULT -> next.add(Step.CO_CONFIRMATION);
            case CO_CONFIRM -> next.add(Step.DHR_REVIEW);
            case APPROVE -> next.add(route.needsAddresses() ? Step.ADDRESS_ASSIGNMENT : Step.DHR_REPLY);
            case REJECT -> {
                return new Review(CaseStatus.REJECTED, Set.of());
            }
            case ASSIGN_ADDRESSES -> next.add(Step.DHR_REPLY);
            case REPORT_ADDRESS_CONFLICT -> next.add(Step.ADDRESS_CHANGE);
            case CHANGE_ADDRESSES -> next.add(Step.ADDRESS_ASSIGNMENT);
            case ISSUE_PASSWORD_TABLE -> next.addAll(route.branchStarts());
            case SET_UP_VPN -> next.add(Step.CIRCUIT);
            case SUBMIT_PUBLIC_KEY -> next.add(Step.KEY_RELAY_LOCAL);
            case RELAY_KEY_TO_DHR -> next.add(Step.KEY_RELAY_DHR);
            case RELAY_KEY_TO_DIS -> next.add(Step.ISS_KEY);
            case RETURN_KEY_FROM_LOCAL_UNIT, RETURN_KEY_FROM_DHR, RETURN_KEY_FROM_DIS -> next.add(Step.KEY_SUBMISSION);
            case REGISTER_ITEMS, CONFIGURE_FIREWALL, PASS_LINE_TEST, ISSUE_ISS_KEY -> {
                // A branch ends here; the join below opens the link test once the last one has.
            }
            case SCHEDULE_LINK_TEST, RECORD_LINK_TEST_FAILED ->
                next.add(action == ReviewAction.SCHEDULE_LINK_TEST ? Step.LINK_TEST : Step.LINK_TEST_DATE);
            case RECORD_LINK_TEST_PASSED -> next.addAll(GO_LIVE);
            case CONFIRM_GO_LIVE_LOCAL, CONFIRM_GO_LIVE_APPLICANT -> {
                if (Collections.disjoint(next, GO_LIVE)) {
                    return new Review(CaseStatus.LIVE, Set.of());
                }
            }
            case WITHDRAW -> throw new IllegalStateException("handled above");
        }
        if (BRANCH_STEPS.contains(action.step()) && Collections.disjoint(next, BRANCH_STEPS)) {
            next.add(Step.LINK_TEST_DATE);
        }
        return new Review(CaseStatus.IN_REVIEW, next);
    }

    private Refused refusal(ReviewAction action, Party party, Route route) {
        if (status.ended()) {
            return new Refused(Refused.Reason.ENDED, "The case is " + status + ": no " + action);
        }
        if (action.party() != party) {
            return new Refused(
                    Refused.Reason.NOT_YOUR_STEP, action + " is the " + action.party() + "'s, not the " + party + "'s");
        }
        if (action == ReviewAction.WITHDRAW) {
            return null;
        }
        if (!onRoute(action.step(), route)) {
            return new Refused(Refused.Reason.NOT_ON_ROUTE, route + " has no step " + action.step());
        }
        if (!open.contains(action.step())) {
            return new Refused(
                    Refused.Reason.NOT_OPEN,
                    action + " answers step " + action.step() + ", which is not waiting: " + open);
        }
        return null;
    }

    private static boolean onRoute(Step step, Route route) {
        return switch (step) {
            case ADDRESS_ASSIGNMENT, ADDRESS_CHANGE, FIREWALL -> route.needsAddresses();
            case VPN_SETUP, CIRCUIT -> route.needsCarrier();
            case KEY_SUBMISSION, KEY_RELAY_LOCAL, KEY_RELAY_DHR, ISS_KEY -> route.needsIssKey();
            default -> true;
        };
    }
}
