package tw.rislink.credential.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.account.control.PasswordHasher;

class PasswordTableTest {

    @Test
    void the_usual_table_has_one_account_named_after_the_agency() {
        List<PasswordTable.Line> table = PasswordTable.generate("A09000000E");
        assertEquals(1, table.size());
        assertEquals("A09000000E-01", table.get(0).account());
        assertTrue(table.get(0).account().length() <= 20, "rl_agency_password.account is VARCHAR2(20)");
    }

    @Test
    void a_later_table_continues_the_numbers() {
        List<PasswordTable.Line> table =
                PasswordTable.generate("379000000A", 3, Set.of("379000000A-01", "379000000A-03"));
        assertEquals(
                List.of("379000000A-02", "379000000A-04", "379000000A-05"),
                table.stream().map(PasswordTable.Line::account).toList());
    }

    @Test
    void counts_and_codes_outside_the_rules_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordTable.generate("A09000000E", 0, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> PasswordTable.generate("A09000000E", 100, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> PasswordTable.generate("A0900", 1, Set.of()));
        Set<String> all = new HashSet<>();
        PasswordTable.generate("A09000000E", 99, Set.of()).forEach(line -> all.add(line.account()));
        assertEquals(99, all.size());
        assertThrows(IllegalArgumentException.class, () -> PasswordTable.generate("A09000000E", 1, all));
    }

    @Test
    void passwords_have_sixteen_characters_of_the_alphabet_a_digit_and_a_letter() {
        for (int i = 0; i < 2000; i++) {
            String password = PasswordTable.password();
            assertEquals(16, password.length());
            assertTrue(password.chars().allMatch(c -> PasswordTable.ALPHABET.indexOf(c) >= 0), password);
            assertTrue(password.chars().anyMatch(Character::isDigit), password);
            assertTrue(password.chars().anyMatch(Character::isLetter), password);
        }
    }

    @Test
    void the_alphabet_has_no_look_alikes() {
        for (char lookAlike : "0O1lI".toCharArray()) {
            assertFalse(PasswordTable.ALPHABET.indexOf(lookAlike) >= 0, String.valueOf(lookAlike));
        }
        assertEquals(
                PasswordTable.ALPHABET.length(),
                PasswordTable.ALPHABET.chars().distinct().count());
    }

    @Test
    void passwords_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(PasswordTable.password()));
        }
        List<PasswordTable.Line> table = PasswordTable.generate("A09000000E", 99, Set.of());
        assertEquals(
                99, table.stream().map(PasswordTable.Line::password).distinct().count());
    }

    @Test
    void the_hashes_verify_their_own_password_only() {
        List<PasswordTable.HashedLine> table = PasswordTable.generateHashed("A09000000E", 2, Set.of());
        assertEquals(2, table.size());
        for (PasswordTable.HashedLine line : table) {
            assertTrue(line.hash().startsWith("$2a$"));
            assertNotEquals(line.password(), line.hash());
            assertTrue(PasswordHasher.matches(line.password().toCharArray(), line.hash()));
        }
        assertFalse(PasswordHasher.matches(
                table.get(0).password().toCharArray(), table.get(1).hash()));
    }
}
