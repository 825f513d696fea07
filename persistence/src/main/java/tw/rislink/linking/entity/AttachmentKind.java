package tw.rislink.linking.entity;

import java.util.EnumSet;
import java.util.Set;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataScope;

/** The scanned documents an application carries (seed 000, step 1). */
public enum AttachmentKind {
    /** 申請書. */
    APPLICATION_FORM,
    /** 資料項目表. */
    DATA_ITEM_LIST,
    /** 使用戶役政資訊管理規定. */
    MANAGEMENT_RULES,
    /** 安全協議書: household data only; the CISO reviews it before submission. */
    SECURITY_AGREEMENT,
    /** GSN VPN 申請表 (VPN group D75): first-time linking-interface, API and VPN e-gate applicants. */
    GSN_VPN_FORM;

    /** What the completeness check asks for, given the case's channel, data scope and first time. */
    public static Set<AttachmentKind> required(Channel channel, DataScope scope, boolean firstTime) {
        Set<AttachmentKind> kinds = EnumSet.of(APPLICATION_FORM, DATA_ITEM_LIST, MANAGEMENT_RULES);
        if (scope == DataScope.HOUSEHOLD) {
            kinds.add(SECURITY_AGREEMENT);
        }
        if (firstTime && channel != Channel.E_GATE) {
            kinds.add(GSN_VPN_FORM);
        }
        return kinds;
    }
}
