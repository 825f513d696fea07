package tw.rislink.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.rislink.audit.control.AuditSigner;
import tw.rislink.audit.control.AuditVerifyCommand;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * The audit benchmark (bench/audit.sh), run against its own server. Audit writes under load:
 * concurrent failed sign-ins with unknown user names, each of which writes one audit record
 * in its transaction, against the same request with an empty user name, which does everything
 * but the audit write, and against {@code /api/ping}, all in the same run. Verification: the
 * auditor's screen verifying the day's records, and the verification command over JDBC after
 * the server stopped.
 */
public final class AuditBench {

    private static final Pattern RECORDS = Pattern.compile("data-records=\"(\\d+)\"");

    private AuditBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "audit-bench");
        try (ServerProcess server = new ServerProcess(work, 500, Map.of("rislink.register.persons", "0"))) {
            server.start();
            URI base = Https.base(server.portOffset());
            run(Duration.ofSeconds(seconds), clients, base, unaudited(base));
            System.out.println(
                    "| round | request | per second | ratio to ping | ratio to the same request unaudited |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 1; round <= rounds; round++) {
                double ping = run(Duration.ofSeconds(seconds), clients, base, ping(base));
                double plain = run(Duration.ofSeconds(seconds), clients, base, unaudited(base));
                double audited = run(Duration.ofSeconds(seconds), clients, base, audited(base));
                row(round, "GET /api/ping", ping, ping, Double.NaN);
                row(round, "sign-in form, empty user name (no audit write)", plain, ping, Double.NaN);
                row(round, "sign-in form, unknown user (one audit record each)", audited, ping, audited / plain);
            }
            HttpClient session = Https.client();
            new SignInForm(session, base).signIn("auditor", DemoDataSeeder.DEMO_PASSWORD);
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                HttpResponse<String> page = Https.get(session, base.resolve("auditor/verify.xhtml"), "en");
                double secondsTaken = (System.nanoTime() - start) / 1e9;
                Matcher m = RECORDS.matcher(page.body());
                long records = m.find() ? Long.parseLong(m.group(1)) : 0;
                System.out.printf(
                        "verification on the auditor screen: %d records in %.2f s = %.0f records/s%n",
                        records, secondsTaken, records / secondsTaken);
            }
            server.stop();
        }
        String url = "jdbc:h2:file:" + work.resolve("data/rislink").toAbsolutePath() + ";MODE=Oracle";
        AuditSigner signer = AuditSigner.load(
                work.resolve("base/configuration/rislink-audit.p12"), "rislink-dev-only".toCharArray(), "audit", false);
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa")) {
            LocalDate today = TaiwanTime.now().toLocalDate();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                VerificationReport report = AuditVerifyCommand.verify(connection, today, today, signer);
                double secondsTaken = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "verification command (JDBC): %d records in %d chains in %.2f s = %.0f records/s, intact %s%n",
                        report.records(),
                        report.chains(),
                        secondsTaken,
                        report.records() / secondsTaken,
                        report.intact());
            }
        }
    }

    private interface Request {
        boolean send(HttpClient client, SignInForm form, int n) throws Exception;
    }

    private static Request ping(URI base) {
        return (client, form, n) ->
                Https.get(client, base.resolve("api/ping"), null).statusCode() == 200;
    }

    private static Request unaudited(URI base) {
        // The same page and form, with nothing to look up or record.
        return (client, form, n) -> form.signIn("", "x").status() == 200;
    }

    private static Request audited(URI base) {
        return (client, form, n) -> form.signIn("bench-" + n, "x").error() != null;
    }

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Requests answered per second by {@code clients} threads for the duration. */
    private static double run(Duration duration, int clients, URI base, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                HttpClient client = Https.client();
                SignInForm form = new SignInForm(client, base);
                int answered = 0;
                while (System.nanoTime() < end) {
                    if (request.send(client, form, NAMES.incrementAndGet())) {
                        answered++;
                    }
                }
                return answered;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return total / (double) duration.toSeconds();
    }

    private static void row(int round, String request, double perSecond, double ping, double unaudited) {
        System.out.printf(
                "| %d | %s | %.0f | %.2f | %s |%n",
                round,
                request,
                perSecond,
                perSecond / ping,
                Double.isNaN(unaudited) ? "" : String.format("%.2f", unaudited));
    }
}
