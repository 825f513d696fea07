package tw.rislink.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"04595257", "22099131", "96979933", "12345675", "10458574", "10458575"})
    void accepts_numbers_valid_under_the_old_and_new_rules(String id) {
        assertEquals(id, BusinessId.of(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"04595252", "10458570"})
    void accepts_the_test_numbers_valid_only_under_the_divisible_by_five_rule(String id) {
        assertEquals(id, BusinessId.of(id).value());
    }

    @Test
    void seventh_digit_seven_may_count_either_way() {
        // 7 x 4 = 28: 2 + 8 = 10, or 1 + 0 = 1; either sum that is divisible by 5 is valid.
        assertEquals("10458570", BusinessId.of("10458570").value());
        assertEquals("10458575", BusinessId.of("10458575").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"04595251", "12345678", "96979934"})
    void refuses_a_wrong_digit(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessId.of(id));
        assertTrue(e.getMessage().contains("not divisible by 5"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "123456789", "1234567a"})
    void refuses_what_is_not_8_digits(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessId.of(id));
        assertTrue(e.getMessage().contains("should be 8 digits"), e.getMessage());
    }
}
