package tw.rislink.register.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.rislink.platform.entity.InvalidInputException;

class NationalIdTest {

    @ParameterizedTest
    @CsvSource({
        "A123456789, CITIZEN",
        "F131104093, CITIZEN",
        "Z299999992, CITIZEN",
        "I100000003, CITIZEN",
        "O100000004, CITIZEN",
        "A800000014, RESIDENT",
        "A900000016, RESIDENT",
        "AA00000009, RESIDENT_OLD_FORM",
        "AC00000003, RESIDENT_OLD_FORM",
        "FD12345676, RESIDENT_OLD_FORM"
    })
    void accepts_valid_numbers_of_each_form(String id, NationalId.Kind kind) {
        assertEquals(kind, NationalId.of(id).kind());
        assertEquals(id, NationalId.of(" " + id + " ").value());
    }

    @Test
    void names_the_check_digit_it_expected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NationalId.of("A123456788"));
        assertEquals("National ID \"A123456788\": check digit should be 9, not 8", e.getMessage());
    }

    @Test
    void tells_the_check_digit_as_a_reason_for_the_screens() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NationalId.of("A123456788"));
        assertEquals("invalid.nationalId.checkDigit", e.key());
        assertArrayEquals(new Object[] {"A123456788", "9", "8"}, e.arguments());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a123456789|should start with a capital letter",
                "A12345678|should be 10 characters",
                "A1234567890|should be 10 characters",
                "A323456789|the second character should be 1 or 2",
                "AE00000000|the second character should be 1 or 2",
                "A12345678X|characters 3 to 10 should be digits",
                "1123456789|should start with a capital letter"
            })
    void says_what_is_wrong(String id, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NationalId.of(id));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refuses_empty(String id) {
        assertThrows(IllegalArgumentException.class, () -> NationalId.of(id));
    }

    @Test
    void every_letter_and_sex_gets_a_number_that_checks() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (int sex = 1; sex <= 2; sex++) {
                NationalId id = NationalId.citizen(letter, sex, "1234567");
                assertEquals(NationalId.Kind.CITIZEN, id.kind());
            }
        }
    }

    @Test
    void every_other_check_digit_is_refused() {
        for (char digit = '0'; digit <= '8'; digit++) {
            String changed = "A12345678" + digit;
            assertThrows(IllegalArgumentException.class, () -> NationalId.of(changed), changed);
        }
    }

    @Test
    void old_resident_form_is_valid_to_the_end_of_2030() {
        NationalId old = NationalId.of("AA00000009");
        assertTrue(old.isValidOn(LocalDate.of(2030, 12, 31)));
        assertFalse(old.isValidOn(LocalDate.of(2031, 1, 1)));
        assertTrue(NationalId.of("A123456789").isValidOn(LocalDate.of(2031, 1, 1)));
    }
}
