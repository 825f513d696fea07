package tw.rislink.linking.control;

import java.util.EnumMap;
import java.util.Map;
import tw.rislink.linking.entity.Step;
import tw.rislink.platform.control.Settings;

/**
 * How many working days each party has for a step once it waits (seed 000 names none; these are
 * the defaults stated in docs/ARCHITECTURE.md, each overridable by the system property
 * {@code rislink.linking.working-days.<STEP>}). The link test is due on its agreed date instead.
 */
public final class Deadlines {

    private static final Map<Step, Integer> DEFAULTS = new EnumMap<>(Step.class);

    static {
        DEFAULTS.put(Step.SUBMISSION, 10);
        DEFAULTS.put(Step.COMPLETENESS, 5);
        DEFAULTS.put(Step.COUNTY_REVIEW, 10);
        DEFAULTS.put(Step.CO_CONFIRMATION, 5);
        DEFAULTS.put(Step.DHR_REVIEW, 10);
        DEFAULTS.put(Step.ADDRESS_ASSIGNMENT, 5);
        DEFAULTS.put(Step.ADDRESS_CHANGE, 10);
        DEFAULTS.put(Step.DHR_REPLY, 5);
        DEFAULTS.put(Step.ITEM_REGISTRATION, 5);
        DEFAULTS.put(Step.FIREWALL, 5);
        DEFAULTS.put(Step.VPN_SETUP, 10);
        DEFAULTS.put(Step.KEY_SUBMISSION, 10);
        DEFAULTS.put(Step.KEY_RELAY_LOCAL, 3);
        DEFAULTS.put(Step.KEY_RELAY_DHR, 3);
        DEFAULTS.put(Step.ISS_KEY, 5);
        DEFAULTS.put(Step.CIRCUIT, 20);
        DEFAULTS.put(Step.LINK_TEST_DATE, 10);
        DEFAULTS.put(Step.LINK_TEST, 0);
        DEFAULTS.put(Step.GO_LIVE_LOCAL, 5);
        DEFAULTS.put(Step.GO_LIVE_APPLICANT, 5);
    }

    private Deadlines() {}

    /** Working days a party has for {@code step}. */
    public static int workingDays(Step step) {
        return Settings.integer("rislink.linking.working-days." + step.name(), DEFAULTS.get(step));
    }
}
