package tw.rislink.linking.control;

import java.util.EnumSet;
import java.util.Set;
import tw.rislink.agency.entity.Channel;
import tw.rislink.linking.entity.Step;

/**
 * The steps a case's channel needs (seed 000): DIS assigns addresses and opens the firewall for
 * every channel but the plain e-gate; the carrier builds a GSN VPN circuit for a first-time
 * linking-interface, API or VPN e-gate applicant (one that links again already has its circuit);
 * only the e-gate and the API need an Iss key.
 *
 * @param firstTime the agency has no GSN VPN circuit and no linking environment yet
 */
public record Route(Channel channel, boolean firstTime) {

    public boolean needsAddresses() {
        return channel != Channel.E_GATE;
    }

    public boolean needsCarrier() {
        return needsAddresses() && firstTime;
    }

    public boolean needsIssKey() {
        return channel != Channel.LINKING_INTERFACE;
    }

    /** A first-time linking-interface applicant gets a user environment on the linking server at step 8. */
    public boolean needsUserEnvironment() {
        return channel == Channel.LINKING_INTERFACE && firstTime;
    }

    /** The steps that start together after DHR's reply (8, 9, 10, 11) and that the link test waits for. */
    Set<Step> branchStarts() {
        Set<Step> starts = EnumSet.of(Step.ITEM_REGISTRATION);
        if (needsAddresses()) {
            starts.add(Step.FIREWALL);
        }
        if (needsCarrier()) {
            starts.add(Step.VPN_SETUP);
        }
        if (needsIssKey()) {
            starts.add(Step.KEY_SUBMISSION);
        }
        return starts;
    }
}
