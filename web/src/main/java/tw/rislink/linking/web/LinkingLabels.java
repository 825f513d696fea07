package tw.rislink.linking.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.linking.entity.AttachmentKind;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.linking.entity.RangePurpose;

/** The choices of the linking screens, each labelled from the bundle by its name. */
@Named
@ApplicationScoped
public class LinkingLabels {

    public Channel[] getChannels() {
        return Channel.values();
    }

    public DataScope[] getScopes() {
        return DataScope.values();
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }

    public RangePurpose[] getRangePurposes() {
        return RangePurpose.values();
    }
}
