package tw.rislink.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tw.rislink.calendar.entity.RocDate;

/**
 * The verification benchmark (bench/verification.sh), against its own server: ID-card checks
 * per second and their latency against {@code GET /api/ping} in the same run. The company's
 * credential is written into the stopped server's database; the tokens of a round are signed
 * before the round (signing is the client's cost, not the server's); every call is a matching
 * check of a real card, authenticated, counted, compared and audited.
 */
public final class VerificationBench {

    private static final String ISS = "BenchIssKey00000000000000000000A";

    private VerificationBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
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
            URI base = Https.base(server.portOffset());
            System.out.println("| round | request | req/s | p50 ms | p99 ms | ratio to ping |");
            System.out.println("|---|---|---|---|---|---|");
            for (int round = 0; round <= rounds; round++) {
                double[] ping = run(nanos(seconds), clients, null, base.resolve("api/ping"));
                ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
                int needed = (int) Math.max(2000, ping[0] * seconds * 0.8);
                for (int i = 0; i < needed; i++) {
                    // A hundred tellers, each checking few distinct IDs: one user checking thousands a
                    // day is what the abnormal-use scan suspends (answer 8).
                    tokens.add(token(keys, cards.get(i % cards.size()), "teller" + i % 100));
                }
                double[] check = run(nanos(seconds), clients, tokens, base.resolve("api/integration/rwv2c2"));
                if (round == 0) {
                    continue;
                }
                System.out.printf(
                        "| %d | GET /api/ping | %.0f | %.2f | %.2f | 1.00 |%n", round, ping[0], ping[1], ping[2]);
                System.out.printf(
                        "| %d | GET /api/integration/rwv2c2 (V2C201, audited) | %.0f | %.2f | %.2f | %.2f |%n",
                        round, check[0], check[1], check[2], check[0] / ping[0]);
            }
        }
    }

    private static long nanos(int seconds) {
        return seconds * 1_000_000_000L;
    }

    /** Requests per second, p50 and p99 in milliseconds; with tokens, each request uses one and stops when none are left. */
    private static double[] run(long nanos, int clients, ConcurrentLinkedQueue<String> tokens, URI uri)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + nanos;
        List<Future<List<Long>>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                HttpClient client = Https.client();
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
                    if (tokens != null) {
                        String token = tokens.poll();
                        if (token == null) {
                            break;
                        }
                        request.header("Authorization", "Bearer " + token).header("sris-consumerAdminId", "00000000");
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    if (response.statusCode() != 200
                            || (tokens != null && !response.body().contains("\"checkIdCardApply\":\"1\""))) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                    latencies.add(t1 - t0);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : done) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {
            sorted.length / Math.min(elapsed, nanos / 1e9),
            sorted[sorted.length / 2] / 1e6,
            sorted[(int) (sorted.length * 0.99)] / 1e6
        };
    }

    private static String token(KeyPair keys, String[] card, String userId) throws Exception {
        long now = Instant.now().getEpochSecond();
        String condition = String.format(
                "{\"personId\":\"%s\",\"applyCode\":\"%s\",\"applyYyymmdd\":\"%s\",\"issueSiteId\":\"%s\"}",
                card[0], card[1], card[2], card[3]);
        String claims = String.format(
                "{\"orgId\":\"04595252\",\"apId\":\"AW999\",\"userId\":\"%s\",\"iss\":\"%s\",\"jobId\":\"V2C201\","
                        + "\"opType\":\"RW\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\",\"conditionMap\":%s}",
                userId, ISS, now - 180, now + 180, UUID.randomUUID(), jsonString(condition));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
