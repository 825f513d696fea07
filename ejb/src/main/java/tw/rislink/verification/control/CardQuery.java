package tw.rislink.verification.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Set;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.register.entity.NationalId;

/**
 * The conditionMap of job V2C201, checked before anything is compared: a refused query answers
 * RS3822, is never compared and never counts as a wrong check. Each refusal names the value that
 * was sent and why it is refused.
 */
public record CardQuery(String personId, String applyCode, LocalDate appliedOn, String site) {

    /** The 27 issuing areas (DOMAIN.md §8a). */
    public static final Set<String> ISSUE_SITES = Set.of(
            "09007", "09020", "10001", "10002", "10003", "10004", "10005", "10006", "10007", "10008", "10009", "10010",
            "10011", "10012", "10013", "10014", "10015", "10016", "10017", "10018", "10020", "63000", "64000", "65000",
            "66000", "67000", "68000");

    /**
     * @param today the Taiwan day: an issue date after it is refused
     * @throws ApiRefusal RS3822 for the first field that is wrong
     */
    public static CardQuery parse(JsonObject query, LocalDate today) {
        String personId = field(query, "personId", "[A-Z][12]\\d{8}", "a capital letter, 1 or 2, and 8 digits");
        try {
            NationalId.of(personId);
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.invalidQuery("conditionMap.personId is not a valid ID number (" + e.getMessage() + ")");
        }
        String applyCode =
                field(query, "applyCode", "[0-3]", "0 (never issued), 1 (first issue), 2 (replacement) or 3 (renewal)");
        String applied = field(query, "applyYyymmdd", "\\d{7}", "a 7-digit ROC date yyyMMdd");
        LocalDate appliedOn;
        try {
            appliedOn = RocDate.parseCompact(applied);
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.invalidQuery("conditionMap.applyYyymmdd \"" + applied + "\" is not a date");
        }
        if (appliedOn.isAfter(today)) {
            throw ApiRefusal.invalidQuery("conditionMap.applyYyymmdd \"" + applied + "\" is in the future (today is "
                    + RocDate.formatCompact(today) + ")");
        }
        String site = field(query, "issueSiteId", "\\d{5}", "a 5-digit issuing area code");
        if (!ISSUE_SITES.contains(site)) {
            throw ApiRefusal.invalidQuery(
                    "conditionMap.issueSiteId \"" + site + "\" is not one of the 27 issuing areas");
        }
        return new CardQuery(personId, applyCode, appliedOn, site);
    }

    private static String field(JsonObject query, String name, String pattern, String expected) {
        JsonValue value = query.get(name);
        if (value == null) {
            throw ApiRefusal.invalidQuery("conditionMap." + name + " is missing: it should be " + expected);
        }
        if (!(value instanceof JsonString text)) {
            throw ApiRefusal.invalidQuery("conditionMap." + name + " is " + ApiRefusal.shown(value.toString())
                    + ": it should be a string, " + expected);
        }
        if (!text.getString().matches(pattern)) {
            throw ApiRefusal.invalidQuery(
                    "conditionMap." + name + " \"" + ApiRefusal.shown(text.getString()) + "\" should be " + expected);
        }
        return text.getString();
    }
}
