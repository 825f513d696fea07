package tw.rislink.platform.control;

import java.util.Locale;

/** The databases the schema scripts exist for; the folder under db/ holds each one's scripts. */
public enum DatabaseDialect {
    H2("h2", true),
    ORACLE("oracle", false);

    private final String folder;
    private final boolean embedded;

    DatabaseDialect(String folder, boolean embedded) {
        this.folder = folder;
        this.embedded = embedded;
    }

    public static DatabaseDialect of(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("oracle")) {
            return ORACLE;
        }
        throw new IllegalStateException("No schema scripts for database " + databaseProductName);
    }

    public String scriptPath(String script) {
        return "db/" + folder + "/" + script;
    }

    /** The embedded default: its schema is applied and its demo data seeded at startup. */
    public boolean embedded() {
        return embedded;
    }
}
