package tw.rislink.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A second row with a taken code is told apart from other failed writes, on H2 as run and on Oracle's message. */
class UniqueConstraintTest {

    private static final String CONSTRAINT = "rl_data_item_code_uq";

    @Test
    void h2_names_the_constraint_a_duplicate_code_violates() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:unique;MODE=Oracle", "sa", "")) {
            SqlScript.createSchema(connection, DatabaseDialect.H2);
            try (Statement statement = connection.createStatement()) {
                SQLException duplicate =
                        assertThrows(SQLException.class, () -> statement.executeUpdate(insert(900, "SEX")));
                assertTrue(UniqueConstraint.violated(new PersistenceException("flush failed", duplicate), CONSTRAINT));

                SQLException missingName = assertThrows(
                        SQLException.class,
                        () -> statement.executeUpdate(insert(901, "NEW_CODE").replace("'名稱'", "NULL")));
                assertFalse(UniqueConstraint.violated(missingName, CONSTRAINT), missingName.getMessage());

                SQLException samePrimaryKey =
                        assertThrows(SQLException.class, () -> statement.executeUpdate(insert(1, "OTHER_CODE")));
                assertFalse(UniqueConstraint.violated(samePrimaryKey, CONSTRAINT), samePrimaryKey.getMessage());
            }
        }
    }

    @Test
    void oracle_says_it_as_ora_00001_naming_the_constraint() {
        SQLException oracle = new SQLIntegrityConstraintViolationException(
                "ORA-00001: unique constraint (RISLINK.RL_DATA_ITEM_CODE_UQ) violated", "23000", 1);
        assertTrue(UniqueConstraint.violated(new PersistenceException(new RuntimeException(oracle)), CONSTRAINT));
        SQLException other = new SQLIntegrityConstraintViolationException(
                "ORA-00001: unique constraint (RISLINK.SYS_C0012345) violated", "23000", 1);
        assertFalse(UniqueConstraint.violated(other, CONSTRAINT));
    }

    @Test
    void a_failure_that_is_no_integrity_violation_is_not_a_duplicate() {
        SQLException timeout = new SQLException("Timeout trying to lock table RL_DATA_ITEM_CODE_UQ", "HYT00");
        assertFalse(UniqueConstraint.violated(new PersistenceException(timeout), CONSTRAINT));
        assertFalse(UniqueConstraint.violated(new PersistenceException("no cause"), CONSTRAINT));
    }

    private static String insert(long id, String code) {
        return "INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (" + id
                + ", '" + code + "', '名稱', 'Name', 'HOUSEHOLD', 'RQ01', 0)";
    }
}
