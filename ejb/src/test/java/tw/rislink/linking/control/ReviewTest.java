package tw.rislink.linking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.agency.entity.Channel;
import tw.rislink.linking.entity.CaseStatus;
import tw.rislink.linking.entity.Party;
import tw.rislink.linking.entity.ReviewAction;
import tw.rislink.linking.entity.Step;

class ReviewTest {

    private static final Route VPN_E_GATE = new Route(Channel.E_GATE_VPN, true);
    private static final Route API = new Route(Channel.WEB_SERVICE_API, true);
    private static final Route E_GATE = new Route(Channel.E_GATE, true);
    private static final Route LINKING = new Route(Channel.LINKING_INTERFACE, true);
    private static final Route API_AGAIN = new Route(Channel.WEB_SERVICE_API, false);

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            routes.add(new Route(channel, true));
            routes.add(new Route(channel, false));
        }
        return routes;
    }

    @Test
    void which_steps_each_channel_needs() {
        assertTrue(VPN_E_GATE.needsAddresses() && VPN_E_GATE.needsCarrier() && VPN_E_GATE.needsIssKey());
        assertTrue(API.needsAddresses() && API.needsCarrier() && API.needsIssKey());
        assertFalse(E_GATE.needsAddresses() || E_GATE.needsCarrier(), "the plain e-gate has no addresses or VPN");
        assertTrue(E_GATE.needsIssKey());
        assertFalse(LINKING.needsIssKey(), "the linking interface needs no Iss key");
        assertTrue(
                LINKING.needsUserEnvironment() && !new Route(Channel.LINKING_INTERFACE, false).needsUserEnvironment());
        assertFalse(API_AGAIN.needsCarrier(), "an agency that links again has its circuit");
    }

    @Test
    void an_e_gate_over_vpn_application_passes_every_step_with_every_loop() {
        Walk walk = new Walk(VPN_E_GATE);
        walk.take(ReviewAction.SUBMIT, Party.APPLICANT);
        walk.take(ReviewAction.RETURN_FOR_COMPLETION, Party.LOCAL_UNIT);
        walk.expectOpen(Step.SUBMISSION);
        walk.take(ReviewAction.SUBMIT, Party.APPLICANT);
        walk.take(ReviewAction.ACCEPT_AS_COMPLETE, Party.LOCAL_UNIT);
        walk.take(ReviewAction.PROPOSE_REVIEW_RESULT, Party.LOCAL_UNIT);
        walk.take(ReviewAction.DISAGREE, Party.APPLICANT);
        walk.expectOpen(Step.COUNTY_REVIEW);
        walk.take(ReviewAction.PROPOSE_REVIEW_RESULT, Party.LOCAL_UNIT);
        walk.take(ReviewAction.CO_CONFIRM, Party.APPLICANT);
        walk.take(ReviewAction.APPROVE, Party.DHR);
        walk.take(ReviewAction.REPORT_ADDRESS_CONFLICT, Party.DIS);
        walk.expectOpen(Step.ADDRESS_CHANGE);
        walk.take(ReviewAction.CHANGE_ADDRESSES, Party.APPLICANT);
        walk.take(ReviewAction.ASSIGN_ADDRESSES, Party.DIS);
        walk.take(ReviewAction.ISSUE_PASSWORD_TABLE, Party.DHR);
        walk.expectOpen(Step.ITEM_REGISTRATION, Step.FIREWALL, Step.VPN_SETUP, Step.KEY_SUBMISSION);
        walk.take(ReviewAction.SET_UP_VPN, Party.CARRIER);
        walk.take(ReviewAction.SUBMIT_PUBLIC_KEY, Party.APPLICANT);
        walk.take(ReviewAction.RETURN_KEY_FROM_LOCAL_UNIT, Party.LOCAL_UNIT);
        walk.take(ReviewAction.SUBMIT_PUBLIC_KEY, Party.APPLICANT);
        walk.take(ReviewAction.RELAY_KEY_TO_DHR, Party.LOCAL_UNIT);
        walk.take(ReviewAction.RELAY_KEY_TO_DIS, Party.DHR);
        walk.expectOpen(Step.ITEM_REGISTRATION, Step.FIREWALL, Step.CIRCUIT, Step.ISS_KEY);
        walk.take(ReviewAction.ISSUE_ISS_KEY, Party.DIS);
        walk.take(ReviewAction.REGISTER_ITEMS, Party.LOCAL_UNIT);
        walk.take(ReviewAction.CONFIGURE_FIREWALL, Party.DIS);
        walk.expectOpen(Step.CIRCUIT);
        walk.take(ReviewAction.PASS_LINE_TEST, Party.CARRIER);
        walk.expectOpen(Step.LINK_TEST_DATE);
        walk.take(ReviewAction.SCHEDULE_LINK_TEST, Party.LOCAL_UNIT);
        walk.take(ReviewAction.RECORD_LINK_TEST_FAILED, Party.LOCAL_UNIT);
        walk.expectOpen(Step.LINK_TEST_DATE);
        walk.take(ReviewAction.SCHEDULE_LINK_TEST, Party.LOCAL_UNIT);
        walk.take(ReviewAction.RECORD_LINK_TEST_PASSED, Party.LOCAL_UNIT);
        walk.expectOpen(Step.GO_LIVE_LOCAL, Step.GO_LIVE_APPLICANT);
        walk.take(ReviewAction.CONFIRM_GO_LIVE_APPLICANT, Party.APPLICANT);
        walk.expectOpen(Step.GO_LIVE_LOCAL);
        walk.take(ReviewAction.CONFIRM_GO_LIVE_LOCAL, Party.LOCAL_UNIT);
        assertEquals(CaseStatus.LIVE, walk.review.status());
        assertEquals(
                EnumSet.complementOf(EnumSet.of(Step.LINK_TEST_DATE)).size() + 1,
                walk.visited.size(),
                "every step of seed 000 was visited: " + walk.visited);
    }

    @Test
    void the_plain_e_gate_skips_dis_addresses_the_firewall_and_the_carrier() {
        Walk walk = new Walk(E_GATE);
        walk.toDhrApproval();
        walk.expectOpen(Step.DHR_REPLY);
        walk.take(ReviewAction.ISSUE_PASSWORD_TABLE, Party.DHR);
        walk.expectOpen(Step.ITEM_REGISTRATION, Step.KEY_SUBMISSION);
        assertRefused(
                walk.review, ReviewAction.CONFIGURE_FIREWALL, Party.DIS, E_GATE, Review.Refused.Reason.NOT_ON_ROUTE);
        assertRefused(walk.review, ReviewAction.SET_UP_VPN, Party.CARRIER, E_GATE, Review.Refused.Reason.NOT_ON_ROUTE);
    }

    @Test
    void the_linking_interface_has_no_key_chain() {
        Walk walk = new Walk(LINKING);
        walk.toDhrApproval();
        walk.take(ReviewAction.ASSIGN_ADDRESSES, Party.DIS);
        walk.take(ReviewAction.ISSUE_PASSWORD_TABLE, Party.DHR);
        walk.expectOpen(Step.ITEM_REGISTRATION, Step.FIREWALL, Step.VPN_SETUP);
        assertRefused(
                walk.review,
                ReviewAction.SUBMIT_PUBLIC_KEY,
                Party.APPLICANT,
                LINKING,
                Review.Refused.Reason.NOT_ON_ROUTE);
    }

    @Test
    void the_link_test_waits_for_every_branch_in_whatever_order_they_end() {
        List<List<ReviewAction>> chains = List.of(
                List.of(ReviewAction.REGISTER_ITEMS),
                List.of(ReviewAction.CONFIGURE_FIREWALL),
                List.of(ReviewAction.SET_UP_VPN, ReviewAction.PASS_LINE_TEST),
                List.of(
                        ReviewAction.SUBMIT_PUBLIC_KEY,
                        ReviewAction.RELAY_KEY_TO_DHR,
                        ReviewAction.RELAY_KEY_TO_DIS,
                        ReviewAction.ISSUE_ISS_KEY));
        for (List<Integer> order : permutations(List.of(0, 1, 2, 3))) {
            Review review = new Review(CaseStatus.IN_REVIEW, EnumSet.of(Step.DHR_REPLY))
                    .apply(ReviewAction.ISSUE_PASSWORD_TABLE, Party.DHR, API);
            for (int i = 0; i < order.size(); i++) {
                for (ReviewAction action : chains.get(order.get(i))) {
                    assertFalse(review.open().contains(Step.LINK_TEST_DATE), "order " + order);
                    review = review.apply(action, action.party(), API);
                }
                assertEquals(i == order.size() - 1, review.open().contains(Step.LINK_TEST_DATE), "order " + order);
            }
            assertEquals(Set.of(Step.LINK_TEST_DATE), review.open());
        }
    }

    @Test
    void an_action_of_another_party_a_step_not_waiting_and_an_ended_case_are_refused() {
        Review submitted = Review.draft().apply(ReviewAction.SUBMIT, Party.APPLICANT, API);
        assertRefused(
                submitted, ReviewAction.ACCEPT_AS_COMPLETE, Party.APPLICANT, API, Review.Refused.Reason.NOT_YOUR_STEP);
        assertRefused(submitted, ReviewAction.APPROVE, Party.DHR, API, Review.Refused.Reason.NOT_OPEN);
        assertRefused(submitted, ReviewAction.SUBMIT, Party.APPLICANT, API, Review.Refused.Reason.NOT_OPEN);
        Review withdrawn = submitted.apply(ReviewAction.WITHDRAW, Party.APPLICANT, API);
        assertEquals(CaseStatus.WITHDRAWN, withdrawn.status());
        assertRefused(withdrawn, ReviewAction.WITHDRAW, Party.APPLICANT, API, Review.Refused.Reason.ENDED);
        Review rejected = new Review(CaseStatus.IN_REVIEW, EnumSet.of(Step.DHR_REVIEW))
                .apply(ReviewAction.REJECT, Party.DHR, API);
        assertEquals(CaseStatus.REJECTED, rejected.status());
        assertTrue(rejected.actionsFor(Party.APPLICANT, API).isEmpty());
    }

    /**
     * Every state any sequence of actions reaches, on every route: only open steps' actions are
     * offered, and only to their party; everything else is refused; skipped steps never open; the
     * link test never opens beside a branch step; every open step has an action; and every state
     * still under review can reach go-live.
     */
    @Test
    void every_reachable_state_on_every_route_keeps_the_rules() {
        int states = 0;
        for (Route route : routes()) {
            Set<Review> reached = reachable(route);
            states += reached.size();
            for (Review review : reached) {
                for (Step step : review.open()) {
                    assertTrue(
                            review.actionsFor(step.party(), route).stream().anyMatch(a -> a.step() == step),
                            route + ": " + step + " waits with no action in " + review);
                    assertTrue(onRoute(step, route), route + " opened " + step);
                }
                if (review.open().contains(Step.LINK_TEST_DATE) || review.open().contains(Step.LINK_TEST)) {
                    assertEquals(1, review.open().size(), "the link test waits for every branch: " + review);
                }
                for (Party party : Party.values()) {
                    Set<ReviewAction> offered = review.actionsFor(party, route);
                    for (ReviewAction action : ReviewAction.values()) {
                        boolean allowed = !review.status().ended()
                                && action.party() == party
                                && (action == ReviewAction.WITHDRAW
                                        || review.open().contains(action.step()));
                        assertEquals(
                                allowed, offered.contains(action), route + " " + review + " " + party + " " + action);
                        if (!allowed) {
                            assertThrows(Review.Refused.class, () -> review.apply(action, party, route));
                        }
                    }
                }
                if (!review.status().ended()) {
                    assertTrue(canGoLive(review, route), route + ": " + review + " cannot reach go-live");
                }
            }
            assertTrue(reached.contains(new Review(CaseStatus.LIVE, Set.of())), route + " never goes live");
        }
        assertTrue(states > 100, "explored " + states + " states");
    }

    private static boolean onRoute(Step step, Route route) {
        return switch (step) {
            case ADDRESS_ASSIGNMENT, ADDRESS_CHANGE, FIREWALL -> route.needsAddresses();
            case VPN_SETUP, CIRCUIT -> route.needsCarrier();
            case KEY_SUBMISSION, KEY_RELAY_LOCAL, KEY_RELAY_DHR, ISS_KEY -> route.needsIssKey();
            default -> true;
        };
    }

    private static Set<Review> reachable(Route route) {
        Set<Review> seen = new HashSet<>();
        Deque<Review> next = new ArrayDeque<>(List.of(Review.draft()));
        while (!next.isEmpty()) {
            Review review = next.pop();
            if (!seen.add(review)) {
                continue;
            }
            for (Party party : Party.values()) {
                for (ReviewAction action : review.actionsFor(party, route)) {
                    next.push(review.apply(action, party, route));
                }
            }
        }
        return seen;
    }

    private static boolean canGoLive(Review start, Route route) {
        Set<Review> seen = new HashSet<>();
        Deque<Review> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            Review review = next.pop();
            if (review.status() == CaseStatus.LIVE) {
                return true;
            }
            if (!seen.add(review)) {
                continue;
            }
            for (Party party : Party.values()) {
                for (ReviewAction action : review.actionsFor(party, route)) {
                    if (action != ReviewAction.WITHDRAW && action != ReviewAction.REJECT) {
                        next.push(review.apply(action, party, route));
                    }
                }
            }
        }
        return false;
    }

    private static void assertRefused(
            Review review, ReviewAction action, Party party, Route route, Review.Refused.Reason reason) {
        Review.Refused refused = assertThrows(Review.Refused.class, () -> review.apply(action, party, route));
        assertEquals(reason, refused.reason(), refused.getMessage());
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (T first : items) {
            List<T> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<T> tail : permutations(rest)) {
                List<T> one = new ArrayList<>(List.of(first));
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }

    /** Takes actions one after another, checking each is offered first, and remembers the steps seen. */
    private static final class Walk {
        private final Route route;
        private Review review = Review.draft();
        private final Set<Step> visited = new LinkedHashSet<>(review.open());

        Walk(Route route) {
            this.route = route;
        }

        void take(ReviewAction action, Party party) {
            assertTrue(
                    review.actionsFor(party, route).contains(action),
                    action + " offered to " + party + " in " + review);
            review = review.apply(action, party, route);
            visited.addAll(review.open());
        }

        /** Submitted, complete, agreed at the county and approved by DHR, with no loop. */
        void toDhrApproval() {
            take(ReviewAction.SUBMIT, Party.APPLICANT);
            take(ReviewAction.ACCEPT_AS_COMPLETE, Party.LOCAL_UNIT);
            take(ReviewAction.PROPOSE_REVIEW_RESULT, Party.LOCAL_UNIT);
            take(ReviewAction.CO_CONFIRM, Party.APPLICANT);
            take(ReviewAction.APPROVE, Party.DHR);
        }

        void expectOpen(Step... steps) {
            assertEquals(Set.of(steps), review.open());
        }
    }
}
