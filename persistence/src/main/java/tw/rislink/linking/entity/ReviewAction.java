package tw.rislink.linking.entity;

/** What a party does at a step; each action belongs to exactly one step. */
public enum ReviewAction {
    SUBMIT(Step.SUBMISSION),
    ACCEPT_AS_COMPLETE(Step.COMPLETENESS),
    RETURN_FOR_COMPLETION(Step.COMPLETENESS),
    PROPOSE_REVIEW_RESULT(Step.COUNTY_REVIEW),
    CO_CONFIRM(Step.CO_CONFIRMATION),
    DISAGREE(Step.CO_CONFIRMATION),
    APPROVE(Step.DHR_REVIEW),
    RETURN_TO_LOCAL_UNIT(Step.DHR_REVIEW),
    REJECT(Step.DHR_REVIEW),
    ASSIGN_ADDRESSES(Step.ADDRESS_ASSIGNMENT),
    REPORT_ADDRESS_CONFLICT(Step.ADDRESS_ASSIGNMENT),
    CHANGE_ADDRESSES(Step.ADDRESS_CHANGE),
    ISSUE_PASSWORD_TABLE(Step.DHR_REPLY),
    REGISTER_ITEMS(Step.ITEM_REGISTRATION),
    CONFIGURE_FIREWALL(Step.FIREWALL),
    SET_UP_VPN(Step.VPN_SETUP),
    SUBMIT_PUBLIC_KEY(Step.KEY_SUBMISSION),
    RELAY_KEY_TO_DHR(Step.KEY_RELAY_LOCAL),
    RETURN_KEY_FROM_LOCAL_UNIT(Step.KEY_RELAY_LOCAL),
    RELAY_KEY_TO_DIS(Step.KEY_RELAY_DHR),
    RETURN_KEY_FROM_DHR(Step.KEY_RELAY_DHR),
    ISSUE_ISS_KEY(Step.ISS_KEY),
    RETURN_KEY_FROM_DIS(Step.ISS_KEY),
    PASS_LINE_TEST(Step.CIRCUIT),
    SCHEDULE_LINK_TEST(Step.LINK_TEST_DATE),
    RECORD_LINK_TEST_PASSED(Step.LINK_TEST),
    RECORD_LINK_TEST_FAILED(Step.LINK_TEST),
    CONFIRM_GO_LIVE_LOCAL(Step.GO_LIVE_LOCAL),
    CONFIRM_GO_LIVE_APPLICANT(Step.GO_LIVE_APPLICANT),
    /** The applicant takes its application back; possible at any step before the link is live. */
    WITHDRAW(null);

    private final Step step;

    ReviewAction(Step step) {
        this.step = step;
    }

    /** The step the action answers, or null for {@link #WITHDRAW}, which answers none. */
    public Step step() {
        return step;
    }

    /** Who may take it. */
    public Party party() {
        return step == null ? Party.APPLICANT : step.party();
    }
}
