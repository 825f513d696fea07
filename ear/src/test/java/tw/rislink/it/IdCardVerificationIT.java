package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
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
import java.util.concurrent.CountDownLatch;
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
import tw.rislink.verification.boundary.RegistryCheck;

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
                IdCardVerificationIT.class,
                Https.class,
                CompanyClient.class,
                CompanyClient.Answer.class,
                ComparisonProbe.class);
    }

    @EJB
    private ApiCredentials credentials;

    @EJB
    private IdCardVerifications verifications;

    @EJB
    private ApiOversight oversight;

    @EJB
    private RegistryCheck registryCheck;

    /** What the review, the timers and the abnormal-use scan do, the test does as the platform. */
    @EJB
    private AsPlatform platform;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "rislink")
    private EntityManagerFactory persistence;

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
        // A user of its own: user01 has 4 wrong checks today (answers 2 to 5), which the
        // abnormal-use test's scan (limit 3) suspends.
        JsonObject response = call(card.query(), "user00", 200);
        assertEquals("RS7009", response.getString("rdCode"));
        assertEquals("查詢作業完成", response.getString("rdMessage"), "MOI's own text: client programs compare it");
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
    void thirty_concurrent_checks_of_one_id_never_compare_more_than_three_wrong_ones() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try (ComparisonProbe probe = ComparisonProbe.attach(persistence)) {
            Card calibration = card("c.reported_lost_on IS NULL");
            assertEquals("1", answer(call(calibration.query(), "calib", 200)));
            int readsPerComparison = probe.reads(calibration.personId);
            assertTrue(readsPerComparison >= 1, "the probe sees a comparison");
            int rightAnsweredOne = 0;
            for (int round = 0; round < 20; round++) {
                Card card = card("c.reported_lost_on IS NULL");
                Map<String, String> wrong = card.query();
                wrong.put("applyYyymmdd", RocDate.formatCompact(card.issued.minusDays(1 + round)));
                int right = round % 30;
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    // One user per check: the burst must not look like one user's abnormal use.
                    tokens.add(token(
                            credential, keys.getPrivate(), i == right ? card.query() : wrong, "r" + round + "u" + i));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> sent = new ArrayList<>();
                for (String token : tokens) {
                    sent.add(pool.submit(() -> {
                        start.await();
                        return answer(send(token, 200));
                    }));
                }
                start.countDown();
                List<String> answers = new ArrayList<>();
                for (Future<String> answer : sent) {
                    answers.add(answer.get());
                }
                String rightAnswer = answers.get(right);
                Map<String, Integer> counts = new TreeMap<>();
                answers.forEach(a -> counts.merge(a, 1, Integer::sum));
                String seen = "round " + round + ": " + counts + ", right one " + rightAnswer;
                for (String locked : List.of("2", "3", "4")) {
                    assertEquals(1, counts.getOrDefault(locked, 0), seen);
                }
                assertTrue(rightAnswer.equals("1") || rightAnswer.equals("5"), seen);
                List<String> order = answersInAuditOrder(card.personId);
                assertEquals(30, order.size(), seen);
                int third = order.indexOf("4");
                assertTrue(order.subList(third + 1, 30).stream().allMatch("5"::equals), seen + ", in order " + order);
                assertTrue(order.subList(0, third).stream().noneMatch("5"::equals), seen + ", in order " + order);
                int compared =
                        (int) answers.stream().filter(a -> !a.equals("5")).count();
                assertEquals(
                        compared * readsPerComparison,
                        probe.reads(card.personId),
                        seen + ": every check answered 5 was not compared");
                rightAnsweredOne += rightAnswer.equals("1") ? 1 : 0;
            }
            System.out.println("Burst test: the right check answered 1 in " + rightAnsweredOne + " of 20 rounds");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_wrong_check_digit_or_an_issue_date_in_the_future_is_refused_and_not_counted() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        Map<String, String> badDigit = card.query();
        char last = card.personId.charAt(9);
        badDigit.put("personId", card.personId.substring(0, 9) + (last == '9' ? '0' : (char) (last + 1)));
        JsonObject refused = call(badDigit, "user09", 400);
        assertEquals("RS3822", refused.getString("rdCode"));
        assertTrue(refused.getString("rdMessage").contains("check digit should be " + last), refused.toString());
        Map<String, String> future = card.query();
        future.put(
                "applyYyymmdd",
                RocDate.formatCompact(TaiwanTime.now().toLocalDate().plusDays(1)));
        assertTrue(call(future, "user09", 400).getString("rdMessage").contains("in the future"));
        Map<String, String> wrong = card.query();
        wrong.put("issueSiteId", card.site.equals("63000") ? "64000" : "63000");
        assertEquals("2", answer(call(wrong, "user09", 200)), "the refused queries were not counted");
        assertEquals("1", answer(call(card.query(), "user09", 200)));
    }

    @Test
    void a_call_over_plain_http_is_refused_unread_in_the_envelope() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        String token = token(credential, keys.getPrivate(), card.query(), "user10");
        CompanyClient.Answer plain = client(credential)
                .send("GET", URI.create("http://localhost:8080/rislink/api/integration/rwv2c2"), token);
        assertEquals(403, plain.status(), plain.envelope().toString());
        assertEquals("RS7007", plain.rdCode());
        assertTrue(plain.envelope().getString("rdMessage").contains("HTTPS"));
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM rl_audit_record WHERE subject_ids = '" + card.personId + "'"),
                "nothing of the plain call was read or recorded");
        assertEquals("1", answer(send(token, 200)), "its token was not used up either");
        CompanyClient.Answer ping =
                client(credential).send("GET", URI.create("http://localhost:8080/rislink/api/ping"), null);
        assertEquals(403, ping.status());
    }

    @Test
    void every_answer_of_the_api_is_an_envelope_with_an_rdcode() throws Exception {
        CompanyClient client = client(credential);
        String token = token(
                credential,
                keys.getPrivate(),
                card("c.reported_lost_on IS NULL").query(),
                "user11");
        URI api = URI.create("https://localhost:8443/rislink/api/");
        CompanyClient.Answer unknown = client.send("GET", api.resolve("integration/rwv9z9"), token);
        assertEquals(404, unknown.status());
        assertEquals("RS7007", unknown.rdCode());
        assertTrue(unknown.envelope().getString("rdMessage").contains("integration/rwv9z9"));
        CompanyClient.Answer posted = client.send("POST", api.resolve("integration/rwv2c2"), token);
        assertEquals(405, posted.status());
        assertEquals("RS7007", posted.rdCode());
        CompanyClient.Answer oversized =
                client.sendHttp11("GET", api.resolve("integration/rwv2c2"), "x".repeat(20_000));
        assertEquals(431, oversized.status());
        assertEquals("RS7007", oversized.rdCode());
        assertEquals("405", posted.envelope().getString("httpCode"));
    }

    @Test
    void tokens_as_real_clients_send_them_are_accepted() throws Exception {
        Card card = card("c.reported_lost_on IS NULL");
        long now = java.time.Instant.now().getEpochSecond();
        String branch = "分行櫃員-teller.0042@branch-013_";
        String userId = branch + "x".repeat(50 - branch.length());
        String token = client(credential)
                .token(card.query(), userId, keys.getPrivate(), Map.of("iat", now - 600, "exp", now + 600));
        assertEquals("1", answer(send(token, 200)), "iat 10 minutes ago, exp in 10 minutes");
        assertEquals(
                userId,
                text("SELECT user_name FROM rl_audit_record WHERE subject_ids = '" + card.personId + "'"),
                "the userId is recorded as sent");
        assertEquals("RS7007", send(token, 401).getString("rdCode"), "and still refused as a replay");
        String other = client(credential).token(card.query(), "user12", keys.getPrivate(), Map.of("jobId", "V1C101"));
        JsonObject refused = send(other, 403);
        assertEquals("RS3811", refused.getString("rdCode"));
        assertTrue(refused.getString("rdMessage").contains("\"V1C101\""), "names the jobId sent: " + refused);
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
        assertTrue(platform.call(registryCheck::run) >= 2);
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

    /** The answers of the checks of one ID in the order they were recorded. */
    private List<String> answersInAuditOrder(String personId) throws SQLException {
        List<String> answers = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT data_items FROM rl_audit_record WHERE action = 'ID_CARD_CHECK'"
                        + " AND subject_ids = '" + personId + "' ORDER BY occurred_at, id")) {
            while (rs.next()) {
                answers.add(rs.getString(1).substring("checkIdCardApply=".length()));
            }
        }
        return answers;
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
