package tw.rislink.credential.control;

import jakarta.ejb.ApplicationException;

/**
 * A REST call refused before or instead of its job: the HTTP status, the rdCode of the MOI
 * envelope (DOMAIN.md §8a) and a message for the caller's developers. Rolls back whatever the
 * call began.
 */
@ApplicationException(rollback = true)
public class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String rdCode;
    private String holder;
    private String account;

    public ApiRefusal(int httpStatus, String rdCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.rdCode = rdCode;
    }

    /** The token is missing, malformed, badly signed, expired or replayed (RS7007). */
    public static ApiRefusal transmission(String message) {
        return new ApiRefusal(401, RdEnvelope.TRANSMISSION_ERROR, message);
    }

    /** The caller's management data is not set up for this: unknown Iss key, account, address or job (RS3811). */
    public static ApiRefusal notSetUp(String message) {
        return new ApiRefusal(403, RdEnvelope.NOT_SET_UP, message);
    }

    /** The query values are invalid (RS3822). */
    public static ApiRefusal invalidQuery(String message) {
        return new ApiRefusal(400, RdEnvelope.INVALID_QUERY, message);
    }

    /** The provider's system is unavailable (the database is down): nothing was done, resend later (RS7008). */
    public static ApiRefusal unavailable() {
        return new ApiRefusal(
                503,
                RdEnvelope.UNAVAILABLE,
                "The provider's system is unavailable; nothing was done. Resend the query later (提供機關系統異常，請稍後重送)");
    }

    /**
     * A value the caller sent, as a refusal names it: at most 40 characters, control characters
     * replaced, so that a refusal never echoes a large or unprintable input back.
     */
    public static String shown(String sent) {
        if (sent == null) {
            return "(none)";
        }
        StringBuilder shown = new StringBuilder();
        sent.codePoints().limit(40).forEach(c -> shown.appendCodePoint(invisible(c) ? '?' : c));
        return sent.codePointCount(0, sent.length()) > 40 ? shown + "…" : shown.toString();
    }

    /**
     * Control characters, line and paragraph separators and formatting characters (the
     * bidirectional overrides among them): what could forge or disguise a line in a log, an
     * audit screen or an export.
     */
    public static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Names the credential's holder (business ID or agency code) and account, once the call's
     * signature verified with the holder's key: the refusal's audit record is the holder's.
     */
    public ApiRefusal from(String holder, String account) {
        this.holder = holder;
        this.account = account;
        return this;
    }

    /** The holder whose key signed the refused call, or null when the call was not verified as anyone's. */
    public String holder() {
        return holder;
    }

    public String account() {
        return account;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String rdCode() {
        return rdCode;
    }
}
