package tw.rislink.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.verification.control.UsageWindow.Chain;
import tw.rislink.verification.control.UsageWindow.Range;

class UsageWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void a_chain_is_read_from_where_the_last_scan_stopped_up_to_its_head() {
        Map<Chain, Long> heads = Map.of(new Chain("20260302", 0), 40L, new Chain("20260302", 1), 7L);
        Map<Chain, Long> positions = Map.of(new Chain("20260302", 0), 25L);
        assertEquals(
                List.of(new Range("20260302", 0, 25, 40), new Range("20260302", 1, 0, 7)),
                UsageWindow.ranges(heads, positions, TODAY));
    }

    @Test
    void a_chain_read_to_its_head_is_not_read_again() {
        Map<Chain, Long> heads = Map.of(new Chain("20260302", 3), 12L);
        assertEquals(List.of(), UsageWindow.ranges(heads, Map.of(new Chain("20260302", 3), 12L), TODAY));
    }

    @Test
    void the_first_scan_after_midnight_reads_the_rest_of_the_day_before() {
        // The last scan of 1 March ran at 23:45 and read chain 2 up to 90; ten more checks came
        // before midnight. The scan of 2 March reads them, and 2 March's own chain.
        Map<Chain, Long> heads = Map.of(new Chain("20260301", 2), 100L, new Chain("20260302", 2), 3L);
        Map<Chain, Long> positions = Map.of(new Chain("20260301", 2), 90L);
        assertEquals(
                List.of(new Range("20260301", 2, 90, 100), new Range("20260302", 2, 0, 3)),
                UsageWindow.ranges(heads, positions, TODAY));
    }

    @Test
    void days_out_of_reach_or_after_today_are_left_alone() {
        Map<Chain, Long> heads = Map.of(
                new Chain("20260227", 0), 5L,
                new Chain("20260228", 0), 5L,
                new Chain("20260303", 0), 5L);
        assertEquals(List.of(new Range("20260228", 0, 0, 5)), UsageWindow.ranges(heads, Map.of(), TODAY));
        assertEquals("20260228", UsageWindow.oldestDay(TODAY), "today and the two days before");
    }

    @Test
    void ranges_come_oldest_day_first_then_by_partition() {
        Map<Chain, Long> heads = Map.of(
                new Chain("20260302", 1), 1L,
                new Chain("20260301", 7), 1L,
                new Chain("20260302", 0), 1L);
        assertEquals(
                List.of(new Chain("20260301", 7), new Chain("20260302", 0), new Chain("20260302", 1)),
                UsageWindow.ranges(heads, Map.of(), TODAY).stream()
                        .map(r -> new Chain(r.day(), r.partition()))
                        .toList());
    }

    @Test
    void wrong_data_and_a_locked_id_count_against_the_user() {
        for (String answer :
                List.of("checkIdCardApply=2", "checkIdCardApply=3", "checkIdCardApply=4", "checkIdCardApply=5")) {
            assertTrue(UsageWindow.wrong(answer), answer);
        }
        for (String answer :
                List.of("checkIdCardApply=1", "checkIdCardApply=6", "checkIdCardApply=7", "checkIdCardApply=8")) {
            assertFalse(UsageWindow.wrong(answer), answer);
        }
        assertFalse(UsageWindow.wrong(null), "a refused call has no answer");
    }

    @Test
    void an_id_counts_once_per_user_and_day() {
        assertEquals(List.of("B", "C"), UsageWindow.newIds(Set.of("A"), 1, List.of("A", "B", "B", "C", "A"), 500));
    }

    @Test
    void ids_are_remembered_only_until_the_limit_is_passed() {
        assertEquals(List.of("D", "E"), UsageWindow.newIds(Set.of("A", "B", "C"), 3, List.of("D", "E", "F"), 4));
        assertEquals(List.of(), UsageWindow.newIds(Set.of(), 5, List.of("G"), 4), "already beyond the limit");
    }

    @Test
    void abnormal_is_more_than_the_limits() {
        assertFalse(UsageWindow.abnormal(20, 500, 20, 500));
        assertTrue(UsageWindow.abnormal(21, 0, 20, 500));
        assertTrue(UsageWindow.abnormal(0, 501, 20, 500));
    }
}
