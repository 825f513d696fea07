package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.verification.boundary.IdCardVerifications;

/**
 * Key rotation over the real API: after {@code ApiCredentials.rotate} the old and the new Iss key
 * both authenticate calls to {@code /integration/rwv2c2}, each only with its own key, and the old
 * one is refused once its grace period is over. The clock is not waited for: the test ends the
 * grace period by moving the old key's {@code valid_until} into the past in the database, which is
 * the only thing authentication reads of it (the credential is not in the shared cache).
 */
@ExtendWith(ArquillianExtension.class)
class CredentialRotationIT {

    private static final String ORG = "04595252";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                CredentialRotationIT.class, Https.class, CompanyClient.class, CompanyClient.Answer.class);
    }

    @EJB
    private ApiCredentials credentials;

    @EJB
    private AsPlatform platform;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @Test
    void the_old_key_works_beside_the_new_one_until_its_grace_period_ends() throws Exception {
        KeyPair oldKeys = keys();
        KeyPair newKeys = keys();
        String account = String.format("AW%03d", 800 + (int) Math.floorMod(System.nanoTime(), 99L));
        ApiCredential old = platform.call(() -> credentials.issue(
                account,
                ORG,
                "示範商業銀行股份有限公司",
                encoded(oldKeys),
                List.of("127.0.0.1", "::1"),
                List.of(IdCardVerifications.JOB)));
        Map<String, String> card = card();
        assertEquals("1", answer(expect(client(old).check(card, "rotate", oldKeys.getPrivate()), 200)));

        LocalDateTime before = TaiwanTime.now();
        ApiCredential next = platform.call(() -> credentials.rotate(old.getIssKey(), encoded(newKeys)));
        assertNotEquals(old.getIssKey(), next.getIssKey());
        assertEquals(old.getAgencyAccount(), next.getAgencyAccount());
        assertEquals(old.getOrgId(), next.getOrgId());
        assertEquals(old.addressList(), next.addressList());
        assertEquals(List.of(IdCardVerifications.JOB), next.jobList());
        LocalDateTime until = validUntil(old.getIssKey());
        assertTrue(
                !until.isBefore(before.plusDays(30))
                        && !until.isAfter(TaiwanTime.now().plusDays(30)),
                "the default grace is 30 days: " + until);
        assertEquals(null, validUntil(next.getIssKey()), "the successor is the current key");

        // During the grace period both keys authenticate, each with its own private key only.
        assertEquals("1", answer(expect(client(old).check(card, "rotate", oldKeys.getPrivate()), 200)));
        assertEquals("1", answer(expect(client(next).check(card, "rotate", newKeys.getPrivate()), 200)));
        assertEquals(
                "RS7007",
                client(old).check(card, "rotate", newKeys.getPrivate()).rdCode());
        assertEquals(
                "RS7007",
                client(next).check(card, "rotate", oldKeys.getPrivate()).rdCode());

        // A replaced key is not rotated again; its successor may be, while the first grace runs.
        // The test module's Caller is outside the EJB module's application exceptions: it wraps them.
        Exception twice =
                assertThrows(Exception.class, () -> platform.call(() -> credentials.rotate(old.getIssKey(), null)));
        assertEquals("invalid.credential.replaced", reason(twice).key(), twice.toString());
        ApiCredential third = platform.call(() -> credentials.rotate(next.getIssKey(), null));
        assertEquals("1", answer(expect(client(third).check(card, "rotate", newKeys.getPrivate()), 200)));
        assertEquals("1", answer(expect(client(next).check(card, "rotate", newKeys.getPrivate()), 200)));
        assertEquals("1", answer(expect(client(old).check(card, "rotate", oldKeys.getPrivate()), 200)));

        // The old key's grace period ends: it is refused like a suspended key; the others go on.
        endGrace(old.getIssKey());
        CompanyClient.Answer refused = client(old).check(card, "rotate", oldKeys.getPrivate());
        assertEquals(403, refused.status(), refused.envelope().toString());
        assertEquals("RS3811", refused.rdCode());
        assertTrue(
                refused.envelope().getString("rdMessage").contains("replaced and its grace period ended"),
                refused.envelope().toString());
        assertEquals("1", answer(expect(client(next).check(card, "rotate", newKeys.getPrivate()), 200)));
        assertEquals("1", answer(expect(client(third).check(card, "rotate", newKeys.getPrivate()), 200)));
    }

    private static InvalidInputException reason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidInputException in " + thrown, thrown);
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String encoded(KeyPair keys) {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    private LocalDateTime validUntil(String issKey) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT valid_until FROM rl_api_credential WHERE iss_key = ?")) {
            s.setString(1, issKey);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDateTime.class);
            }
        }
    }

    private void endGrace(String issKey) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE rl_api_credential SET valid_until = ? WHERE iss_key = ?")) {
            s.setObject(1, TaiwanTime.now().minus(Duration.ofSeconds(1)));
            s.setString(2, issKey);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** The query of a current card of the synthetic register: a check of it answers 1, counting nothing. */
    private Map<String, String> card() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT c.person_id, c.apply_code, c.issued_on, c.issue_site FROM rg_id_card c"
                                + " JOIN rg_person p ON p.person_id = c.person_id WHERE p.status = 'A'"
                                + " AND c.reported_lost_on IS NULL"
                                + " AND c.issued_on = (SELECT MAX(d.issued_on) FROM rg_id_card d WHERE d.person_id = c.person_id)"
                                + " ORDER BY c.person_id DESC")) {
            assertTrue(rs.next(), "a current card in the synthetic register");
            Map<String, String> query = new TreeMap<>();
            query.put("personId", rs.getString(1));
            query.put("applyCode", rs.getString(2));
            LocalDate issued = rs.getDate(3).toLocalDate();
            query.put("applyYyymmdd", RocDate.formatCompact(issued));
            query.put("issueSiteId", rs.getString(4));
            return query;
        }
    }

    private static CompanyClient client(ApiCredential holder) {
        return new CompanyClient(
                URI.create("https://localhost:8443/rislink/"),
                holder.getOrgId(),
                holder.getAgencyAccount(),
                holder.getIssKey());
    }

    private static JsonObject expect(CompanyClient.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.envelope().toString());
        return answer.envelope();
    }

    private static String answer(JsonObject response) {
        return response.getJsonObject("responseData").getString("checkIdCardApply");
    }
}
