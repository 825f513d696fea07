package tw.rislink.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/integration/rwv2c2"))
                .header("sris-consumerAdminId", "00000000")
                .header("Content-Type", "application/json")
                .GET();
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
        long now = Instant.now().getEpochSecond();
        JsonObject condition =
                Json.createObjectBuilder(new TreeMap<String, Object>(query)).build();
        JsonObject claims = Json.createObjectBuilder()
                .add("orgId", orgId)
                .add("apId", account)
                .add("userId", userId)
                .add("iss", iss)
                .add("sub", "ID card check")
                .add("aud", DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").format(LocalDateTime.now()))
                .add("jobId", "V2C201")
                .add("opType", "RW")
                .add("iat", now - 180)
                .add("exp", now + 180)
                .add("jti", UUID.randomUUID().toString())
                .add("conditionMap", condition.toString())
                .build();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }
}
