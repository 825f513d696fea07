package tw.rislink.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistryCheckTest {

    @Test
    void names_padded_by_a_char_column_or_in_full_width_forms_are_the_same_name() {
        assertTrue(RegistryCheck.sameName("示範商業銀行股份有限公司      ", "示範商業銀行股份有限公司"));
        assertTrue(RegistryCheck.sameName("ＡＢＣ科技股份有限公司", "ABC科技股份有限公司"));
        assertFalse(RegistryCheck.sameName("中華電信公司（舊名）", "中華電信股份有限公司"));
    }
}
