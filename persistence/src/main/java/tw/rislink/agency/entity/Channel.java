package tw.rislink.agency.entity;

/** How a linked agency reaches the registers; it decides which steps of the review apply. */
public enum Channel {
    /** 聯結介面: the legacy SOAP linking interface, over GSN VPN, with a user environment on the linking server. */
    LINKING_INTERFACE,
    /** 電子閘門: the browser workbench over the government intranet. */
    E_GATE,
    /** 電子閘門 (GSN VPN): the workbench reached over the carrier's GSN VPN. */
    E_GATE_VPN,
    /** Web Service API: JAX-RS with an RS256 JWT carrying the Iss key. */
    WEB_SERVICE_API
}
