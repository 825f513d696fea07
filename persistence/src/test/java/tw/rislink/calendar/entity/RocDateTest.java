package tw.rislink.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RocDateTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-22, 115/11/22, 1151122",
        "2019-06-17, 108/06/17, 1080617",
        "1912-01-01, 001/01/01, 0010101",
        "2011-01-05, 100/01/05, 1000105",
        "2024-02-29, 113/02/29, 1130229"
    })
    void formats_and_parses_both_forms(LocalDate date, String display, String compact) {
        assertEquals(display, RocDate.format(date));
        assertEquals(compact, RocDate.formatCompact(date));
        assertEquals(date, RocDate.parse(display));
        assertEquals(date, RocDate.parseCompact(compact));
        assertEquals(date, RocDate.parse(compact), "a typed date may be compact");
    }

    @Test
    void formats_date_and_time_as_the_seed_shows_it() {
        assertEquals("108/06/17 16:21:59", RocDate.format(LocalDateTime.of(2019, 6, 17, 16, 21, 59)));
    }

    @Test
    void accepts_display_form_without_leading_zeros() {
        assertEquals(LocalDate.of(2009, 1, 5), RocDate.parse("98/1/5"));
    }

    @ParameterizedTest
    @CsvSource({"1151201, 2026-12-01", " 1151201 , 2026-12-01", "0991231, 2010-12-31", "0010101, 1912-01-01"})
    void accepts_the_compact_form_where_a_date_is_typed(String typed, LocalDate date) {
        assertEquals(date, RocDate.parse(typed));
    }

    /** Six digits could be 99/12/31 or a seven-digit date with a digit left out: refused, not guessed. */
    @ParameterizedTest
    @ValueSource(strings = {"991231", "115121", "11512011", "1151301", "1150230", "0000101", "115 1201", "115/1201"})
    void refuses_compact_forms_that_are_not_seven_digits_of_a_calendar_day(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RocDate.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "115-11-22", "2026/11/22", "115/13/01", "113/02/30", "0/01/01", "abc"})
    void refuses_what_is_not_a_roc_date(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RocDate.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"115112", "11511220", "115/11/22", "1151301", "1150230"})
    void refuses_bad_compact_dates(String text) {
        assertThrows(IllegalArgumentException.class, () -> RocDate.parseCompact(text));
    }

    @Test
    void refuses_dates_before_the_roc_calendar() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RocDate.format(LocalDate.of(1911, 12, 31)));
        assertTrue(e.getMessage().contains("1912"));
    }
}
