package tw.rislink.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tw.rislink.calendar.entity.RocDate;

/**
 * The verification benchmark (bench/verification.sh), against its own server: ID-card checks
 * per second and their latency against {@code GET /api/health} and {@code GET /api/ping} in the
 * same run, with wrk as the load generator. The company's credential is written into the stopped
 * server's database; the tokens of a round are signed before the round (signing is the client's
 * cost, not the server's) with iat/exp 10 minutes either side, as real clients send them; every
 * call is a matching check of a real card, authenticated, locked, compared and audited.
 */
public final class VerificationBench {

    private static final String ISS = "BenchIssKey00000000000000000000A";

    private VerificationBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        // With -Dprofile=<file.jfr>, the server records a flight recording of round 1's checks.
        String profile = System.getProperty("profile");
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "verification-bench");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        try (ServerProcess server = new ServerProcess(work, 600, Map.of())) {
            server.start();
            server.stop();
            List<String[]> cards = new ArrayList<>();
            String url = "jdbc:h2:file:" + work.resolve("data/rislink").toAbsolutePath() + ";MODE=Oracle";
            try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO rl_api_credential (iss_key, agency_account,"
                                + " org_id, holder_name, public_key, addresses, jobs, status, created_at)"
                                + " VALUES (?, 'AW999', '04595252', 'bench', ?, '127.0.0.1,::1', 'V2C201', 'ACTIVE', ?)")) {
                    insert.setString(1, ISS);
                    insert.setString(
                            2,
                            Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
                    insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                    insert.executeUpdate();
                }
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT c.person_id, c.apply_code, c.issued_on, c.issue_site"
                                + " FROM rg_id_card c WHERE c.reported_lost_on IS NULL AND c.issued_on ="
                                + " (SELECT MAX(d.issued_on) FROM rg_id_card d WHERE d.person_id = c.person_id)")) {
                    while (rs.next() && cards.size() < 2000) {
                        cards.add(new String[] {
                            rs.getString(1),
                            rs.getString(2),
                            RocDate.formatCompact(rs.getDate(3).toLocalDate()),
                            rs.getString(4)
                        });
                    }
                }
            }
            server.start();
            String base = "https://127.0.0.1:" + (8443 + server.portOffset()) + "/rislink/api/";
            Path tokenFile = work.resolve("tokens.txt");
            System.out.println("warming up...");
            wrk(base + "ping", seconds, clients);
            wrk(base + "health", seconds, clients);
            double[] check = wrk(base + "integration/rwv2c2", seconds, clients, sign(keys, cards, 3000, tokenFile));
            List<double[]> checks = new ArrayList<>();
            StringBuilder table = new StringBuilder(
                    "| round | request | req/s | p50 ms | p99 ms | ratio to health | ratio to ping |\n|---|---|---|---|---|---|---|\n");
            for (int round = 1; round <= rounds; round++) {
                double[] ping = wrk(base + "ping", seconds, clients);
                double[] health = wrk(base + "health", seconds, clients);
                // Tokens are single-use: sign more than the round can use (a round that runs out fails).
                int needed = (int) Math.max(3000, seconds * Math.max(2 * check[0], 0.3 * health[0]));
                String signed = sign(keys, cards, needed, tokenFile);
                boolean profiling = round == 1 && profile != null;
                if (profiling) {
                    jcmd(server.portOffset(), "JFR.start", "name=check", "settings=profile", "filename=" + profile);
                }
                check = wrk(base + "integration/rwv2c2", seconds, clients, signed);
                if (profiling) {
                    jcmd(server.portOffset(), "JFR.stop", "name=check");
                }
                checks.add(check);
                row(table, round, "GET /api/ping", ping, health, ping);
                row(table, round, "GET /api/health", health, health, ping);
                row(table, round, "GET /api/integration/rwv2c2 (V2C201, audited)", check, health, ping);
                System.out.print(table);
                table.setLength(0);
            }
            double capacity = checks.stream().mapToDouble(c -> c[0]).average().orElseThrow();
            // Half the measured capacity: each connection waits clients / (capacity / 2) seconds
            // between its calls, so the server is busy about half the time.
            long pause = Math.round(1000.0 * clients / (capacity / 2));
            double[] half = wrk(
                    base + "integration/rwv2c2",
                    seconds,
                    clients,
                    sign(keys, cards, (int) (capacity * seconds), tokenFile),
                    String.valueOf(pause));
            System.out.printf(
                    "%nAt half the capacity (%.0f checks/s measured, %d ms between a connection's calls): %.0f checks/s,"
                            + " p50 %.2f ms, p99 %.2f ms%n",
                    capacity, pause, half[0], half[1], half[2]);
        }
    }

    /** Runs a diagnostic command in the benchmark's server JVM (found by its port offset). */
    private static void jcmd(int portOffset, String... command) throws Exception {
        long pid = ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().commandLine().orElse("").contains("-Djboss.socket.binding.port-offset=" + portOffset)
                                && p.info().command().orElse("").endsWith("java"))
                .findFirst()
                .orElseThrow()
                .pid();
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line).inheritIO().start().waitFor();
    }

    private static void row(
            StringBuilder table, int round, String request, double[] measured, double[] health, double[] ping) {
        table.append(String.format(
                "| %d | %s | %.0f | %.2f | %.2f | %.3f | %.3f |%n",
                round, request, measured[0], measured[1], measured[2], measured[0] / health[0], measured[0] / ping[0]));
    }

    /** wrk on a plain GET, or with bench/verification.lua giving each request an unused token. */
    private static double[] wrk(String url, int seconds, int clients, String... script) throws Exception {
        if (script.length == 0) {
            return Wrk.run(url, seconds, clients, null, List.of());
        }
        List<String> arguments = new ArrayList<>(List.of(script[0], "2"));
        arguments.addAll(List.of(script).subList(1, script.length));
        return Wrk.run(url, seconds, clients, "verification.lua", arguments);
    }

    /** Signs {@code count} tokens, each a matching check of a real card, into the token file (the client's cost, before the round). */
    private static String sign(KeyPair keys, List<String[]> cards, int count, Path file) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            // A thousand tellers, each checking two distinct IDs: one user checking thousands a
            // day is what the abnormal-use scan suspends (answer 8).
            tokens.add(pool.submit(() -> token(keys, cards.get(n % cards.size()), "teller" + n % 1000)));
        }
        StringBuilder lines = new StringBuilder();
        for (Future<String> token : tokens) {
            lines.append(token.get()).append('\n');
        }
        pool.shutdown();
        Files.writeString(file, lines);
        return file.toString();
    }

    private static String token(KeyPair keys, String[] card, String userId) throws Exception {
        long now = Instant.now().getEpochSecond();
        String condition = String.format(
                "{\"personId\":\"%s\",\"applyCode\":\"%s\",\"applyYyymmdd\":\"%s\",\"issueSiteId\":\"%s\"}",
                card[0], card[1], card[2], card[3]);
        String claims = String.format(
                "{\"orgId\":\"04595252\",\"apId\":\"AW999\",\"userId\":\"%s\",\"iss\":\"%s\",\"jobId\":\"V2C201\","
                        + "\"opType\":\"RW\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\",\"conditionMap\":%s}",
                userId, ISS, now - 600, now + 600, UUID.randomUUID(), jsonString(condition));
        return CompanyClient.signed(claims, keys.getPrivate());
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
