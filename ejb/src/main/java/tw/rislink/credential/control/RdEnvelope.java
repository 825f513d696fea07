package tw.rislink.credential.control;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The MOI API's response envelope: {@code httpCode}, {@code httpMessage}, {@code rdCode},
 * {@code rdMessage}, {@code responseData} (DOMAIN.md §8a), so that existing client programs read
 * the platform's answers unchanged.
 */
public final class RdEnvelope {

    public static final String DONE = "RS7009";
    public static final String NOT_SET_UP = "RS3811";
    public static final String INVALID_QUERY = "RS3822";
    public static final String TRANSMISSION_ERROR = "RS7007";

    // The platform's own codes for what the MOI API's published codes do not distinguish, in the
    // same families: RS38xx the caller's data or query, RS70xx the transmission or the system.
    /** The agency is suspended, must apply again or has terminated. */
    public static final String NOT_LINKED = "RS3812";
    /** None of the job's data items is approved for the agency on this channel, or the area is outside its county. */
    public static final String NOT_PERMITTED = "RS3813";
    /** The register has no such record (within what the agency may see). */
    public static final String NOT_FOUND = "RS3821";
    /** The provider's system is unavailable: nothing was done, resend later. */
    public static final String UNAVAILABLE = "RS7008";

    /** MOI's own text of the done answer; client programs compare it. */
    public static final String DONE_MESSAGE = "查詢作業完成";

    private RdEnvelope() {}

    public static JsonObject done(JsonObjectBuilder responseData) {
        return envelope(200, "OK", DONE, DONE_MESSAGE, responseData.build());
    }

    public static JsonObject refused(ApiRefusal refusal) {
        String httpMessage = switch (refusal.httpStatus()) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
        return envelope(
                refusal.httpStatus(),
                httpMessage,
                refusal.rdCode(),
                refusal.getMessage(),
                JSON.createObjectBuilder().build());
    }

    private static JsonObject envelope(int http, String httpMessage, String rdCode, String rdMessage, JsonObject data) {
        return JSON.createObjectBuilder()
                .add("httpCode", String.valueOf(http))
                .add("httpMessage", httpMessage)
                .add("rdCode", rdCode)
                .add("rdMessage", rdMessage)
                .add("responseData", data)
                .build();
    }
}
