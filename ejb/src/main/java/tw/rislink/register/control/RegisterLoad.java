package tw.rislink.register.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a synthetic register into an empty database: generates it from the seed, writes it in
 * batches with the card holders' photos ({@link RegisterPhotos}), computes the monthly village statistics of the months up to the day it is "as of",
 * and records the load in {@code rg_load}. Used by the embedded application at startup and by
 * the register benchmark.
 */
public final class RegisterLoad {

    public record Result(SyntheticRegister.Summary summary, long rows, Duration generation, Duration statistics) {

        public double rowsPerSecond() {
            return rows / Math.max(0.001, generation.toMillis() / 1000.0);
        }
    }

    private static final int COMMIT_EVERY = 5_000;

    private RegisterLoad() {}

    /** The register is empty: nothing has been loaded into it yet. */
    public static boolean empty(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM rg_household");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /** The towns of the administrative-area code table valid on a day. */
    public static List<SyntheticRegister.Town> towns(Connection connection, LocalDate day) throws SQLException {
        List<SyntheticRegister.Town> towns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT code, name_zh FROM rl_code"
                + " WHERE code_table = 'TOWN' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"
                + " ORDER BY code")) {
            query.setDate(1, Date.valueOf(day));
            query.setDate(2, Date.valueOf(day));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    towns.add(new SyntheticRegister.Town(code, code.substring(0, 5), rs.getString(2)));
                }
            }
        }
        return towns;
    }

    /**
     * Generates and writes the register. The connection must have auto-commit off; the load
     * commits in steps of {@value #COMMIT_EVERY} rows.
     */
    public static Result run(Connection connection, long seed, LocalDate asOf, int persons, int statisticMonths)
            throws SQLException {
        Instant started = Instant.now();
        SyntheticRegister register = new SyntheticRegister(seed, asOf, towns(connection, asOf));
        SyntheticRegister.Summary summary;
        long rows;
        try (JdbcRegisterWriter writer = new JdbcRegisterWriter(connection, COMMIT_EVERY)) {
            summary = register.generate(persons, writer);
            rows = writer.rows();
        }
        rows += RegisterPhotos.fill(connection, COMMIT_EVERY);
        Instant generated = Instant.now();
        YearMonth last = YearMonth.from(asOf);
        for (int i = statisticMonths - 1; i >= 0; i--) {
            VillageStatistics.compute(connection, last.minusMonths(i));
        }
        Instant finished = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rg_load (id, seed, as_of, persons,"
                + " households, started_at, finished_at) VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM rg_load),"
                + " ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seed);
            insert.setDate(2, Date.valueOf(asOf));
            insert.setInt(3, summary.persons());
            insert.setInt(4, summary.households());
            insert.setTimestamp(5, Timestamp.from(started));
            insert.setTimestamp(6, Timestamp.from(finished));
            insert.executeUpdate();
        }
        connection.commit();
        return new Result(summary, rows, Duration.between(started, generated), Duration.between(generated, finished));
    }
}
