package tw.rislink.credential.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtTokenTest {

    private static final String ISS = "e3yMEJMEppYGbb37BxVaOSX00btXCASk";
    private static KeyPair keys;
    private static String publicKey;
    private final Instant now = Instant.ofEpochSecond(1_790_000_000L);

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    @Test
    void a_well_formed_rs256_token_verifies_and_reads_its_claims() throws Exception {
        JwtToken token = JwtToken.parse("Bearer " + sign("RS256", claims(), keys.getPrivate()));
        assertEquals(ISS, token.issuer());
        token.verifySignature(publicKey);
        token.checkTimes(now);
        assertEquals("A123456789", token.conditionMap().getString("personId"));
    }

    @Test
    void alg_none_and_hmac_are_refused_before_any_key_is_used() throws Exception {
        String unsigned = sign("none", claims(), keys.getPrivate());
        assertTrue(assertThrows(ApiRefusal.class, () -> JwtToken.parse(unsigned))
                .getMessage()
                .contains("RS256"));
        String hmac = sign("HS256", claims(), keys.getPrivate());
        assertEquals(
                "RS7007",
                assertThrows(ApiRefusal.class, () -> JwtToken.parse(hmac)).rdCode());
    }

    @Test
    void a_token_signed_with_another_key_or_changed_after_signing_is_refused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JwtToken other = JwtToken.parse(
                sign("RS256", claims(), generator.generateKeyPair().getPrivate()));
        assertThrows(ApiRefusal.class, () -> other.verifySignature(publicKey));
        String genuine = sign("RS256", claims(), keys.getPrivate());
        String[] parts = genuine.split("\\.");
        String changed = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims().add("userId", "mallory")
                                .build()
                                .toString()
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThrows(ApiRefusal.class, () -> JwtToken.parse(changed).verifySignature(publicKey));
    }

    @Test
    void times_outside_the_window_are_refused_with_a_reason() throws Exception {
        JwtToken token = JwtToken.parse(sign("RS256", claims(), keys.getPrivate()));
        assertTrue(assertThrows(ApiRefusal.class, () -> token.checkTimes(now.plusSeconds(300)))
                .getMessage()
                .contains("expired"));
        assertTrue(assertThrows(ApiRefusal.class, () -> token.checkTimes(now.minusSeconds(300)))
                .getMessage()
                .contains("ahead of the server's clock"));
        JwtToken forever =
                JwtToken.parse(sign("RS256", claims().add("exp", now.getEpochSecond() + 86_400), keys.getPrivate()));
        assertThrows(ApiRefusal.class, () -> forever.checkTimes(now));
    }

    @Test
    void real_clients_tokens_of_ten_minutes_either_side_are_accepted_for_their_whole_life() throws Exception {
        JwtToken token = JwtToken.parse(sign(
                "RS256",
                claims().add("iat", now.getEpochSecond() - 600).add("exp", now.getEpochSecond() + 600),
                keys.getPrivate()));
        token.checkTimes(now);
        token.checkTimes(now.minusSeconds(600));
        token.checkTimes(now.plusSeconds(600 + 60));
        assertTrue(assertThrows(ApiRefusal.class, () -> token.checkTimes(now.plusSeconds(600 + 61)))
                .getMessage()
                .contains("expired"));
    }

    @Test
    void exp_before_iat_a_token_from_the_future_and_one_living_over_20_minutes_are_refused() throws Exception {
        JwtToken backwards = JwtToken.parse(sign(
                "RS256",
                claims().add("iat", now.getEpochSecond()).add("exp", now.getEpochSecond() - 1),
                keys.getPrivate()));
        assertTrue(assertThrows(ApiRefusal.class, () -> backwards.checkTimes(now))
                .getMessage()
                .contains("before its iat"));
        JwtToken early = JwtToken.parse(sign(
                "RS256",
                claims().add("iat", now.getEpochSecond() + 61).add("exp", now.getEpochSecond() + 600),
                keys.getPrivate()));
        assertTrue(assertThrows(ApiRefusal.class, () -> early.checkTimes(now))
                .getMessage()
                .contains("61 s ahead"));
        JwtToken longLived = JwtToken.parse(sign(
                "RS256",
                claims().add("iat", now.getEpochSecond() - 601).add("exp", now.getEpochSecond() + 600),
                keys.getPrivate()));
        assertTrue(assertThrows(ApiRefusal.class, () -> longLived.checkTimes(now))
                .getMessage()
                .contains("1201 s"));
    }

    @Test
    void a_time_beyond_any_calendar_is_a_transmission_error_not_a_failure() throws Exception {
        JwtToken token = JwtToken.parse(sign(
                "RS256", claims().add("exp", new java.math.BigInteger("99999999999999999999")), keys.getPrivate()));
        assertEquals(
                RdEnvelope.TRANSMISSION_ERROR,
                assertThrows(ApiRefusal.class, () -> token.checkTimes(now)).rdCode());
    }

    @Test
    void a_claim_refusal_names_what_was_sent() throws Exception {
        JwtToken token = JwtToken.parse(sign("RS256", claims().add("userId", "x".repeat(51)), keys.getPrivate()));
        ApiRefusal tooLong = assertThrows(ApiRefusal.class, () -> token.text("userId", 50));
        assertTrue(tooLong.getMessage().contains("51 characters"), tooLong.getMessage());
        JwtToken numeric = JwtToken.parse(sign("RS256", claims().add("jobId", 42), keys.getPrivate()));
        assertTrue(assertThrows(ApiRefusal.class, () -> numeric.text("jobId", 10))
                .getMessage()
                .contains("is 42"));
    }

    @Test
    void malformed_tokens_and_queries_say_what_is_wrong() {
        assertEquals(
                "RS7007",
                assertThrows(ApiRefusal.class, () -> JwtToken.parse(null)).rdCode());
        assertEquals(
                "RS7007",
                assertThrows(ApiRefusal.class, () -> JwtToken.parse("a.b")).rdCode());
        assertEquals(
                "RS7007",
                assertThrows(ApiRefusal.class, () -> JwtToken.parse("@@.@@.@@")).rdCode());
    }

    @Test
    void a_condition_map_that_is_not_json_is_an_invalid_query() throws Exception {
        JwtToken token =
                JwtToken.parse(sign("RS256", claims().add("conditionMap", "personId=A123456789"), keys.getPrivate()));
        assertEquals(
                RdEnvelope.INVALID_QUERY,
                assertThrows(ApiRefusal.class, token::conditionMap).rdCode());
    }

    private JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("orgId", "04595252")
                .add("apId", "AW001")
                .add("userId", "teller01")
                .add("iss", ISS)
                .add("jobId", "V2C201")
                .add("iat", now.getEpochSecond() - 180)
                .add("exp", now.getEpochSecond() + 180)
                .add("jti", "7f0c1b1e")
                .add("conditionMap", "{\"personId\":\"A123456789\",\"applyCode\":\"1\"}");
    }

    private static String sign(String alg, JsonObjectBuilder claims, PrivateKey key) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString(("{\"alg\":\"" + alg + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }
}
