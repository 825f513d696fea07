package tw.rislink.audit.entity;

/** Where an audited action came in. */
public enum AuditChannel {
    /** The browser screens (electronic gate and the workflow screens). */
    SCREEN,
    /** The legacy SOAP linking interface. */
    SOAP,
    /** The REST API. */
    REST,
    /** Timers and the platform itself. */
    SYSTEM
}
