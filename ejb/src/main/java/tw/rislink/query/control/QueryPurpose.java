package tw.rislink.query.control;

import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.verification.control.RequestForm;

/**
 * Why an officer asks in the electronic gate (seed 003): a case number or a reason, at least
 * one, and the business item the query serves. Kept with the result and in its audit record, so
 * that the six-monthly reconciliation against case files finds it (DOMAIN.md §7).
 */
public record QueryPurpose(String caseNumber, String reason, String businessItem) {

    public static final int CASE_NUMBER = 60;
    public static final int REASON = 200;
    public static final int BUSINESS_ITEM = 60;

    /** @throws InvalidInputException when both case number and reason are missing, or a text is too long */
    public QueryPurpose {
        caseNumber = optional(caseNumber, CASE_NUMBER, "invalid.egate.caseNumber", "case number");
        reason = optional(reason, REASON, "invalid.egate.reason", "reason");
        if (caseNumber == null && reason == null) {
            throw new InvalidInputException(
                    "invalid.egate.noCase", "A query needs a case number or a reason (seed 003)");
        }
        businessItem = RequestForm.required(
                businessItem,
                BUSINESS_ITEM,
                "invalid.egate.businessItem",
                "A query needs its business item, of at most " + BUSINESS_ITEM + " characters");
    }

    private static String optional(String value, int max, String key, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(key, "The " + what + " has more than " + max + " characters", max);
        }
        return value.strip();
    }

    /** As the audit record's reason column gives it. */
    public String describe(String code) {
        StringBuilder text =
                new StringBuilder("code=").append(code).append(" item=").append(businessItem);
        if (reason != null) {
            text.append(" reason=").append(reason);
        }
        return text.toString();
    }
}
