package tw.rislink.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistrySourceTest {

    @Test
    void unset_only_the_embedded_default_has_a_registry_its_demo_table() {
        assertEquals(RegistrySource.TABLE, RegistrySource.choose(null, true));
        assertEquals(RegistrySource.NONE, RegistrySource.choose(null, false));
        assertEquals(RegistrySource.NONE, RegistrySource.choose("  ", false));
    }

    @Test
    void an_operator_names_the_source() {
        assertEquals(RegistrySource.TABLE, RegistrySource.choose("table", false));
        assertEquals(RegistrySource.TABLE, RegistrySource.choose(" TABLE ", false));
        assertEquals(RegistrySource.NONE, RegistrySource.choose("none", true));
    }

    @Test
    void a_value_that_names_no_source_is_reported_not_guessed() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RegistrySource.choose("moea-api", false));
        assertTrue(e.getMessage().contains("moea-api"), e.getMessage());
    }
}
