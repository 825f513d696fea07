package tw.rislink.query.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The register transactions the data service answers, one implementation behind every channel.
 * The codes are the ones the data-item catalogue names in each item's transactions (an agency
 * approved for an item may run the transactions that carry it), the seed's RQ codes (seed 003)
 * and the MOI API's V1C jobs (DOMAIN.md §8a).
 */
public enum Transaction {
    /** Whole household (全戶戶籍資料), by a member's ID or the household number. */
    RQ01,
    /** Individual registration (個人戶籍資料), by ID. */
    RQ02,
    /** A person's name changes (個人更名紀錄), by ID. */
    RQ04,
    /** A removed whole household (全戶除戶資料), by household number: its removed members. */
    RQ07,
    /** A removed individual (個人除戶資料), by ID. */
    RQ08,
    /** House-number (address) changes of a household (門牌整編紀錄), by a member's ID or the household number. */
    RQ14,
    /** The photo image of a person's latest ID card (國民身分證相片影像, seed 001 §5), by ID. */
    PH01,
    /** Military service record (兵籍), by ID. */
    MS01,
    /** Population statistics (人口統計), by period and area. */
    ST01,
    /** A person's basic items, answered only when ID and birth date both match. */
    V1C101,
    /** Verifies a birth date: answers checkAll and checkBirthDate, never the date. */
    V1C103,
    /** Verifies ID-card issuance data: checkAll and one check per condition sent. */
    V1C104;

    /** Verification jobs answer "1", "0" or "N/A" per condition and nothing about the person. */
    public boolean verifies() {
        return this == V1C103 || this == V1C104;
    }

    public static Optional<Transaction> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
