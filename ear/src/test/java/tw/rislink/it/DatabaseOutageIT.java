package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tw.rislink.register.entity.NationalId;

/**
 * The database stops and starts again under a running server: H2 served over TCP by this test's
 * JVM (the version the server's module ships), the server's {@code RislinkDS} pointed at it. While
 * it is stopped every REST job answers 503 RS7008 and the SOAP linking interface its unavailable fault, (provider system unavailable, resend later)
 * within a second; once it is back on the same port the same calls succeed again, without a
 * restart. The same server, started once, also serves the OpenAPI document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String ORG_ID = "04595252";
    private static final String ACCOUNT = "AW901";
    private static final String ISS = "OutageIT0000000000000000000000A1";

    private final AtomicInteger serial = new AtomicInteger(1_000_000);
    private Path work;
    private int dbPort;
    private Server database;
    private ServerProcess server;
    private KeyPair keys;
    private CompanyClient company;
    private CompanyClient stranger;

    @BeforeAll
    void start() throws Exception {
        work = Path.of(System.getProperty("rislink.work.dir", "target"), "outage-it");
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        database = startDatabase();
        // H2's client retries a refused connect for 1.24 s (16 tries, growing sleeps) before it
        // gives up: it waits for a server that is starting, as AUTO_SERVER needs. The embedded
        // database of production opens no socket, and Oracle's connect timeout is set in its
        // datasource; here the TCP client should find the stopped server stopped.
        server = new ServerProcess(work, 800, Map.of("rislink.register.persons", "0", "h2.socketConnectRetry", "0"));
        server.embeddedCli("/subsystem=datasources/data-source=RislinkDS:write-attribute(name=connection-url, value=\""
                + url() + "\")");
        server.start();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        // The credential as an approved API application leaves it (ApiCredentials.issue).
        try (Connection connection = DriverManager.getConnection(url(), "sa", "sa");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO rl_api_credential (iss_key, agency_account, org_id, holder_name, public_key,"
                                + " addresses, jobs, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
            insert.setString(1, ISS);
            insert.setString(2, ACCOUNT);
            insert.setString(3, ORG_ID);
            insert.setString(4, "停機測試股份有限公司");
            insert.setString(
                    5, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            insert.setString(6, "127.0.0.1,::1");
            insert.setString(7, "V2C201");
            insert.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now()));
            insert.executeUpdate();
        }
        URI base = Https.base(server.portOffset());
        company = new CompanyClient(base, ORG_ID, ACCOUNT, ISS);
        stranger = new CompanyClient(base, "379040000A", "AW902", "X".repeat(32));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (database != null) {
                database.stop();
            }
        }
    }

    @Test
    void while_the_database_is_stopped_every_job_answers_unavailable_within_a_second_and_works_again_after()
            throws Exception {
        assertWorking("before the outage");

        database.stop();
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            millis.add(unavailable("rwv2c2", () -> company.check(cardQuery(), "outage-user", keys.getPrivate())));
            millis.add(unavailable("rwv1c1", () -> stranger.send("GET", rwv1c1(), strangerToken())));
            long soapStarted = System.nanoTime();
            HttpResponse<String> fault = soap();
            millis.add(elapsed(soapStarted));
            assertEquals(500, fault.statusCode(), fault.body());
            assertTrue(
                    fault.body().contains("<rule>UNAVAILABLE</rule>")
                            && fault.body().contains("resend later"),
                    "the SOAP fault of its kind: " + fault.body());
            long started = System.nanoTime();
            HttpResponse<String> health = health();
            millis.add(elapsed(started));
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"database\":\"DOWN\""), health.body());
        }
        System.out.println(
                "Answers while the database was stopped (ms, rwv2c2, rwv1c1, SOAP RQ02, health per round): " + millis);
        long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(slowest < WITHIN.toMillis(), "the slowest answer took " + slowest + " ms: " + millis);

        database = startDatabase();
        long back = System.nanoTime();
        assertWorking("after the database is back");
        System.out.println("First calls after the database was back answered within " + elapsed(back) + " ms");
    }

    @Test
    void the_openapi_document_is_served_over_https_and_names_every_job_and_rdcode() throws Exception {
        HttpResponse<String> yaml = openapi(null);
        assertEquals(200, yaml.statusCode(), yaml.body());
        for (String named : List.of(
                "/integration/rwv2c2",
                "/integration/rwv1c1",
                "V2C201",
                "V1C101",
                "V1C103",
                "V1C104",
                "RQ01",
                "RQ02",
                "RQ04",
                "RQ07",
                "RQ08",
                "RQ14",
                "MS01",
                "ST01",
                "RS7009",
                "RS3811",
                "RS3812",
                "RS3813",
                "RS3821",
                "RS3822",
                "RS7007",
                "RS7008",
                "ck_areaCode",
                "checkHouseholdId",
                "conditionMap",
                "records")) {
            assertTrue(yaml.body().contains(named), "the document does not name " + named);
        }
        for (HttpResponse<String> json : List.of(openapi("application/json"), openapi(null, "?format=JSON"))) {
            assertEquals(200, json.statusCode(), json.body());
            JsonObject document =
                    Json.createReader(new StringReader(json.body())).readObject();
            // Paths are the server's own (WildFly puts the context root before the document's),
            // so a server URL must not name the application again.
            assertTrue(document.getJsonObject("paths").containsKey("/rislink/api/integration/rwv1c1"), json.body());
            JsonArray servers = document.getJsonArray("servers");
            System.out.println("OpenAPI servers: " + servers);
            assertTrue(servers == null || !servers.toString().contains("/rislink"), String.valueOf(servers));
        }
    }

    private void assertWorking(String when) throws Exception {
        CompanyClient.Answer verified = company.check(cardQuery(), "outage-user", keys.getPrivate());
        assertEquals(200, verified.status(), when + ": " + verified.envelope());
        assertEquals("RS7009", verified.rdCode(), when + ": " + verified.envelope());
        CompanyClient.Answer refused = stranger.send("GET", rwv1c1(), strangerToken());
        assertEquals("RS3811", refused.rdCode(), when + ", the credential looked up: " + refused.envelope());
        assertEquals(200, health().statusCode(), when);
        HttpResponse<String> soap = soap();
        assertTrue(
                soap.body().contains("<rule>NOT_SET_UP</rule>"), when + ", the SOAP account looked up: " + soap.body());
    }

    /** RQ02 over the SOAP linking interface by an account nobody holds: NOT_SET_UP once the password table is read. */
    private HttpResponse<String> soap() throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header>"
                + "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
                + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                + "<wsse:UsernameToken><wsse:Username>ZZ999</wsse:Username><wsse:Password>wrong</wsse:Password>"
                + "<wsse:Nonce>"
                + Base64.getEncoder()
                        .encodeToString(UUID.randomUUID().toString().getBytes())
                + "</wsse:Nonce><wsu:Created>" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "</wsu:Created></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>"
                + "<RQ02 xmlns=\"urn:tw:rislink:linking:v1\"><personId>A123456789</personId></RQ02>"
                + "</soap:Body></soap:Envelope>";
        return Https.client()
                .send(
                        HttpRequest.newBuilder(Https.base(server.portOffset()).resolve("soap/linking/v1"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "text/xml;charset=UTF-8")
                                .header("SOAPAction", "\"urn:tw:rislink:linking:v1:RQ02\"")
                                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private interface Call {
        CompanyClient.Answer send() throws Exception;
    }

    private static long unavailable(String job, Call call) throws Exception {
        long started = System.nanoTime();
        CompanyClient.Answer answer = call.send();
        long millis = elapsed(started);
        assertEquals(503, answer.status(), job + ": " + answer.envelope());
        assertEquals("RS7008", answer.rdCode(), job + ": " + answer.envelope());
        assertEquals("503", answer.envelope().getString("httpCode"));
        assertTrue(answer.envelope().getJsonObject("responseData").isEmpty(), "no data: " + answer.envelope());
        return millis;
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    /** A well-formed check of a fresh ID (not in the empty register: a mismatch, never the lockout's third). */
    private Map<String, String> cardQuery() {
        String id = NationalId.citizen('A', 1, String.valueOf(serial.incrementAndGet()))
                .value();
        return Map.of("personId", id, "applyCode", "1", "applyYyymmdd", "1100101", "issueSiteId", "63000");
    }

    /** A signed token with an Iss key nobody holds: answered RS3811 once the credentials are read. */
    private String strangerToken() throws Exception {
        return stranger.token(
                Json.createObjectBuilder().add("personId", "A123456789").build(),
                "RQ02",
                "outage-user",
                keys.getPrivate(),
                Map.of());
    }

    private URI rwv1c1() {
        return Https.base(server.portOffset()).resolve("api/integration/rwv1c1");
    }

    private HttpResponse<String> health() throws Exception {
        return Https.get(Https.client(), Https.base(server.portOffset()).resolve("api/health"), null);
    }

    private HttpResponse<String> openapi(String accept) throws Exception {
        return openapi(accept, "");
    }

    private HttpResponse<String> openapi(String accept, String query) throws Exception {
        HttpClient client = Https.client();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("https://localhost:" + (8443 + server.portOffset()) + "/openapi" + query))
                .timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Server startDatabase() throws Exception {
        return Server.createTcpServer(
                        "-tcpPort",
                        String.valueOf(dbPort),
                        "-ifNotExists",
                        "-baseDir",
                        work.resolve("database").toAbsolutePath().toString())
                .start();
    }

    private String url() {
        return "jdbc:h2:tcp://localhost:" + dbPort + "/rislink;MODE=Oracle;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
    }
}
