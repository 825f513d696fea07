package tw.rislink.credential.control;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A compact JWS as the MOI API's clients send it: RS256 only (no "none", no HMAC with a public
 * key), claims checked for presence and time. Verification never trusts the header for the key.
 */
public final class JwtToken {

    /** Callers' clocks drift: iat may lie this far ahead of the server's clock, exp this far behind it. */
    public static final Duration SKEW = Duration.ofSeconds(60);

    /**
     * Tokens live at most this long from iat to exp. Public client programs in production send
     * iat 10 minutes before and exp 10 minutes after their send time (MOI's clock was known to run
     * slow), so 20 minutes (DOMAIN.md §8a, issue 11).
     */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(20);

    private final JsonObject claims;
    private final byte[] signingInput;
    private final byte[] signature;

    private JwtToken(JsonObject claims, byte[] signingInput, byte[] signature) {
        this.claims = claims;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    /** Parses {@code Bearer <jwt>} or the bare token. */
    public static JwtToken parse(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiRefusal.transmission("Authorization: Bearer <JWT> is missing");
        }
        String compact = authorization.strip();
        if (compact.regionMatches(true, 0, "Bearer ", 0, 7)) {
            compact = compact.substring(7).strip();
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw ApiRefusal.transmission("The JWT should have three parts separated by dots, not " + parts.length);
        }
        JsonObject header = json(parts[0], "header");
        if (!"RS256".equals(header.getString("alg", null))) {
            throw ApiRefusal.transmission(
                    "The JWT must be signed with RS256, not " + ApiRefusal.shown(header.getString("alg", "none")));
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.transmission("The JWT signature is not base64url");
        }
        return new JwtToken(
                json(parts[1], "claims"), (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature);
    }

    /** The Iss key that selects the credential, before the signature is checked. */
    public String issuer() {
        String iss = claims.getString("iss", null);
        if (iss == null || !iss.matches("[A-Za-z0-9]{32}")) {
            throw ApiRefusal.transmission("The claim iss " + ApiRefusal.shown(iss)
                    + " should be the 32-character Iss key (letters and digits)");
        }
        return iss;
    }

    /** @param publicKey the X.509 SubjectPublicKeyInfo registered for the Iss key, base64 */
    public void verifySignature(String publicKey) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getMimeDecoder().decode(publicKey)));
            if (((RSAPublicKey) key).getModulus().bitLength() < 2048) {
                throw ApiRefusal.notSetUp("The registered key is shorter than RSA-2048");
            }
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(signingInput);
            if (!rs256.verify(signature)) {
                throw ApiRefusal.transmission("The JWT signature does not verify with the key registered for iss");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw ApiRefusal.transmission("The JWT signature does not verify with the key registered for iss");
        }
    }

    /** iat and exp bracket now, within the skew; exp is not before iat; the token is short-lived. */
    public void checkTimes(Instant now) {
        Instant issued = instant("iat");
        Instant expires = instant("exp");
        if (expires.isBefore(issued)) {
            throw ApiRefusal.transmission("The JWT's exp " + expires + " is before its iat " + issued);
        }
        if (now.isBefore(issued.minus(SKEW))) {
            throw ApiRefusal.transmission("The JWT's iat " + issued + " is "
                    + Duration.between(now, issued).toSeconds()
                    + " s ahead of the server's clock (" + now.getEpochSecond() + "); at most " + SKEW.toSeconds()
                    + " s are accepted: check the caller's clock");
        }
        if (now.isAfter(expires.plus(SKEW))) {
            throw ApiRefusal.transmission("The JWT expired: its exp " + expires + " is "
                    + Duration.between(expires, now).toSeconds() + " s before the server's clock ("
                    + now.getEpochSecond() + ")");
        }
        if (Duration.between(issued, expires).compareTo(MAX_LIFETIME) > 0) {
            throw ApiRefusal.transmission(
                    "The JWT lives " + Duration.between(issued, expires).toSeconds() + " s from iat to exp; at most "
                            + MAX_LIFETIME.toSeconds() + " s are accepted");
        }
    }

    public Instant expires() {
        return instant("exp");
    }

    /** A required text claim of at most {@code max} characters, stripped. */
    public String text(String name, int max) {
        JsonValue value = claims.get(name);
        if (value == null) {
            throw ApiRefusal.transmission("The claim " + name + " is missing");
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiRefusal.transmission(
                    "The claim " + name + " is " + ApiRefusal.shown(value.toString()) + ": it should be a string");
        }
        String text = claims.getString(name).strip();
        if (text.isEmpty()) {
            throw ApiRefusal.transmission("The claim " + name + " is empty");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw ApiRefusal.transmission("The claim " + name + " \"" + ApiRefusal.shown(text) + "\" has "
                    + text.codePointCount(0, text.length()) + " characters; at most " + max + " are accepted");
        }
        return text;
    }

    /** The conditionMap claim: the query, a JSON object sent as a string. */
    public JsonObject conditionMap() {
        String text = text("conditionMap", 4000);
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiRefusal.invalidQuery("conditionMap is not a JSON object");
        }
    }

    private Instant instant(String name) {
        JsonValue value = claims.get(name);
        if (value == null) {
            throw ApiRefusal.transmission("The claim " + name + " (seconds since 1970) is missing");
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw ApiRefusal.transmission("The claim " + name + " is " + ApiRefusal.shown(value.toString())
                    + ": it should be a number of seconds since 1970");
        }
        try {
            long seconds = claims.getJsonNumber(name).longValueExact();
            if (Math.abs(seconds) > 253_402_300_799L) {
                throw new ArithmeticException("beyond the year 9999");
            }
            return Instant.ofEpochSecond(seconds);
        } catch (ArithmeticException e) {
            throw ApiRefusal.transmission("The claim " + name + " "
                    + ApiRefusal.shown(claims.get(name).toString()) + " is not a whole number of seconds since 1970");
        }
    }

    private static JsonObject json(String part, String what) {
        try (JsonReader reader = JSON.createReader(
                new StringReader(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw ApiRefusal.transmission("The JWT " + what + " is not base64url JSON");
        }
    }
}
