package tw.rislink.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.rislink.query.boundary.DemoAgency;

/**
 * The bulk file job benchmark (bench/bulk.sh), against its own server: the demo officer signs in
 * over HTTPS, uploads {@code lines} IDs through the page's multipart form, runs them and polls
 * the page's progress until the file is written, once into BIG-5E and once into UTF-8. The
 * baseline is RQ02 over the REST API with wrk on the same server, before and after.
 */
public final class BulkBench {

    private static final Pattern JOB = Pattern.compile("data-job=\"(\\d+)\"");
    private static final int OFFSET = 760;

    private BulkBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        int lines = Integer.getInteger("lines", 100_000);
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "bulk-bench");
        Path tables = Path.of(System.getProperty("rislink.repo.dir", ".."), "ejb/src/test/resources/encoding-tables");
        try (ServerProcess server = new ServerProcess(
                work,
                OFFSET,
                Map.of("rislink.encoding.tables.dir", tables.toAbsolutePath().toString()))) {
            server.start();
            server.stop();
            List<String> ids = DataServiceBench.livingIds(work);
            Properties agency = DataServiceBench.demoAgency(work);
            PrivateKey key = DataServiceBench.privateKey(Path.of(agency.getProperty("key")));
            StringBuilder upload = new StringBuilder(lines * 12);
            for (int i = 0; i < lines; i++) {
                upload.append(ids.get(i % ids.size())).append('\n');
            }
            server.start();
            String rest = "https://127.0.0.1:" + (8443 + OFFSET) + "/rislink/api/integration/rwv1c1";
            Path tokens = work.resolve("tokens");
            Files.createDirectories(tokens);
            System.out.println("warming up...");
            RetentionBench.rq02(rest, seconds, clients, agency, key, ids, tokens.resolve("warm.txt"), 6000);
            double[] before =
                    RetentionBench.rq02(rest, seconds, clients, agency, key, ids, tokens.resolve("before.txt"), 8000);

            URI base = Https.base(OFFSET);
            HttpClient client = Https.client();
            if (!new SignInForm(client, base)
                    .signIn(DemoAgency.OFFICER, tw.rislink.platform.boundary.DemoDataSeeder.DEMO_PASSWORD)
                    .signedIn()) {
                throw new IllegalStateException("the demo officer did not sign in");
            }
            List<String> rows = new ArrayList<>();
            for (String encoding : List.of("BIG5E", "UTF_8", "BIG5E")) {
                rows.add(run(client, base, upload.toString(), encoding, lines));
            }
            double[] after =
                    RetentionBench.rq02(rest, seconds, clients, agency, key, ids, tokens.resolve("after.txt"), 8000);

            System.out.println();
            System.out.printf(
                    "Online RQ02 (REST, wrk -c%d, %d s): before %.0f req/s (p99 %.2f ms), after %.0f req/s (p99 %.2f ms)%n",
                    clients, seconds, before[0], before[2], after[0], after[2]);
            System.out.println(
                    "| run | encoding | lines | seconds | records/s | ratio to online RQ02 req/s | progress seen (%) |");
            System.out.println("|---|---|---|---|---|---|---|");
            int n = 1;
            double online = (before[0] + after[0]) / 2;
            for (String row : rows) {
                String[] f = row.split(";");
                double rate = Double.parseDouble(f[2]);
                System.out.printf(
                        "| %d | %s | %d | %s | %.0f | %.1f | %s |%n",
                        n++, f[0], lines, f[1], rate, rate / online, f[3]);
            }
            server.stop();
        }
    }

    /** One job: upload, run, poll; returns "encoding;seconds;records per second;percents seen". */
    private static String run(HttpClient client, URI base, String ids, String encoding, int lines) throws Exception {
        URI page = base.resolve("egate/files.xhtml");
        String form = get(client, page);
        String boundary = "----rislink" + System.nanoTime();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload:encoding_input", encoding);
        fields.put("upload:delivery_input", "FILE_TRANSFER");
        fields.put("upload:caseNumber", "BENCH-" + encoding);
        fields.put("upload:reason", "");
        fields.put("upload:businessItem", "效能量測");
        fields.put("upload:send", "");
        fields.put("jakarta.faces.ViewState", SignInForm.viewState(form));
        fields.put(SignInForm.NONCE_PARAM, SignInForm.nonce(form));
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"upload:file\"; filename=\"ids.txt\"\r\n")
                .append("Content-Type: text/plain\r\n\r\n")
                .append(ids)
                .append("\r\n")
                .append("--")
                .append(boundary)
                .append("--\r\n");
        HttpResponse<String> uploaded = client.send(
                HttpRequest.newBuilder(page)
                        .timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher job = JOB.matcher(uploaded.body());
        if (!uploaded.body().contains("id=\"actions:run\"") || !job.find()) {
            throw new IllegalStateException("upload not checked: " + uploaded.statusCode());
        }
        String id = job.group(1);
        Map<String, String> run = new LinkedHashMap<>();
        run.put("actions", "actions");
        run.put("actions:run", "");
        run.put("jakarta.faces.ViewState", SignInForm.viewState(uploaded.body()));
        run.put(SignInForm.NONCE_PARAM, SignInForm.nonce(uploaded.body()));
        long started = System.nanoTime();
        client.send(
                HttpRequest.newBuilder(page)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(run.entrySet().stream()
                                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Pattern bar = Pattern.compile("data-job-progress=\"" + id
                + "\"[^>]*data-percent=\"(\\d+)\"|data-percent=\"(\\d+)\"[^>]*data-job-progress=\"" + id + "\"");
        TreeSet<Integer> seen = new TreeSet<>();
        while (true) {
            Matcher m = bar.matcher(get(client, page));
            int percent = m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
            seen.add(percent);
            if (percent == 100) {
                break;
            }
            Thread.sleep(250);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("job %s %s: %d lines in %.2f s%n", id, encoding, lines, elapsed);
        return encoding + ";" + String.format("%.2f", elapsed) + ";" + (lines / elapsed) + ";"
                + seen.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String get(HttpClient client, URI page) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(page)
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
