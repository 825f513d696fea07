package tw.rislink.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashes_in_the_modular_crypt_form_the_realm_reads() {
        String hash = PasswordHasher.hash("rislink-demo".toCharArray());
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(hash.length() <= 100, "fits rl_user.password_hash");
    }

    @Test
    void checks_the_password_and_salts_each_hash() {
        String first = PasswordHasher.hash("密碼-Secret1".toCharArray());
        String second = PasswordHasher.hash("密碼-Secret1".toCharArray());
        assertNotEquals(first, second);
        assertTrue(PasswordHasher.matches("密碼-Secret1".toCharArray(), first));
        assertFalse(PasswordHasher.matches("密碼-secret1".toCharArray(), first));
    }
}
