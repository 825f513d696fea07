package tw.rislink.audit.entity;

/**
 * What a feature tells the audit trail about one action. Only identifiers and the names of
 * data items go in, never the register data itself.
 */
public record AuditEntry(
        String userName,
        String agencyCode,
        String address,
        AuditChannel channel,
        String action,
        String transactionCode,
        String subjectIds,
        String caseNumber,
        String reason,
        String businessItem,
        String dataItems,
        AuditOutcome outcome) {

    /** An action of a user on a screen that concerns no person of the register (sign-in, administration). */
    public static AuditEntry screen(
            String userName, String address, String action, String subject, AuditOutcome outcome) {
        return new AuditEntry(
                userName, null, address, AuditChannel.SCREEN, action, null, subject, null, null, null, null, outcome);
    }

    /** An action the platform takes by itself (timers). */
    public static AuditEntry system(String action, String subject) {
        return system(action, subject, AuditOutcome.SUCCESS);
    }

    /** An action the platform takes by itself, with its outcome (a job that could not run is FAILED). */
    public static AuditEntry system(String action, String subject, AuditOutcome outcome) {
        return new AuditEntry(
                null, null, null, AuditChannel.SYSTEM, action, null, subject, null, null, null, null, outcome);
    }
}
