package tw.rislink.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splits_at_semicolons_that_end_a_line_and_drops_comments() {
        List<String> statements = SqlScript.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (
                    id NUMBER(19) NOT NULL
                );

                CREATE SEQUENCE a_seq START WITH 50 INCREMENT BY 50;
                """);
        assertEquals(
                List.of(
                        "CREATE TABLE a (\nid NUMBER(19) NOT NULL\n)",
                        "CREATE SEQUENCE a_seq START WITH 50 INCREMENT BY 50"),
                statements);
    }

    @Test
    void refuses_a_script_whose_last_statement_is_not_terminated() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("CREATE TABLE a (id INT)"));
        assertEquals("Script ends without a semicolon: CREATE TABLE a (id INT)", e.getMessage());
    }

    @Test
    void reads_list_entries_without_comments() {
        assertEquals(
                List.of("V001__a.sql", "V002__b.sql"),
                SqlScript.listEntries("# versions\nV001__a.sql\n\nV002__b.sql\n"));
    }

    @Test
    void knows_the_databases_it_has_scripts_for() {
        assertEquals(DatabaseDialect.H2, DatabaseDialect.of("H2"));
        assertEquals(DatabaseDialect.ORACLE, DatabaseDialect.of("Oracle"));
        assertEquals("db/oracle/V001__foundation.sql", DatabaseDialect.ORACLE.scriptPath("V001__foundation.sql"));
        assertThrows(IllegalStateException.class, () -> DatabaseDialect.of("PostgreSQL"));
    }
}
