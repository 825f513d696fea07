package tw.rislink.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RocDateConverterTest {

    private final RocDateConverter converter = new RocDateConverter();

    @ParameterizedTest
    @ValueSource(strings = {"115/12/01", "115/12/1", "1151201", " 1151201 "})
    void reads_a_typed_date_in_either_form(String typed) {
        assertEquals(LocalDate.of(2026, 12, 1), converter.getAsObject(null, null, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void an_empty_field_is_no_date(String typed) {
        assertNull(converter.getAsObject(null, null, typed));
    }

    @Test
    void shows_the_display_form() {
        assertEquals("115/12/01", converter.getAsString(null, null, LocalDate.of(2026, 12, 1)));
    }
}
