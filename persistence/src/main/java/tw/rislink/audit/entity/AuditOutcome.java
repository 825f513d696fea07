package tw.rislink.audit.entity;

public enum AuditOutcome {
    SUCCESS,
    REFUSED,
    FAILED
}
