package tw.rislink.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a versioned schema script: separated by a semicolon at the end of a line,
 * with "--" comment lines dropped. Scripts hold DDL only, so no statement has a semicolon inside.
 */
public final class SqlScript {

    private SqlScript() {}

    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "Script ends without a semicolon: " + current.toString().strip());
        }
        return statements;
    }

    /** The non-comment lines of a list such as db/migrations.txt. */
    public static List<String> listEntries(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                entries.add(trimmed);
            }
        }
        return entries;
    }

    public static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs every version's script, in order, on an empty database: how unit tests and the
     * register benchmark get the schema the application migrates to (without its version table
     * bookkeeping, which only the running application needs).
     */
    public static void createSchema(Connection connection, DatabaseDialect dialect) throws SQLException {
        ClassLoader loader = SqlScript.class.getClassLoader();
        try (Statement statement = connection.createStatement()) {
            for (String version : listEntries(read(loader, "db/migrations.txt"))) {
                for (String sql : statements(read(loader, dialect.scriptPath(version)))) {
                    statement.execute(sql);
                }
            }
        }
    }
}
