package tw.rislink.linking.entity;

/**
 * A step of the linking review that waits for one party, numbered as in seed 000 (16–18 and
 * 19–20 are one step each there; here the go-live confirmation is one step per side).
 */
public enum Step {
    SUBMISSION(1, Party.APPLICANT),
    COMPLETENESS(2, Party.LOCAL_UNIT),
    COUNTY_REVIEW(3, Party.LOCAL_UNIT),
    CO_CONFIRMATION(4, Party.APPLICANT),
    DHR_REVIEW(5, Party.DHR),
    ADDRESS_ASSIGNMENT(6, Party.DIS),
    /** Step 6's return: DIS found the applicant's host addresses in conflict. */
    ADDRESS_CHANGE(6, Party.APPLICANT),
    DHR_REPLY(7, Party.DHR),
    ITEM_REGISTRATION(8, Party.LOCAL_UNIT),
    FIREWALL(9, Party.DIS),
    VPN_SETUP(10, Party.CARRIER),
    KEY_SUBMISSION(11, Party.APPLICANT),
    KEY_RELAY_LOCAL(12, Party.LOCAL_UNIT),
    KEY_RELAY_DHR(13, Party.DHR),
    ISS_KEY(14, Party.DIS),
    CIRCUIT(15, Party.CARRIER),
    LINK_TEST_DATE(16, Party.LOCAL_UNIT),
    LINK_TEST(17, Party.LOCAL_UNIT),
    GO_LIVE_LOCAL(19, Party.LOCAL_UNIT),
    GO_LIVE_APPLICANT(20, Party.APPLICANT);

    private final int number;
    private final Party party;

    Step(int number, Party party) {
        this.number = number;
        this.party = party;
    }

    /** The step's number in seed 000. */
    public int number() {
        return number;
    }

    /** Who the step waits for. */
    public Party party() {
        return party;
    }
}
