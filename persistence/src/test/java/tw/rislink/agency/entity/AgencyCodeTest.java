package tw.rislink.agency.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"A09000000E", "379000000A", "A01010000C", "383000000G"})
    void accepts_codes_of_the_personnel_administration_table(String code) {
        assertEquals(code, AgencyCode.of(code).value());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A0900000E|should be 10 characters",
                "A09000000EE|should be 10 characters",
                "A09000000e|should end with a capital letter",
                "A090000001|should end with a capital letter",
                "a09000000E|character 1 should be a digit or a capital letter",
                "A0900-000E|character 6 should be a digit or a capital letter",
                "000000000A|names no agency",
                "04595252|should be 10 characters"
            })
    void refuses_what_is_not_an_agency_code(String code, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgencyCode.of(code));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refuses_empty_codes(String code) {
        assertEquals(
                "Agency code is empty",
                assertThrows(IllegalArgumentException.class, () -> AgencyCode.of(code))
                        .getMessage());
    }
}
