package tw.rislink.query.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.NationalId;

/**
 * What a query asks, as every channel hands it over; {@link #checkedFor} refuses what the
 * transaction cannot take and normalises the rest (IDs and household numbers upper-cased and
 * checksum-checked, dates ROC {@code yyyMMdd}). A refusal names the field and the value sent.
 *
 * @param personId a national ID (統一編號)
 * @param householdNumber a household number (戶號)
 * @param birthDate ROC {@code yyyMMdd}
 * @param period ST01: {@code yyyMM} (a month), {@code yyyQn} (a quarter) or {@code yyy} (a year)
 * @param areaCode ST01: a county (5 digits), town (8) or village (11) code
 * @param level ST01: COUNTY, TOWN or VILLAGE, the level the figures are given per (default: one below the area)
 * @param issueAreas V1C104 {@code ck_areaCode}: issuing-area codes, one of which the card's must be
 * @param idMark V1C104 {@code ck_idMark}: the card's apply code (領補換類別 0–3)
 * @param idMarkDate V1C104 {@code ck_idMarkDate}: the card's issue date, ROC {@code yyyMMdd}
 */
public record Condition(
        String personId,
        String householdNumber,
        String birthDate,
        String period,
        String areaCode,
        String level,
        List<String> issueAreas,
        String idMark,
        String idMarkDate) {

    public static final Set<String> LEVELS = Set.of("COUNTY", "TOWN", "VILLAGE");

    public static Condition ofPerson(String personId) {
        return new Condition(personId, null, null, null, null, null, List.of(), null, null);
    }

    public static Condition ofHousehold(String householdNumber) {
        return new Condition(null, householdNumber, null, null, null, null, List.of(), null, null);
    }

    public static Condition ofPersonBorn(String personId, String birthDate) {
        return new Condition(personId, null, birthDate, null, null, null, List.of(), null, null);
    }

    public static Condition ofStatistics(String period, String areaCode, String level) {
        return new Condition(null, null, null, period, areaCode, level, List.of(), null, null);
    }

    public Condition {
        issueAreas = issueAreas == null ? List.of() : List.copyOf(issueAreas);
    }

    /** @throws QueryRefusal INVALID_QUERY naming the first field that is missing or wrong */
    public Condition checkedFor(Transaction transaction, LocalDate today) {
        return switch (transaction) {
            case RQ01, RQ14 -> {
                if (blank(personId) == blank(householdNumber)) {
                    throw QueryRefusal.invalid(
                            transaction + " asks by personId or by householdNumber: send exactly one of them");
                }
                yield blank(personId) ? ofHousehold(household(householdNumber)) : ofPerson(person(personId));
            }
            case RQ02, RQ04, RQ08, PH01, MS01 -> ofPerson(person(required("personId", personId)));
            case RQ07 -> ofHousehold(household(required("householdNumber", householdNumber)));
            case V1C101, V1C103 ->
                ofPersonBorn(
                        person(required("personId", personId)),
                        date("birthDate", required("birthDate", birthDate), today));
            case V1C104 ->
                new Condition(
                        person(required("personId", personId)),
                        blank(householdNumber) ? null : household(householdNumber),
                        blank(birthDate) ? null : date("birthDate", birthDate, today),
                        null,
                        null,
                        null,
                        issueAreas.stream().map(Condition::issueArea).toList(),
                        blank(idMark) ? null : idMark(idMark),
                        blank(idMarkDate) ? null : date("idMarkDate", idMarkDate, today));
            case ST01 -> statistics();
        };
    }

    private Condition statistics() {
        String p = required("period", period).strip();
        if (!p.matches("\\d{3}(\\d{2}|Q[1-4])?")) {
            throw QueryRefusal.invalid(
                    "period \"" + shown(p) + "\" should be a ROC month yyyMM, a quarter yyyQn (n = 1–4) or a year yyy");
        }
        if (p.matches("\\d{5}") && (Integer.parseInt(p.substring(3)) < 1 || Integer.parseInt(p.substring(3)) > 12)) {
            throw QueryRefusal.invalid("period \"" + p + "\" has no month " + p.substring(3));
        }
        String area = required("areaCode", areaCode).strip();
        if (!area.matches("\\d{5}|\\d{8}|\\d{11}")) {
            throw QueryRefusal.invalid("areaCode \"" + shown(area)
                    + "\" should be a county (5 digits), town (8 digits) or village (11 digits) code");
        }
        String defaultLevel = area.length() == 5 ? "TOWN" : "VILLAGE";
        String l = blank(level) ? defaultLevel : level.strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(l)) {
            throw QueryRefusal.invalid("level \"" + shown(level) + "\" should be COUNTY, TOWN or VILLAGE");
        }
        if (levelDigits(l) < area.length()) {
            throw QueryRefusal.invalid("level " + l + " is above the area " + area + ": figures are given per " + l
                    + " within the area, so ask for the area's own level or one below it");
        }
        return ofStatistics(p, area, l);
    }

    /** How many digits the code of an area of this level has. */
    public static int levelDigits(String level) {
        return switch (level) {
            case "COUNTY" -> 5;
            case "TOWN" -> 8;
            default -> 11;
        };
    }

    private static String person(String text) {
        try {
            return NationalId.of(text.strip().toUpperCase(Locale.ROOT)).value();
        } catch (IllegalArgumentException e) {
            throw QueryRefusal.invalid("personId \"" + shown(text) + "\" is not a valid ID number: " + e.getMessage());
        }
    }

    private static String household(String text) {
        try {
            return HouseholdNumber.of(text.strip().toUpperCase(Locale.ROOT)).value();
        } catch (IllegalArgumentException e) {
            throw QueryRefusal.invalid(
                    "householdNumber \"" + shown(text) + "\" is not a valid household number: " + e.getMessage());
        }
    }

    private static String date(String field, String text, LocalDate today) {
        String t = text.strip();
        if (!t.matches("\\d{7}")) {
            throw QueryRefusal.invalid(field + " \"" + shown(t) + "\" should be a 7-digit ROC date yyyMMdd");
        }
        LocalDate date;
        try {
            date = RocDate.parseCompact(t);
        } catch (IllegalArgumentException e) {
            throw QueryRefusal.invalid(field + " \"" + t + "\" is not a date");
        }
        if (date.isAfter(today)) {
            throw QueryRefusal.invalid(
                    field + " \"" + t + "\" is in the future (today is " + RocDate.formatCompact(today) + ")");
        }
        return t;
    }

    private static String issueArea(String code) {
        if (code == null || !code.strip().matches("\\d{5}")) {
            throw QueryRefusal.invalid("ck_areaCode \"" + shown(code) + "\" should be 5-digit issuing-area codes");
        }
        return code.strip();
    }

    private static String idMark(String text) {
        if (!text.strip().matches("[0-3]")) {
            throw QueryRefusal.invalid("idMark \"" + shown(text)
                    + "\" should be 0 (never issued), 1 (first issue), 2 (replacement) or 3 (renewal)");
        }
        return text.strip();
    }

    private static String required(String field, String value) {
        if (blank(value)) {
            throw QueryRefusal.invalid(field + " is missing");
        }
        return value;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A sent value as a refusal names it: at most 40 characters, control characters replaced. */
    static String shown(String sent) {
        return ApiRefusal.shown(sent);
    }
}
