package tw.rislink.audit.entity;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Asked for something the register does not hold (a lookup that found nothing). */
    NOT_FOUND,
    REFUSED,
    FAILED
}
