package tw.rislink.agency.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.rislink.platform.entity.InvalidInputException;

class DataItemEntryTest {

    @Test
    void a_code_is_read_stripped_and_in_capitals() {
        assertEquals("PERSON_NAME", DataItemEntry.code(" person_name\t"));
        assertEquals("A1", DataItemEntry.code("A1"));
        assertEquals("A" + "B".repeat(19), DataItemEntry.code("A" + "B".repeat(19)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "1ABC", "_ABC", "AB-C", "AB C", "姓名", "ABCDEFGHIJKLMNOPQRSTU"})
    void a_code_that_is_no_code_is_refused_quoting_it(String typed) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> DataItemEntry.code(typed));
        assertEquals("invalid.dataItem.code", refused.key());
        assertArrayEquals(new Object[] {typed.strip().toUpperCase(java.util.Locale.ROOT)}, refused.arguments());
    }

    @Test
    void no_code_at_all_is_refused() {
        assertEquals(
                "invalid.dataItem.code",
                assertThrows(InvalidInputException.class, () -> DataItemEntry.code(null))
                        .key());
    }

    @Test
    void names_are_required_and_fit_their_columns() {
        assertEquals("姓名", DataItemEntry.nameZh(" 姓名 "));
        assertEquals("名".repeat(100), DataItemEntry.nameZh("名".repeat(100)));
        assertEquals("n".repeat(200), DataItemEntry.nameEn("n".repeat(200)));
        for (String blank : new String[] {null, "", "   "}) {
            assertEquals(
                    "invalid.dataItem.nameZh",
                    assertThrows(InvalidInputException.class, () -> DataItemEntry.nameZh(blank))
                            .key());
            assertEquals(
                    "invalid.dataItem.nameEn",
                    assertThrows(InvalidInputException.class, () -> DataItemEntry.nameEn(blank))
                            .key());
        }
        InvalidInputException tooLong =
                assertThrows(InvalidInputException.class, () -> DataItemEntry.nameZh("名".repeat(101)));
        assertArrayEquals(new Object[] {"100"}, tooLong.arguments());
        assertThrows(InvalidInputException.class, () -> DataItemEntry.nameEn("n".repeat(201)));
    }

    @Test
    void transactions_are_a_comma_list_read_as_meant_each_once() {
        assertEquals(List.of("RQ01"), DataItemEntry.transactions("RQ01"));
        assertEquals(List.of("RQ01", "RQ02", "V1C104"), DataItemEntry.transactions(" rq01 , RQ02,V1C104 "));
        assertEquals(List.of("RQ01", "RQ02", "ST01"), DataItemEntry.transactions("RQ01，RQ02、ST01"));
        assertEquals(List.of("RQ02", "RQ01"), DataItemEntry.transactions("RQ02,RQ01,RQ02"));
        assertEquals(List.of("AB", "ABCDEFGHIJ"), DataItemEntry.transactions("AB,ABCDEFGHIJ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "RQ01,", ",RQ01", "RQ01,,RQ02", "R", "RQ_01", "RQ-01", "ABCDEFGHIJK", "RQ01 RQ02"})
    void transactions_that_are_no_list_of_codes_are_refused(String typed) {
        assertEquals(
                "invalid.dataItem.transactions",
                assertThrows(InvalidInputException.class, () -> DataItemEntry.transactions(typed))
                        .key());
    }

    @Test
    void the_refusal_quotes_the_part_that_is_no_code() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> DataItemEntry.transactions("RQ01, RQ-2 ,RQ03"));
        assertArrayEquals(new Object[] {"RQ-2"}, refused.arguments());
        assertEquals(
                "invalid.dataItem.transactions",
                assertThrows(InvalidInputException.class, () -> DataItemEntry.transactions(null))
                        .key());
    }

    @Test
    void transactions_fit_their_column() {
        StringBuilder fits = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            fits.append(i == 0 ? "" : ",").append(String.format("TX%08d", i));
        }
        assertEquals(197, fits.length());
        assertEquals(18, DataItemEntry.transactions(fits.toString()).size());
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> DataItemEntry.transactions(fits + ",TX00000099"));
        assertEquals("invalid.dataItem.transactionsTooLong", refused.key());
    }
}
