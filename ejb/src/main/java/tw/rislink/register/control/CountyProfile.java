package tw.rislink.register.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What the generator needs to know about each current county: the letter that starts the
 * national IDs and household numbers first registered there, its population (thousands, end of
 * 2024, rounded) so that a generated register keeps the real proportions, and the county it
 * belonged to before a merger (its cards were issued under that county's code until then).
 */
record CountyProfile(String code, char letter, int thousands, String formerCode, char formerLetter, LocalDate merged) {

    static final LocalDate DECEMBER_2010_MERGER = LocalDate.of(2010, 12, 25);
    static final LocalDate TAOYUAN_UPGRADE = LocalDate.of(2014, 12, 25);

    static final List<CountyProfile> ALL = List.of(
            new CountyProfile("65000", 'F', 4_040, "10001", 'F', DECEMBER_2010_MERGER),
            new CountyProfile("66000", 'B', 2_850, "10006", 'L', DECEMBER_2010_MERGER),
            new CountyProfile("64000", 'E', 2_730, "10012", 'S', DECEMBER_2010_MERGER),
            new CountyProfile("63000", 'A', 2_500, null, 'A', null),
            new CountyProfile("68000", 'H', 2_320, "10003", 'H', TAOYUAN_UPGRADE),
            new CountyProfile("67000", 'D', 1_860, "10011", 'R', DECEMBER_2010_MERGER),
            new CountyProfile("10007", 'N', 1_240, null, 'N', null),
            new CountyProfile("10013", 'T', 800, null, 'T', null),
            new CountyProfile("10009", 'P', 670, null, 'P', null),
            new CountyProfile("10004", 'J', 590, null, 'J', null),
            new CountyProfile("10005", 'K', 535, null, 'K', null),
            new CountyProfile("10010", 'Q', 485, null, 'Q', null),
            new CountyProfile("10008", 'M', 480, null, 'M', null),
            new CountyProfile("10018", 'O', 455, null, 'O', null),
            new CountyProfile("10002", 'G', 450, null, 'G', null),
            new CountyProfile("10017", 'C', 362, null, 'C', null),
            new CountyProfile("10015", 'U', 320, null, 'U', null),
            new CountyProfile("10020", 'I', 263, null, 'I', null),
            new CountyProfile("10014", 'V', 213, null, 'V', null),
            new CountyProfile("09020", 'W', 145, null, 'W', null),
            new CountyProfile("10016", 'X', 108, null, 'X', null),
            new CountyProfile("09007", 'Z', 14, null, 'Z', null));

    static int totalThousands() {
        return ALL.stream().mapToInt(CountyProfile::thousands).sum();
    }

    /**
     * The issuing-area code (issueSiteId) of a card issued here on a day: before a merger the
     * former county's code. Kaohsiung City issued under its own code before the merger too;
     * the generator alternates between city and county for it.
     */
    String issueSite(LocalDate day, boolean formerCountyPart) {
        if (merged == null || !day.isBefore(merged)) {
            return code;
        }
        if (code.equals("64000") && !formerCountyPart) {
            return "64000";
        }
        return formerCode;
    }

    /** The letter of someone first registered here on a day. */
    char letter(LocalDate day, boolean formerCountyPart) {
        return merged != null && day.isBefore(merged) && formerCountyPart ? formerLetter : letter;
    }
}
