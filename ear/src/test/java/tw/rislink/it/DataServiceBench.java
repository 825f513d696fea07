package tw.rislink.it;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The data-service benchmark (bench/data-service.sh), against its own server: RQ02 over the SOAP
 * linking interface and over {@code GET /integration/rwv1c1}, each with its latency, against the
 * trivial endpoint of the same protocol (SOAP {@code ping}, {@code GET /api/ping}) in the same run.
 * The caller is the embedded database's linked demo agency (its account, password, Iss key and
 * private key are in the server's data folder); the IDs asked are living persons of the synthetic
 * register, read from the stopped server's database. JWTs are signed before the round (the
 * client's cost); SOAP calls carry a fresh nonce each (bench/soap.lua).
 */
public final class DataServiceBench {

    private DataServiceBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "data-service-bench");
        try (ServerProcess server = new ServerProcess(work, 700, Map.of())) {
            server.start();
            server.stop();
            List<String> ids = livingIds(work);
            Path idFile = work.resolve("ids.txt");
            Files.write(idFile, ids);
            Properties agency = demoAgency(work);
            PrivateKey key = privateKey(Path.of(agency.getProperty("key")));
            server.start();
            String base = "https://127.0.0.1:" + (8443 + server.portOffset()) + "/rislink/";
            Path tokenFile = work.resolve("tokens.txt");
            List<String> soapRq02 = List.of(
                    "RQ02", idFile.toString(), agency.getProperty("account"), agency.getProperty("password"), "warm");
            System.out.println("warming up...");
            Wrk.run(base + "api/ping", seconds, clients, null, List.of());
            Wrk.run(base + "soap/linking/v1", seconds, clients, "soap.lua", List.of("ping"));
            Wrk.run(base + "soap/linking/v1", seconds, clients, "soap.lua", soapRq02);
            double[] rest = Wrk.run(
                    base + "api/integration/rwv1c1",
                    seconds,
                    clients,
                    "verification.lua",
                    List.of(sign(agency, key, ids, 20_000, tokenFile), "2"));
            StringBuilder table = new StringBuilder(
                    "| round | request | req/s | p50 ms | p99 ms | ratio to its protocol's trivial endpoint |\n"
                            + "|---|---|---|---|---|---|\n");
            for (int round = 1; round <= rounds; round++) {
                double[] ping = Wrk.run(base + "api/ping", seconds, clients, null, List.of());
                int needed = (int) Math.max(3000, seconds * 2 * rest[0]);
                String signed = sign(agency, key, ids, needed, tokenFile);
                rest = Wrk.run(
                        base + "api/integration/rwv1c1", seconds, clients, "verification.lua", List.of(signed, "2"));
                double[] soapPing = Wrk.run(base + "soap/linking/v1", seconds, clients, "soap.lua", List.of("ping"));
                double[] soap = Wrk.run(
                        base + "soap/linking/v1",
                        seconds,
                        clients,
                        "soap.lua",
                        List.of(
                                "RQ02",
                                idFile.toString(),
                                agency.getProperty("account"),
                                agency.getProperty("password"),
                                "r" + round + "-" + System.nanoTime()));
                row(table, round, "GET /api/ping", ping, ping);
                row(table, round, "GET /api/integration/rwv1c1 RQ02 (audited)", rest, ping);
                row(table, round, "SOAP ping", soapPing, soapPing);
                row(table, round, "SOAP RQ02 (audited)", soap, soapPing);
                System.out.print(table);
                table.setLength(0);
            }
        }
    }

    /** The stopped bench server's embedded database. */
    static String database(Path work) {
        return "jdbc:h2:file:" + work.resolve("data/rislink").toAbsolutePath() + ";MODE=Oracle";
    }

    /** Up to 2 000 living persons of the stopped server's register, to ask about. */
    static List<String> livingIds(Path work) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database(work), "sa", "sa");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT person_id FROM rg_person WHERE removed_on IS NULL ORDER BY person_id")) {
            while (rs.next() && ids.size() < 2000) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The linked demo agency's details the server wrote to its data folder (DemoAgency). */
    static Properties demoAgency(Path work) throws Exception {
        Properties agency = new Properties();
        try (Reader in = Files.newBufferedReader(
                work.resolve("data/demo-agency/376480000A.properties"), StandardCharsets.UTF_8)) {
            agency.load(in);
        }
        return agency;
    }

    private static void row(StringBuilder table, int round, String request, double[] measured, double[] trivial) {
        table.append(String.format(
                "| %d | %s | %.0f | %.2f | %.2f | %.3f |%n",
                round, request, measured[0], measured[1], measured[2], measured[0] / trivial[0]));
    }

    /** Signs {@code count} RQ02 tokens of the demo agency, each for one ID in turn, into the token file. */
    static String sign(Properties agency, PrivateKey key, List<String> ids, int count, Path file) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            tokens.add(pool.submit(() -> token(agency, key, ids.get(n % ids.size()), "clerk" + n % 100)));
        }
        StringBuilder lines = new StringBuilder();
        for (Future<String> token : tokens) {
            lines.append(token.get()).append('\n');
        }
        pool.shutdown();
        Files.writeString(file, lines);
        return file.toString();
    }

    private static String token(Properties agency, PrivateKey key, String personId, String userId) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = String.format(
                "{\"orgId\":\"%s\",\"apId\":\"%s\",\"userId\":\"%s\",\"iss\":\"%s\",\"jobId\":\"RQ02\","
                        + "\"opType\":\"RW\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\",\"conditionMap\":\"{\\\"personId\\\":\\\"%s\\\"}\"}",
                agency.getProperty("orgId"),
                agency.getProperty("apId"),
                userId,
                agency.getProperty("iss"),
                now - 600,
                now + 600,
                UUID.randomUUID(),
                personId);
        return CompanyClient.signed(claims, key);
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
