package tw.rislink.verification.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the abnormal-use scan reads next. The audit trail is a set of chains (Taiwan day,
 * partition), each numbered 1, 2, … under its head's lock: a number becomes visible only after
 * every lower one has, so "everything after the last number read, up to the head" is exactly the
 * records the scan has not seen, however late they committed, and midnight needs no special
 * case. Ids (handed out in blocks per node) and times (taken before commit) have no such order.
 */
public final class UsageWindow {

    /** Days the scan reaches back, today included: a day's tail is read after midnight. */
    public static final int DAYS = 3;

    /** The answers that count against a user: wrong data (2, 3, 4) and a locked ID (5). */
    public static final List<String> WRONG_ANSWERS =
            List.of("checkIdCardApply=2", "checkIdCardApply=3", "checkIdCardApply=4", "checkIdCardApply=5");

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private UsageWindow() {}

    /** One audit chain. */
    public record Chain(String day, int partition) {}

    /** The records of a chain numbered above {@code after} up to {@code upTo}. */
    public record Range(String day, int partition, long after, long upTo) {}

    /** The oldest chain day the scan of {@code today} still reads. */
    public static String oldestDay(LocalDate today) {
        return DAY.format(today.minusDays(DAYS - 1));
    }

    /**
     * For every chain of a day in reach whose head is beyond the scan's position, the range still
     * to read, oldest day first. A chain without a position is read from its start.
     */
    public static List<Range> ranges(Map<Chain, Long> heads, Map<Chain, Long> positions, LocalDate today) {
        String oldest = oldestDay(today);
        String last = DAY.format(today);
        List<Range> ranges = new ArrayList<>();
        heads.forEach((chain, head) -> {
            long after = positions.getOrDefault(chain, 0L);
            if (chain.day().compareTo(oldest) >= 0 && chain.day().compareTo(last) <= 0 && head > after) {
                ranges.add(new Range(chain.day(), chain.partition(), after, head));
            }
        });
        ranges.sort(Comparator.comparing(Range::day).thenComparing(Range::partition));
        return ranges;
    }

    public static boolean wrong(String answer) {
        return answer != null && WRONG_ANSWERS.contains(answer);
    }

    /**
     * The IDs of a window that are new for the user and day, as many as still count: IDs are
     * remembered only until the user has more than the limit, since beyond it the count no longer
     * decides anything (and a user checking millions of IDs must not make millions of rows).
     */
    public static List<String> newIds(
            Set<String> seen, long distinctSoFar, Collection<String> window, int maxDistinct) {
        long room = maxDistinct + 1L - distinctSoFar;
        List<String> fresh = new ArrayList<>();
        for (String id : new LinkedHashSet<>(window)) {
            if (fresh.size() >= room) {
                break;
            }
            if (!seen.contains(id)) {
                fresh.add(id);
            }
        }
        return fresh;
    }

    /** More wrong checks or more distinct IDs in a day than allowed. */
    public static boolean abnormal(long wrong, long distinct, int maxWrong, int maxDistinct) {
        return wrong > maxWrong || distinct > maxDistinct;
    }
}
