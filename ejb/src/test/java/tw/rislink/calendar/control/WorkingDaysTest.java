package tw.rislink.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void five_working_days_skip_the_weekend() {
        // 2026-11-20 is a Friday: due the next Friday.
        assertEquals(LocalDate.of(2026, 11, 27), WorkingDays.after(LocalDate.of(2026, 11, 20), 5, Set.of()));
        // Filed on a Sunday: Monday is the first working day.
        assertEquals(LocalDate.of(2026, 11, 27), WorkingDays.after(LocalDate.of(2026, 11, 22), 5, Set.of()));
    }

    @Test
    void holidays_do_not_count() {
        Set<LocalDate> lunarNewYear = Set.of(
                LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19),
                LocalDate.of(2026, 2, 20));
        // Filed Friday 2026-02-13, the whole next week is the new year: due Friday 2026-02-27.
        assertEquals(LocalDate.of(2026, 2, 27), WorkingDays.after(LocalDate.of(2026, 2, 13), 5, lunarNewYear));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 18), lunarNewYear));
    }
}
