package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.verification.boundary.ApiOversight;
import tw.rislink.verification.boundary.IdCardVerifications;

/**
 * A company's client program calls {@code GET /api/integration/rwv2c2} over HTTPS with a JWT
 * signed by its own RSA key, exactly as MOI's API is called, against the synthetic register.
 * Runs in the server to issue the credential and find test cards; calls over real HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
class IdCardVerificationIT {

    private static final String ORG = "04595252";
    private static int accounts;
    private static final java.util.Set<String> USED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                IdCardVerificationIT.class, Https.class, CompanyClient.class, CompanyClient.Answer.class);
    }

    @EJB
    private ApiCredentials credentials;

    @EJB
    private IdCardVerifications verifications;

    @EJB
    private ApiOversight oversight;

    /** What the review, the timers and the abnormal-use scan do, the test does as the platform. */
    @EJB
    private AsPlatform platform;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    private KeyPair keys;
    private ApiCredential credential;

    @BeforeEach
    void company() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        credential = issue(List.of("127.0.0.1", "::1"));
    }

    @Test
    void a_matching_card_answers_1_in_the_moi_envelope() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        JsonObject response = call(card.query(), "user01", 200);
        assertEquals("RS7009", response.getString("rdCode"));
        assertEquals("200", response.getString("httpCode"));
        assertEquals("1", answer(response));
    }

    @Test
    void three_wrong_checks_answer_2_3_4_and_lock_the_id_for_the_day_with_5() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        Map<String, String> wrong = card.query();
        wrong.put("applyYyymmdd", RocDate.formatCompact(card.issued.minusDays(1)));
        assertEquals("2", answer(call(wrong, "user01", 200)));
        assertEquals("3", answer(call(wrong, "user01", 200)));
        assertEquals("4", answer(call(wrong, "user01", 200)));
        assertEquals("5", answer(call(card.query(), "user01", 200)), "locked: even the right card is not compared");
    }

    @Test
    void a_hundred_concurrent_wrong_checks_compare_exactly_three() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        Map<String, String> wrong = card.query();
        wrong.put("issueSiteId", card.site.equals("63000") ? "64000" : "63000");
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(pool.submit(() -> answer(call(wrong, "user02", 200))));
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Future<String> f : answers) {
            counts.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of("2", 1, "3", 1, "4", 1, "5", 97), counts);
        assertEquals(
                3,
                number("SELECT wrong FROM rl_idcheck_attempt WHERE org_id = '" + ORG + "' AND person_id = '"
                        + card.personId + "'"));
    }

    @Test
    void numbers_no_longer_in_use_answer_6_lost_cards_7_and_suspended_users_8() throws Exception {
        String retired = text("SELECT retired_id FROM rg_retired_id ORDER BY retired_id");
        Map<String, String> query = card("c.reported_lost_on IS NULL").query();
        query.put("personId", retired);
        assertEquals("6", answer(call(query, "user03", 200)));
        Card lost = card("c.reported_lost_on IS NOT NULL");
        assertEquals("7", answer(call(lost.query(), "user03", 200)));
        platform.run(() -> verifications.suspendUser(ORG, "user04", "test: unusual rate of wrong checks"));
        assertEquals("8", answer(call(card("c.reported_lost_on IS NULL").query(), "user04", 200)));
    }

    @Test
    void a_call_from_another_host_or_with_a_replayed_forged_or_bad_token_is_refused() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        ApiCredential elsewhere = issue(List.of("10.9.9.9"));
        JsonObject wrongHost = expect(client(elsewhere).check(card.query(), "user05", keys.getPrivate()), 403);
        assertEquals("RS3811", wrongHost.getString("rdCode"));

        String once = token(credential, keys.getPrivate(), card.query(), "user05");
        send(once, 200);
        assertEquals("RS7007", send(once, 401).getString("rdCode"), "a replay");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token(credential, generator.generateKeyPair().getPrivate(), card.query(), "user05");
        assertEquals("RS7007", send(forged, 401).getString("rdCode"), "signed with another key");

        Map<String, String> bad = card.query();
        bad.put("issueSiteId", "99999");
        assertEquals("RS3822", call(bad, "user05", 400).getString("rdCode"));
        assertEquals("RS7007", send(null, 401).getString("rdCode"));
        assertTrue(number("SELECT COUNT(*) FROM rl_audit_record WHERE action = 'ID_CARD_CHECK' AND outcome = 'REFUSED'")
                >= 5);
    }

    @Test
    void abnormal_use_suspends_the_user_and_an_unanswered_case_revokes_the_company() throws Exception {
        ApiCredential telecom = issue("96979933", "中華電信股份有限公司", List.of("127.0.0.1", "::1"));
        for (int i = 0; i < 2; i++) {
            Card card = card("c.reported_lost_on IS NULL");
            Map<String, String> wrong = card.query();
            wrong.put("applyYyymmdd", RocDate.formatCompact(card.issued.minusDays(3)));
            assertEquals("2", answer(expect(client(telecom).check(wrong, "clerk7", keys.getPrivate()), 200)));
            assertEquals("3", answer(expect(client(telecom).check(wrong, "clerk7", keys.getPrivate()), 200)));
        }
        assertTrue(platform.call(() -> oversight.scan(TaiwanTime.now().toLocalDate(), 3, 1000)) >= 1, "4 wrong > 3");
        Card card = card("c.reported_lost_on IS NULL");
        assertEquals("8", answer(expect(client(telecom).check(card.query(), "clerk7", keys.getPrivate()), 200)));
        assertEquals(
                "1",
                answer(expect(client(telecom).check(card.query(), "clerk8", keys.getPrivate()), 200)),
                "only the user is suspended");
        assertEquals(
                0,
                platform.call(() -> oversight.enforce(TaiwanTime.now().toLocalDate())),
                "the company still has time to explain");
        assertTrue(platform.call(
                        () -> oversight.enforce(TaiwanTime.now().toLocalDate().plusDays(30)))
                >= 1);
        CompanyClient.Answer revoked =
                client(telecom).check(card("c.reported_lost_on IS NULL").query(), "clerk8", keys.getPrivate());
        assertEquals(403, revoked.status());
        assertEquals("RS3811", revoked.rdCode());
    }

    @Test
    void a_key_unused_for_a_year_is_suspended_and_a_key_in_use_is_not() throws Exception {
        ApiCredential idle = issue(List.of("127.0.0.1", "::1"));
        ApiCredential busy = issue(List.of("127.0.0.1", "::1"));
        Card card = card("c.reported_lost_on IS NULL");
        assertEquals("1", answer(expect(client(busy).check(card.query(), "u1", keys.getPrivate()), 200)));
        LocalDate inAYear = TaiwanTime.now().toLocalDate().plusYears(1);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // The busy key is used again just before the check; the idle one was never used since its issue.
            s.executeUpdate("UPDATE rl_api_credential SET last_used_on = DATE '" + inAYear.minusDays(1)
                    + "' WHERE iss_key = '" + busy.getIssKey() + "'");
        }
        assertTrue(platform.call(() -> oversight.suspendDisused(inAYear.plusDays(1))) >= 1);
        assertEquals(
                "RS3811",
                client(idle).check(card.query(), "u1", keys.getPrivate()).rdCode());
        assertEquals("1", answer(expect(client(busy).check(card.query(), "u1", keys.getPrivate()), 200)));
    }

    @Test
    void the_yearly_check_revokes_a_company_no_longer_registered() throws Exception {
        ApiCredential dissolved = issue("10458570", "已解散示範股份有限公司", List.of("127.0.0.1", "::1"));
        ApiCredential renamed = issue("96979933", "中華電信公司（舊名）", List.of("127.0.0.1", "::1"));
        ApiCredential registered = issue(ORG, "示範商業銀行股份有限公司", List.of("127.0.0.1", "::1"));
        assertTrue(platform.call(oversight::yearlyCheck) >= 2);
        Card card = card("c.reported_lost_on IS NULL");
        assertEquals(
                "RS3811",
                client(dissolved).check(card.query(), "u1", keys.getPrivate()).rdCode());
        assertEquals(
                "RS3811",
                client(renamed).check(card.query(), "u1", keys.getPrivate()).rdCode());
        assertEquals("1", answer(expect(client(registered).check(card.query(), "u1", keys.getPrivate()), 200)));
    }

    private ApiCredential issue(List<String> addresses) throws Exception {
        return issue(ORG, "示範商業銀行股份有限公司", addresses);
    }

    private ApiCredential issue(String org, String holder, List<String> addresses) throws Exception {
        String account = String.format("AW%03d", 900 + accounts++ % 99);
        return platform.call(() -> credentials.issue(
                account,
                org,
                holder,
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                addresses,
                List.of(IdCardVerifications.JOB)));
    }

    private record Card(String personId, String applyCode, LocalDate issued, String site) {
        Map<String, String> query() {
            Map<String, String> query = new TreeMap<>();
            query.put("personId", personId);
            query.put("applyCode", applyCode);
            query.put("applyYyymmdd", RocDate.formatCompact(issued));
            query.put("issueSiteId", site);
            return query;
        }
    }

    /** The latest card of a person no other test of this class used. */
    private Card card(String condition) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT c.person_id, c.apply_code, c.issued_on, c.issue_site FROM rg_id_card c"
                                + " JOIN rg_person p ON p.person_id = c.person_id WHERE p.status = 'A' AND " + condition
                                + " AND c.issued_on = (SELECT MAX(d.issued_on) FROM rg_id_card d WHERE d.person_id = c.person_id)"
                                + " ORDER BY c.person_id")) {
            while (rs.next()) {
                if (USED.add(rs.getString(1))) {
                    return new Card(
                            rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4));
                }
            }
            throw new AssertionError("no unused card " + condition);
        }
    }

    private JsonObject call(Map<String, String> query, String userId, int status) throws Exception {
        return expect(client(credential).check(query, userId, keys.getPrivate()), status);
    }

    private JsonObject send(String token, int status) throws Exception {
        return expect(client(credential).send(token), status);
    }

    private String token(ApiCredential holder, PrivateKey key, Map<String, String> query, String userId)
            throws Exception {
        return client(holder).token(query, userId, key);
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

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private int number(String sql) throws SQLException {
        return Integer.parseInt(text(sql));
    }
}
