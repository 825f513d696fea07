package tw.rislink.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A company's client program as the public MOI API clients are written: a JWT signed RS256 with
 * the company's key, claims as DOMAIN.md §8a lists them, sent to {@code {base}/integration/rwv2c2}.
 */
final class CompanyClient {

    private final HttpClient http = Https.client();
    private final URI base;
    private final String orgId;
    private final String account;
    private final String iss;

    CompanyClient(URI base, String orgId, String account, String iss) {
        this.base = base;
        this.orgId = orgId;
        this.account = account;
        this.iss = iss;
    }

    /** Sends a check; returns the HTTP status and the envelope. */
    Answer check(Map<String, String> query, String userId, PrivateKey key) throws Exception {
        return send(token(query, userId, key));
    }

    Answer send(String token) throws Exception {
        return send("GET", base.resolve("api/integration/rwv2c2"), token);
    }

    /** Any call with the headers of the MOI API's clients; every answer must be an envelope. */
    Answer send(String method, URI uri, String token) throws Exception {
        return send(http, method, uri, token);
    }

    /**
     * The same over HTTP/1.1, as most of the public clients call. (Over HTTP/2 Undertow's own
     * frame limit answers a very large header with GOAWAY before the application sees it.)
     */
    Answer sendHttp11(String method, URI uri, String token) throws Exception {
        return send(
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .sslContext(http.sslContext())
                        .sslParameters(http.sslParameters())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                method,
                uri,
                token);
    }

    private Answer send(HttpClient http, String method, URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("sris-consumerAdminId", "00000000")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                Json.createReader(new StringReader(response.body())).readObject());
    }

    /** The status and envelope of an answer; {@code code()} is checkIdCardApply. */
    record Answer(int status, JsonObject envelope) {
        String rdCode() {
            return envelope.getString("rdCode");
        }

        String code() {
            return envelope.getJsonObject("responseData").getString("checkIdCardApply");
        }
    }

    String token(Map<String, String> query, String userId, PrivateKey key) throws Exception {
        return token(query, userId, key, Map.of());
    }

    /**
     * A token with some claims replaced, e.g. {@code iat}/{@code exp} as the public clients in
     * production set them (10 minutes either side), or another {@code jobId}.
     */
    String token(Map<String, String> query, String userId, PrivateKey key, Map<String, Object> replaced)
            throws Exception {
        return token(
                Json.createObjectBuilder(new TreeMap<String, Object>(query)).build(), "V2C201", userId, key, replaced);
    }

    /** A token for any job, with its conditionMap as JSON (e.g. V1C104's ck_areaCode array). */
    String token(JsonObject condition, String jobId, String userId, PrivateKey key, Map<String, Object> replaced)
            throws Exception {
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("orgId", orgId)
                .add("apId", account)
                .add("userId", userId)
                .add("iss", iss)
                .add("sub", "ID card check")
                .add("aud", DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").format(LocalDateTime.now()))
                .add("jobId", jobId)
                .add("opType", "RW")
                .add("iat", now - 180)
                .add("exp", now + 180)
                .add("jti", UUID.randomUUID().toString())
                .add("conditionMap", condition.toString());
        replaced.forEach((name, value) -> {
            if (value instanceof Number number) {
                claims.add(name, number.longValue());
            } else {
                claims.add(name, String.valueOf(value));
            }
        });
        return signed(claims.build().toString(), key);
    }

    /** A compact JWS of the claims, signed RS256 as the MOI API's clients sign it. */
    static String signed(String claims, PrivateKey key) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }
}
