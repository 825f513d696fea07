package tw.rislink.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdNumberTest {

    @Test
    void check_digit_follows_the_national_id_weights() {
        // A → 10: 1×1 + 0×9 + 1×8 + 2×7 + 3×6 + 4×5 + 5×4 + 6×3 = 99, so the check digit is 1.
        assertEquals("A1234561", HouseholdNumber.of('A', "123456").value());
        // I → 34: 3×1 + 4×9 = 39, the zeros add nothing: check digit 1.
        assertEquals("I0000001", HouseholdNumber.of('I', "000000").value());
        // Z → 33: 3 + 27 = 30, already a multiple of 10: check digit 0.
        assertEquals("Z0000000", HouseholdNumber.of('Z', "000000").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1234561", "I0000001", "Z0000000", "F9876542"})
    void accepts_valid_numbers(String number) {
        HouseholdNumber parsed = HouseholdNumber.of(" " + number + " ");
        assertEquals(number, parsed.value());
        assertEquals(number.charAt(0), parsed.countyLetter());
    }

    @Test
    void names_the_right_check_digit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HouseholdNumber.of("A1234567"));
        assertEquals("Household number \"A1234567\": check digit should be 1, not 7", e.getMessage());
    }

    @Test
    void every_wrong_last_digit_is_refused() {
        for (char d = '0'; d <= '9'; d++) {
            String number = "F987654" + d;
            if (d != '2') {
                assertThrows(IllegalArgumentException.class, () -> HouseholdNumber.of(number), number);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A123456", "A12345610", "12345678", "a1234561", "A12345X1", "A123456１"})
    void refuses_the_wrong_shape_with_a_reason(String number) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HouseholdNumber.of(number));
        assertTrue(
                e.getMessage().contains("8 characters")
                        || e.getMessage().contains("county letter")
                        || e.getMessage().contains("should be digits"),
                e.getMessage());
    }

    @Test
    void refuses_empty_input() {
        assertEquals(
                "Household number is empty",
                assertThrows(IllegalArgumentException.class, () -> HouseholdNumber.of(" "))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> HouseholdNumber.of(null));
    }
}
