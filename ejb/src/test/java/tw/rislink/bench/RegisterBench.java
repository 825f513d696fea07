package tw.rislink.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import tw.rislink.platform.control.DatabaseDialect;
import tw.rislink.platform.control.SqlScript;
import tw.rislink.register.control.RegisterLoad;

/**
 * The register benchmark (bench/register.sh): for each size, a fresh H2 file database in
 * Oracle mode with the application's schema scripts, the synthetic register loaded with the
 * application's loader, then lookups by national ID and by household number (with its
 * members) using the statements the register lookup runs, timed one by one. The baseline is
 * {@code SELECT 1 FROM DUAL} on the same connection in the same run. The system property
 * {@code rislink.bench.h2} appends settings to the H2 URL (e.g. {@code ;CACHE_SIZE=1048576}).
 */
public final class RegisterBench {

    private static final String PERSON = "SELECT person_id, name, sex, birth_date, birth_place, father_id, mother_id,"
            + " spouse_id, status, household_no, removed_on, removal_reason FROM rg_person WHERE person_id = ?";
    private static final String HOUSEHOLD = "SELECT household_no, household_type, head_id, county_code, town_code,"
            + " village_code, neighbourhood, street, section, lane, alley, house_number, floor, established_on"
            + " FROM rg_household WHERE household_no = ?";
    private static final String MEMBERS = "SELECT p.person_id, p.name, p.sex, p.birth_date, p.status, m.id,"
            + " m.relationship, m.moved_in FROM rg_membership m, rg_person p"
            + " WHERE m.household_no = ? AND m.moved_out IS NULL AND p.person_id = m.person_id";

    private RegisterBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/register-bench");
        int lookups = 20_000;
        System.out.printf(
                "%-10s %10s %12s %10s %14s %14s %14s %16s %16s%n",
                "persons",
                "rows",
                "load rows/s",
                "db MB",
                "baseline p50",
                "by ID p50/p99",
                "ratio p50/p99",
                "household p50/p99",
                "ratio p50/p99");
        for (int i = 1; i < args.length; i++) {
            int persons = Integer.parseInt(args[i].replace("_", ""));
            Path db = folder.resolve("bench-" + persons);
            deleteAll(folder, "bench-" + persons);
            Files.createDirectories(folder);
            String url =
                    "jdbc:h2:file:" + db.toAbsolutePath() + ";MODE=Oracle" + System.getProperty("rislink.bench.h2", "");
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                SqlScript.createSchema(c, DatabaseDialect.H2);
                c.setAutoCommit(false);
                RegisterLoad.Result load = RegisterLoad.run(c, 1151122, LocalDate.of(2026, 10, 31), persons, 1);
                c.setAutoCommit(true);
                List<String> ids = sample(c, "SELECT person_id FROM rg_person", lookups);
                List<String> households = sample(c, "SELECT household_no FROM rg_household", lookups);
                long[] baseline = time(c, List.of("x"), lookups, (con, key) -> {
                    try (Statement s = con.createStatement();
                            ResultSet rs = s.executeQuery("SELECT 1 FROM DUAL")) {
                        rs.next();
                    }
                });
                long[] byId = time(c, ids, lookups, (con, key) -> query(con, PERSON, key));
                long[] byHousehold = time(c, households, lookups, (con, key) -> {
                    query(con, HOUSEHOLD, key);
                    query(con, MEMBERS, key);
                });
                long bytes = Files.size(Path.of(db + ".mv.db"));
                System.out.printf(
                        "%-10d %10d %12.0f %10.0f %11.1f µs %6.1f/%5.1f µs %7.1f/%6.1f %8.1f/%6.1f µs %8.1f/%6.1f%n",
                        load.summary().persons(),
                        load.rows(),
                        load.rowsPerSecond(),
                        bytes / 1e6,
                        p(baseline, 50),
                        p(byId, 50),
                        p(byId, 99),
                        p(byId, 50) / p(baseline, 50),
                        p(byId, 99) / p(baseline, 99),
                        p(byHousehold, 50),
                        p(byHousehold, 99),
                        p(byHousehold, 50) / p(baseline, 50),
                        p(byHousehold, 99) / p(baseline, 99));
            }
            deleteAll(folder, "bench-" + persons);
        }
    }

    private interface Lookup {
        void run(Connection connection, String key) throws SQLException;
    }

    private static void query(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + key);
                }
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    /** Times each lookup after a warm-up of the same number; returns nanoseconds, sorted. */
    private static long[] time(Connection c, List<String> keys, int count, Lookup lookup) throws SQLException {
        for (int i = 0; i < count; i++) {
            lookup.run(c, keys.get(i % keys.size()));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            lookup.run(c, keys.get((i * 7919) % keys.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double p(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1000.0;
    }

    /** A random sample of keys, spread over the whole table so that lookups miss the cache as real ones do. */
    private static List<String> sample(Connection c, String sql, int size) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        SplittableRandom random = new SplittableRandom(1);
        List<String> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(all.get(random.nextInt(all.size())));
        }
        return sample;
    }

    private static void deleteAll(Path folder, String prefix) throws Exception {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.reverseOrder())
                    .toList()) {
                Files.delete(file);
            }
        }
    }
}
