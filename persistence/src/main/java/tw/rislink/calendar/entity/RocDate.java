package tw.rislink.calendar.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the Republic of China calendar (民國): the year is the Gregorian year minus 1911.
 * Screens show {@code 115/11/22}; files and the API exchange {@code 1151122}. Years before
 * 民國 1 are not register dates and are refused. A typed date may be either form; six digits
 * ({@code 991231}) are refused rather than read as a two-digit year, because they are as likely
 * a seven-digit date with a digit missing (write {@code 0991231} or {@code 99/12/31}).
 */
public final class RocDate {

    public static final int YEAR_OFFSET = 1911;

    private static final Pattern DISPLAY = Pattern.compile("(\\d{1,3})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{3})(\\d{2})(\\d{2})");

    private RocDate() {}

    /** {@code 2026-11-22} → {@code 115/11/22}. */
    public static String format(LocalDate date) {
        return String.format("%03d/%02d/%02d", rocYear(date), date.getMonthValue(), date.getDayOfMonth());
    }

    /** {@code 2026-11-22T16:21:59} → {@code 115/11/22 16:21:59}. */
    public static String format(LocalDateTime dateTime) {
        return format(dateTime.toLocalDate())
                + String.format(" %02d:%02d:%02d", dateTime.getHour(), dateTime.getMinute(), dateTime.getSecond());
    }

    /** {@code 2026-11-22} → {@code 1151122}. */
    public static String formatCompact(LocalDate date) {
        return String.format("%03d%02d%02d", rocYear(date), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses a typed date: {@code 115/11/22} (leading zeros optional: {@code 98/1/5}) or the
     * compact {@code 1151122}.
     */
    public static LocalDate parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = DISPLAY.matcher(trimmed);
        if (!m.matches()) {
            m = COMPACT.matcher(trimmed);
        }
        if (!m.matches()) {
            throw new IllegalArgumentException("ROC date \"" + text + "\" should look like 115/11/22 or 1151122");
        }
        return of(text, m);
    }

    /** Parses the 7-digit exchange form {@code 1151122}. */
    public static LocalDate parseCompact(String text) {
        Matcher m = COMPACT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("ROC date \"" + text + "\" should be 7 digits, yyyMMdd, like 1151122");
        }
        return of(text, m);
    }

    private static LocalDate of(String text, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            throw new IllegalArgumentException("ROC date \"" + text + "\": the year starts at 1 (1912)");
        }
        try {
            return LocalDate.of(year + YEAR_OFFSET, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ROC date \"" + text + "\" is not a day of the calendar", e);
        }
    }

    private static int rocYear(LocalDate date) {
        int year = date.getYear() - YEAR_OFFSET;
        if (year < 1) {
            throw new IllegalArgumentException(date + " is before the ROC calendar (1912-01-01)");
        }
        return year;
    }
}
