package tw.rislink.register.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.rislink.account.entity.Role;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.SchemaMigrator;
import tw.rislink.platform.control.Settings;
import tw.rislink.register.control.RegisterLoad;
import tw.rislink.register.control.RegisterPhotos;

/**
 * Fills the embedded database's empty register with a synthetic one at startup:
 * {@code rislink.register.persons} persons (10 000 by default, 0 for none) from
 * {@code rislink.register.seed}, as of the last day of the previous month (or the ISO date
 * {@code rislink.register.as-of}, so that a test can regenerate the same register), with the village
 * statistics of the last {@code rislink.register.statistic-months} months. Up to
 * {@value #SYNCHRONOUS_LIMIT} persons load before the application takes requests; larger
 * registers load in the background, committed in steps, with progress in the log. A register
 * loaded before ID-card photos existed gets its photos drawn once, in the background.
 * Never writes to Oracle, whose register belongs to the registration system.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs(Role.SYSTEM)
public class RegisterSeeder {

    static final int SYNCHRONOUS_LIMIT = 200_000;

    private static final Logger LOG = Logger.getLogger(RegisterSeeder.class.getName());

    @EJB
    private SchemaMigrator schema;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    private volatile String status = "register not loaded";

    @PostConstruct
    void seed() {
        int persons = Settings.integer("rislink.register.persons", 10_000);
        if (!schema.dialect().embedded() || persons <= 0) {
            return;
        }
        long seed = Settings.integer("rislink.register.seed", 1151122);
        int months = Settings.integer("rislink.register.statistic-months", 12);
        String day = System.getProperty("rislink.register.as-of");
        LocalDate asOf = day == null || day.isBlank()
                ? YearMonth.from(TaiwanTime.now()).minusMonths(1).atEndOfMonth()
                : LocalDate.parse(day.strip());
        try (Connection connection = dataSource.getConnection()) {
            if (!RegisterLoad.empty(connection)) {
                status = "register loaded earlier";
                if (RegisterPhotos.missing(connection)) {
                    executor.submit(this::photos);
                }
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the register tables", e);
        }
        if (persons <= SYNCHRONOUS_LIMIT) {
            load(seed, asOf, persons, months);
        } else {
            status = "loading " + persons + " persons in the background";
            LOG.info(() -> "Loading a synthetic register of " + persons + " persons in the background");
            executor.submit(() -> load(seed, asOf, persons, months));
        }
    }

    private void load(long seed, LocalDate asOf, int persons, int months) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RegisterLoad.Result result = RegisterLoad.run(connection, seed, asOf, persons, months);
                status = String.format(
                        "%,d persons in %,d households (seed %d, as of %s)",
                        result.summary().persons(), result.summary().households(), seed, asOf);
                LOG.info(() -> String.format(
                        "Synthetic register loaded: %s; %,d rows in %.1f s (%,.0f rows/s), statistics %.1f s",
                        status,
                        result.rows(),
                        result.generation().toMillis() / 1000.0,
                        result.rowsPerSecond(),
                        result.statistics().toMillis() / 1000.0));
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            status = "register load failed, see the server log";
            LOG.log(Level.SEVERE, "Loading the synthetic register failed", e);
            throw new IllegalStateException("Loading the synthetic register failed", e);
        }
    }

    /** The photos a register loaded before they existed lacks (migration V022), in the background. */
    private void photos() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long started = System.nanoTime();
                int photos = RegisterPhotos.fill(connection, 5_000);
                LOG.info(() -> String.format(
                        "ID-card photos drawn for the register loaded earlier: %,d in %.1f s",
                        photos, (System.nanoTime() - started) / 1e9));
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Drawing the register's ID-card photos failed", e);
        }
    }

    /** What the register holds, for the startup banner. */
    @RolesAllowed(Role.SYSTEM)
    public String status() {
        return status;
    }
}
