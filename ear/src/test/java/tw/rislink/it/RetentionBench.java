package tw.rislink.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention purge benchmark (bench/retention.sh), against its own server: a million e-gate
 * results already due are written into the stopped server's database (stub and answer, as the
 * workbench keeps them), the server is started with the purge timer suspended, RQ02 over the REST
 * API is measured, then the timer is triggered through the management model and RQ02 measured in
 * 5-second slices while it runs, and once more after it. The purge's own time is the one its
 * timer run logs (TimerRuns: {@code ms=}); the answers left due are counted in the stopped
 * database at the end.
 */
public final class RetentionBench {

    private static final Pattern TIMER_ID = Pattern.compile("\"([0-9a-f-]{36})\"");
    private static final Pattern RUN_MS =
            Pattern.compile("Timer run: job=OnlineResults\\.tenMinutely info=\\S+ next=\\S+ node=\\S+ ms=(\\d+)");

    /**
     * Signed tokens per 15-second round (a slice of 5 s gets a third): each call spends one (replays
     * are refused), and a quiet server answers some 600 calls a second.
     */
    private static final int TOKENS = 15_000;

    private RetentionBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        int results = Integer.getInteger("results", 1_000_000);
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "retention-bench");
        try (ServerProcess server = new ServerProcess(work, 750, Map.of())) {
            server.start();
            clearOfScheduledPurge();
            server.stop();
            List<String> ids = DataServiceBench.livingIds(work);
            long written = System.nanoTime();
            insertDue(DataServiceBench.database(work), results);
            System.out.printf("wrote %d due results in %.1f s%n", results, (System.nanoTime() - written) / 1e9);
            Properties agency = DataServiceBench.demoAgency(work);
            PrivateKey key = DataServiceBench.privateKey(Path.of(agency.getProperty("key")));

            server.start();
            String timer = timer(server);
            server.cli(timer + ":suspend");
            String rest = "https://127.0.0.1:" + (8443 + server.portOffset()) + "/rislink/api/integration/rwv1c1";
            Path tokens = work.resolve("tokens");
            Files.createDirectories(tokens);
            System.out.println("warming up...");
            rq02(rest, seconds, clients, agency, key, ids, tokens.resolve("warm.txt"), TOKENS);
            double[] before = rq02(rest, seconds, clients, agency, key, ids, tokens.resolve("before.txt"), TOKENS);
            List<String> slices = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                slices.add(DataServiceBench.sign(agency, key, ids, TOKENS / 3, tokens.resolve("during-" + i + ".txt")));
            }
            long logFrom = Files.size(server.serverLog());
            server.cli(timer + ":activate");
            CompletableFuture<String> purge = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.cli(timer + ":trigger");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<double[]> during = new ArrayList<>();
            Integer purgeMs = null;
            for (int i = 0; i < slices.size() && (purgeMs = purgeMs(server, logFrom)) == null; i++) {
                during.add(Wrk.run(rest, 5, clients, "verification.lua", List.of(slices.get(i), "2")));
            }
            purge.get();
            while (purgeMs == null) {
                Thread.sleep(500);
                purgeMs = purgeMs(server, logFrom);
            }
            double[] after = rq02(rest, seconds, clients, agency, key, ids, tokens.resolve("after.txt"), TOKENS);
            server.stop();
            long left = dueLeft(DataServiceBench.database(work));

            StringBuilder table = new StringBuilder(String.format(
                    "purge of %d due results: %d ms (%.0f results/s), due answers left: %d%n%n",
                    results, purgeMs, results * 1000.0 / purgeMs, left));
            table.append("| RQ02 over REST | req/s | p50 ms | p99 ms | p99 / before |\n|---|---|---|---|---|\n");
            row(table, "before the purge", before, before);
            for (int i = 0; i < during.size(); i++) {
                row(table, "during, slice " + (i + 1) + " (5 s)", during.get(i), before);
            }
            row(table, "after the purge", after, before);
            System.out.print(table);
        }
    }

    /**
     * Waits, if need be, until the purge's next scheduled run (every ten minutes) is far enough away
     * that the stop, the writing, the restart and the measurement before the trigger end before it: a run missed while the server was
     * down fires as it starts, and would purge before the measurement of "before" and alongside the
     * triggered one (a first run of this harness measured two purges at once).
     */
    private static void clearOfScheduledPurge() throws InterruptedException {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Taipei"));
        LocalDateTime next = now.withSecond(0).withNano(0).plusMinutes(10 - now.getMinute() % 10);
        if (java.time.Duration.between(now, next).toMinutes() < 7) {
            long wait = java.time.Duration.between(now, next).toMillis() + 20_000;
            System.out.printf("waiting %d s for the scheduled purge at %s to pass%n", wait / 1000, next);
            Thread.sleep(wait);
        }
    }

    static double[] rq02(
            String url,
            int seconds,
            int clients,
            Properties agency,
            PrivateKey key,
            List<String> ids,
            Path file,
            int tokens)
            throws Exception {
        return Wrk.run(
                url,
                seconds,
                clients,
                "verification.lua",
                List.of(DataServiceBench.sign(agency, key, ids, tokens, file), "2"));
    }

    private static void row(StringBuilder table, String what, double[] measured, double[] before) {
        table.append(String.format(
                "| %s | %.0f | %.2f | %.2f | %.2f |%n",
                what, measured[0], measured[1], measured[2], measured[2] / before[2]));
    }

    /** The address of the purge's timer in the management model. */
    private static String timer(ServerProcess server) throws Exception {
        String service = "/deployment=rislink.ear/subdeployment=rislink-ejb.jar/subsystem=ejb3"
                + "/stateless-session-bean=OnlineResults/service=timer-service";
        String names = server.cli(service + ":read-children-names(child-type=timer)");
        Matcher m = TIMER_ID.matcher(names);
        if (!m.find()) {
            throw new IllegalStateException("no timer of OnlineResults in:\n" + names);
        }
        return service + "/timer=" + m.group(1);
    }

    private static Integer purgeMs(ServerProcess server, long from) throws Exception {
        byte[] log = Files.readAllBytes(server.serverLog());
        Matcher m = RUN_MS.matcher(
                new String(log, (int) from, log.length - (int) from, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Writes due results of the demo agency's officer, as the workbench keeps them, an hour past due. */
    private static void insertDue(String url, int count) throws Exception {
        LocalDateTime due = LocalDateTime.now(ZoneId.of("Asia/Taipei")).minusHours(1);
        String answer =
                "{\"transaction\":\"RQ02\",\"items\":[\"PERSON_NAME\",\"BIRTH_DATE\",\"ADDRESS\"],\"rows\":[{\"kind\":"
                        + "\"person\",\"fields\":[{\"name\":\"personId\",\"value\":\"A123456789\"},{\"name\":\"name\",\"value\":"
                        + "\"王小明\",\"item\":\"PERSON_NAME\"},{\"name\":\"birthDate\",\"value\":\"0750312\",\"item\":\"BIRTH_DATE\"},"
                        + "{\"name\":\"address\",\"value\":\"臺北市信義區市府路1號\",\"item\":\"ADDRESS\"}],\"rows\":[]}]}";
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement stub = c.prepareStatement("INSERT INTO rl_query_result (id, code, agency_code,"
                        + " user_name, transaction_code, business_item, asked_at, expires_at, answer_digest,"
                        + " record_count, subjects, items) VALUES (?, ?, '376480000A', 'welfare', 'RQ02', '效能測試',"
                        + " ?, ?, ?, 1, 'A123456789', 'PERSON_NAME,BIRTH_DATE,ADDRESS')");
                PreparedStatement body = c.prepareStatement(
                        "INSERT INTO rl_query_result_body (result_id, expires_at, content) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            Timestamp asked = Timestamp.valueOf(due.minusDays(1));
            Timestamp expires = Timestamp.valueOf(due);
            String digest = "0".repeat(64);
            for (int i = 0; i < count; i++) {
                long id = 1_000_000_000L + i;
                String n = String.format("%012d", i);
                stub.setLong(1, id);
                stub.setString(2, "BNCH-" + n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8));
                stub.setTimestamp(3, asked);
                stub.setTimestamp(4, expires);
                stub.setString(5, digest);
                stub.addBatch();
                body.setLong(1, id);
                body.setTimestamp(2, expires);
                body.setString(3, answer);
                body.addBatch();
                if (i % 10_000 == 9_999 || i == count - 1) {
                    stub.executeBatch();
                    body.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private static long dueLeft(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT COUNT(*) FROM rl_query_result_body WHERE result_id >= 1000000000")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
