package tw.rislink.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The versioned scripts: each version exists for both databases, both create the same tables
 * and sequences (except the embedded default's demo data), and the H2 one runs on H2 in Oracle
 * mode as the embedded default does.
 */
class SchemaScriptsTest {

    private static final Pattern CREATED =
            Pattern.compile("CREATE (TABLE|SEQUENCE|INDEX) (\\w+)", Pattern.CASE_INSENSITIVE);
    /** The demo company registry: on Oracle the DBA provides the real one, or the yearly check has no source. */
    private static final Set<String> EMBEDDED_ONLY = Set.of("TABLE rl_company_registry");

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void both_databases_get_the_same_objects_in_every_version() {
        List<String> versions = SqlScript.listEntries(SqlScript.read(loader, "db/migrations.txt"));
        assertFalse(versions.isEmpty());
        for (String version : versions) {
            TreeSet<String> embedded = created(DatabaseDialect.H2, version);
            embedded.removeAll(EMBEDDED_ONLY);
            assertEquals(embedded, created(DatabaseDialect.ORACLE, version), version);
        }
    }

    @Test
    void the_demo_company_registry_is_never_created_on_oracle() {
        for (String version : SqlScript.listEntries(SqlScript.read(loader, "db/migrations.txt"))) {
            String script = SqlScript.read(loader, DatabaseDialect.ORACLE.scriptPath(version));
            for (String sql : SqlScript.statements(script)) {
                assertFalse(sql.toLowerCase(Locale.ROOT).contains("rl_company_registry"), version + ": " + sql);
            }
        }
    }

    @Test
    void the_h2_scripts_run_on_h2_in_oracle_mode() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:schema;MODE=Oracle", "sa", "")) {
            SqlScript.createSchema(connection, DatabaseDialect.H2);
        }
    }

    private TreeSet<String> created(DatabaseDialect dialect, String version) {
        TreeSet<String> objects = new TreeSet<>();
        for (String sql : SqlScript.statements(SqlScript.read(loader, dialect.scriptPath(version)))) {
            Matcher m = CREATED.matcher(sql);
            if (m.find()) {
                objects.add(
                        m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return objects;
    }
}
