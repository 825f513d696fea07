package tw.rislink.linking.entity;

/** What an address range DIS assigns is for (seed 000, step 6). */
public enum RangePurpose {
    /** 申請機關設備. */
    EQUIPMENT,
    /** 安全閘道. */
    SECURITY_GATEWAY,
    /** 聯結介面伺服器 or API 閘道伺服器: the host the agency calls from. */
    GATEWAY_SERVER
}
