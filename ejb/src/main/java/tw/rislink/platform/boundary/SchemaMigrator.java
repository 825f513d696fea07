package tw.rislink.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.rislink.account.entity.Role;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.control.DatabaseDialect;
import tw.rislink.platform.control.Settings;
import tw.rislink.platform.control.SqlScript;

/**
 * Brings the schema to the version in db/migrations.txt. The embedded H2 database is migrated
 * at startup; on Oracle a DBA runs the scripts (unless rislink.schema.auto-migrate=true) and
 * the application refuses to start on a schema that is behind.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String VERSION_TABLE = "rl_schema_version";

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    private DatabaseDialect dialect;

    @PostConstruct
    void migrate() {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        List<String> versions = SqlScript.listEntries(SqlScript.read(loader, "db/migrations.txt"));
        try (Connection connection = dataSource.getConnection()) {
            dialect = DatabaseDialect.of(connection.getMetaData().getDatabaseProductName());
            Set<String> applied = appliedVersions(connection);
            boolean apply = dialect.embedded() || Settings.flag("rislink.schema.auto-migrate", false);
            for (String version : versions) {
                if (applied.contains(version)) {
                    continue;
                }
                if (!apply) {
                    throw new IllegalStateException("Schema version " + version + " is not applied to the " + dialect
                            + " database: a DBA runs " + dialect.scriptPath(version));
                }
                apply(connection, loader, version);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate the schema: " + e.getMessage(), e);
        }
    }

    @RolesAllowed(Role.SYSTEM)
    @Lock(LockType.READ)
    public DatabaseDialect dialect() {
        return dialect;
    }

    private Set<String> appliedVersions(Connection connection) throws SQLException {
        Set<String> applied = new HashSet<>();
        if (!tableExists(connection)) {
            return applied;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version FROM " + VERSION_TABLE)) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        return applied;
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        for (String name : List.of(VERSION_TABLE.toUpperCase(), VERSION_TABLE)) {
            try (ResultSet rs = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void apply(Connection connection, ClassLoader loader, String version) throws SQLException {
        List<String> statements = SqlScript.statements(SqlScript.read(loader, dialect.scriptPath(version)));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + VERSION_TABLE + " (version, applied_at) VALUES (?, ?)")) {
                insert.setString(1, version);
                insert.setTimestamp(2, Timestamp.valueOf(TaiwanTime.now()));
                insert.executeUpdate();
            }
            connection.commit();
            LOG.info(() -> "Applied schema version " + version + " (" + statements.size() + " statements)");
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
