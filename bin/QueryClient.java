// A linked agency's client for trying the data service against the development server: JDK only,
// run as a single source file (Java 17+). It reads the demo agency's details and key that the
// embedded server writes at its first start, signs an RS256 JWT for the REST API or builds a SOAP
// envelope with a WS-Security UsernameToken, and prints the answer. Development only: it trusts the
// server's self-signed certificate.
//
//   java bin/QueryClient.java rest RQ02 personId=A123456789
//   java bin/QueryClient.java rest V1C104 ck_personId=A123456789 ck_areaCode=63000,65000 ck_idMark=1
//   java bin/QueryClient.java soap RQ01 householdNumber=F1234567
//   java bin/QueryClient.java soap ST01 period=11410 areaCode=63000 level=TOWN
//
// Options (before the mode): --details <file.properties> (default .data/demo-agency/376480000A.properties),
// --base <url> (default https://localhost:8443/rislink/).

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class QueryClient {

    public static void main(String[] args) throws Exception {
        Path details = Path.of(".data/demo-agency/376480000A.properties");
        URI base = URI.create("https://localhost:8443/rislink/");
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                usage();
            }
            switch (option) {
                case "--details" -> details = Path.of(rest.remove(0));
                case "--base" -> base = URI.create(rest.remove(0).replaceAll("/?$", "/"));
                default -> usage();
            }
        }
        if (rest.size() < 2) {
            usage();
        }
        String mode = rest.remove(0);
        String job = rest.remove(0).toUpperCase();
        Map<String, String> condition = new LinkedHashMap<>();
        for (String pair : rest) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                usage();
            }
            condition.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Properties agency = new Properties();
        try (var in = Files.newBufferedReader(details, StandardCharsets.UTF_8)) {
            agency.load(in);
        }
        HttpClient http = HttpClient.newBuilder().sslContext(trustAll()).sslParameters(noHostCheck()).build();
        HttpResponse<String> answer = switch (mode) {
            case "rest" -> http.send(
                    HttpRequest.newBuilder(base.resolve("api/integration/rwv1c1"))
                            .header("Authorization", "Bearer " + jwt(agency, job, condition))
                            .header("sris-consumerAdminId", "00000000")
                            .header("Content-Type", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            case "soap" -> http.send(
                    HttpRequest.newBuilder(base.resolve("soap/linking/v1"))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofString(envelope(agency, job, condition)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            default -> {
                usage();
                yield null;
            }
        };
        System.out.println("HTTP " + answer.statusCode());
        System.out.println(answer.body());
    }

    /** The JWT as DOMAIN.md §8a describes it: RS256 with the agency's key, the Iss key as iss. */
    static String jwt(Properties agency, String job, Map<String, String> condition) throws Exception {
        long now = Instant.now().getEpochSecond();
        StringBuilder map = new StringBuilder("{");
        condition.forEach((name, value) -> {
            if (map.length() > 1) {
                map.append(',');
            }
            map.append(json(name)).append(':');
            if (name.equals("ck_areaCode")) {
                map.append('[');
                String[] codes = value.split(",");
                for (int i = 0; i < codes.length; i++) {
                    map.append(i > 0 ? "," : "").append(json(codes[i].strip()));
                }
                map.append(']');
            } else {
                map.append(json(value));
            }
        });
        map.append('}');
        String claims = "{" + String.join(
                ",",
                "\"orgId\":" + json(agency.getProperty("orgId")),
                "\"apId\":" + json(agency.getProperty("apId")),
                "\"userId\":\"demo\"",
                "\"iss\":" + json(agency.getProperty("iss")),
                "\"sub\":\"rislink demo\"",
                "\"aud\":" + json(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").format(LocalDateTime.now())),
                "\"jobId\":" + json(job),
                "\"opType\":\"RW\"",
                "\"iat\":" + (now - 180),
                "\"exp\":" + (now + 180),
                "\"jti\":" + json(UUID.randomUUID().toString()),
                "\"conditionMap\":" + json(map.toString())) + "}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(privateKey(Path.of(agency.getProperty("key"))));
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }

    /** A SOAP 1.1 call of the linking interface with a UsernameToken (PasswordText, Nonce, Created). */
    static String envelope(Properties agency, String job, Map<String, String> condition) {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        StringBuilder body = new StringBuilder();
        condition.forEach((name, value) ->
                body.append("<l:").append(name).append('>').append(xml(value)).append("</l:").append(name).append('>'));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:l=\"urn:tw:rislink:linking:v1\""
                + " xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
                + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                + "<s:Header><wsse:Security s:mustUnderstand=\"1\"><wsse:UsernameToken>"
                + "<wsse:Username>" + xml(agency.getProperty("account")) + "</wsse:Username>"
                + "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">"
                + xml(agency.getProperty("password")) + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">"
                + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce>"
                + "<wsu:Created>" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security></s:Header>"
                + "<s:Body><l:" + job + "><l:userId>demo</l:userId>" + body + "</l:" + job + "></s:Body></s:Envelope>";
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static SSLContext trustAll() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {}

            public void checkServerTrusted(X509Certificate[] chain, String type) {}

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }

    private static SSLParameters noHostCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }

    private static void usage() {
        System.err.println("usage: java bin/QueryClient.java [--details file] [--base url] rest|soap JOB name=value ...");
        System.exit(2);
    }
}
