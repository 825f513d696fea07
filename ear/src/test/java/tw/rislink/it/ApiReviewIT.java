package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.calendar.boundary.Holidays;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.verification.boundary.ApiRequests;
import tw.rislink.verification.boundary.IdCardVerifications;
import tw.rislink.verification.boundary.RegistryCheck;
import tw.rislink.verification.control.RegistrySource;
import tw.rislink.verification.control.RequestForm;
import tw.rislink.verification.entity.ApiRequest;

/**
 * MOI's review of a company's request and what the company is told: decisions are e-mailed only
 * once committed, a request sent back for more information is answered by the company and
 * returns to the reviewer, an unanswered one closes as not approved, and the yearly registry
 * check without a registry revokes nobody and tells the operators. Runs in the server, calling
 * the services as the signed-in reviewer and company user; mail goes to a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class ApiReviewIT {

    private static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
    private static final String REVIEWER = "moi";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(ApiReviewIT.class, Https.class, SignInForm.class, SignInForm.Outcome.class);
    }

    @EJB
    private AsPlatform platform;

    @EJB
    private ApiRequests requests;

    @EJB
    private AccountService accounts;

    @EJB
    private Holidays holidays;

    @EJB
    private RegistryCheck registryCheck;

    @EJB
    private ApiCredentials credentials;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    private MailSink mail;

    /** A company user of this test only, with its own e-mail address for the requests it files. */
    private String company;

    private String email;

    @BeforeEach
    void setUp() throws Exception {
        platform.run(() -> {
            mail = new MailSink();
            company = "it-company-" + System.nanoTime() % 1_000_000_000L + "-" + USERS.incrementAndGet();
            email = company + "@cht.example.com.tw";
            accounts.create(
                    company,
                    PASSWORD.toCharArray(),
                    "測試經辦",
                    null,
                    accounts.find("telecom").orElseThrow().getAgency(),
                    EnumSet.of(Role.COMPANY_USER));
        });
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void a_decision_rolled_back_sends_nothing_and_the_committed_one_is_mailed_once() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            long id = file();
            Identity.as(REVIEWER, PASSWORD, () -> {
                transaction.begin();
                requests.approve(id, "127.0.0.1");
                transaction.rollback();
                return null;
            });
            assertEquals(ApiRequest.Status.SUBMITTED, status(id), "the approval was rolled back");

            Identity.as(REVIEWER, PASSWORD, () -> requests.reject(id, "停用日期與合約不符", "127.0.0.1"));
            List<MimeMessage> sent = mail.await(email, 1);
            Thread.sleep(1000);
            sent = mail.to(email);
            assertEquals(1, sent.size(), "only the committed decision is mailed");
            String text = MailSink.text(sent.get(0));
            assertTrue(text.contains("REJECTED") && text.contains("停用日期與合約不符"), text);
            assertFalse(text.contains("APPROVED"), text);
        });
    }

    @Test
    void a_request_sent_back_is_answered_by_the_company_and_returns_to_the_reviewers_queue() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            long id = file();
            Identity.as(REVIEWER, PASSWORD, () -> requests.askForMore(id, "請補充停用原因及預定停用日期", "127.0.0.1"));
            LocalDate today = TaiwanTime.now().toLocalDate();
            ApiRequest asked = mine(id);
            assertEquals(ApiRequest.Status.MORE_INFO, asked.getStatus());
            assertEquals(holidays.workingDaysAfter(today, 5), asked.getDueOn(), "5 working days to answer");
            assertTrue(MailSink.text(mail.await(email, 1).get(0)).contains("請補充停用原因"), "the question is mailed");
            assertFalse(queued(id), "not in the reviewer's queue while the company answers");

            IllegalArgumentException empty = assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(company, PASSWORD, () -> requests.answer(id, " ", "127.0.0.1")));
            assertTrue(empty.getMessage().contains("answer"), empty.getMessage());
            String other = otherCompanyUser();
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(other, PASSWORD, () -> requests.answer(id, "不是我們的案件", "127.0.0.1")),
                    "another company cannot answer");

            Identity.as(company, PASSWORD, () -> requests.answer(id, "因主機汰換，預定 115 年 12 月 31 日停用。", "127.0.0.1"));
            ApiRequest answered = mine(id);
            assertEquals(ApiRequest.Status.SUBMITTED, answered.getStatus());
            assertEquals("因主機汰換，預定 115 年 12 月 31 日停用。", answered.getCompanyAnswer());
            assertEquals(holidays.workingDaysAfter(today, 5), answered.getDueOn(), "5 working days for the review");
            assertTrue(queued(id), "back in the reviewer's queue");
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(company, PASSWORD, () -> requests.answer(id, "再補一次", "127.0.0.1")),
                    "answered once");
            requests.closeUnanswered(answered.getDueOn().plusDays(30));
            assertEquals(ApiRequest.Status.SUBMITTED, status(id), "an answered request is not closed by the deadline");
        });
    }

    @Test
    void a_request_not_answered_by_its_deadline_closes_as_not_approved_and_the_company_is_told() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            long id = file();
            Identity.as(REVIEWER, PASSWORD, () -> requests.askForMore(id, "請檢附董事會決議", "127.0.0.1"));
            LocalDate due = mine(id).getDueOn();
            mail.await(email, 1);

            requests.closeUnanswered(due);
            assertEquals(ApiRequest.Status.MORE_INFO, status(id), "the company may still answer on the last day");
            assertTrue(requests.closeUnanswered(due.plusDays(1)) >= 1);
            assertEquals(ApiRequest.Status.LAPSED, status(id));
            assertFalse(queued(id));
            List<MimeMessage> sent = mail.await(email, 2);
            assertEquals(2, sent.size(), "the question, then the closing");
            assertTrue(MailSink.text(sent.get(1)).contains("逾期未補件，不予核准"), MailSink.text(sent.get(1)));
            IllegalArgumentException late = assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(company, PASSWORD, () -> requests.answer(id, "遲到的補件", "127.0.0.1")));
            assertTrue(late.getMessage().contains("LAPSED"), late.getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(REVIEWER, PASSWORD, () -> requests.approve(id, "127.0.0.1")),
                    "a closed request cannot be approved");
        });
    }

    @Test
    void without_a_registry_source_the_yearly_check_revokes_nobody_and_alerts_the_operators() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            ApiCredential dissolved = issue("10458570", "已解散示範股份有限公司");
            int alerts = alerts();
            System.setProperty(RegistrySource.SETTING, "none");
            try {
                assertEquals(0, registryCheck.run());
                assertEquals("ACTIVE", credentialStatus(dissolved), "nobody revoked without a registry");
                assertEquals(alerts + 1, alerts(), "an audit record with outcome FAILED");

                JsonObject health = health();
                assertEquals("UP", health.getString("status"), "the node still serves");
                assertEquals("NOT_CONFIGURED", health.getJsonObject("checks").getString("companyRegistry"));

                URI base = Https.base(0);
                java.net.http.HttpClient moi = Https.client();
                assertTrue(new SignInForm(moi, base).signIn(REVIEWER, PASSWORD).signedIn());
                // The sign-in form chose English for this session.
                String screen =
                        Https.get(moi, base.resolve("moi/cases.xhtml"), "en").body();
                assertTrue(
                        screen.contains("No company-registry source is configured"),
                        () -> "MOI's cases screen says so: " + screen);
            } finally {
                System.clearProperty(RegistrySource.SETTING);
            }
            assertEquals(
                    "UP",
                    health().getJsonObject("checks").getString("companyRegistry"),
                    "embedded default: demo table");
            assertTrue(registryCheck.run() >= 1);
            assertEquals("REVOKED", credentialStatus(dissolved), "with the registry, the dissolved company is revoked");
        });
    }

    /** The company user files a suspension request (no key needed, never blocked by another test's case). */
    private long file() throws Exception {
        RequestForm form = new RequestForm(
                "96979933",
                "中華電信股份有限公司",
                "127.0.0.1",
                "測試經辦",
                "02-23445678",
                "0912345678",
                email,
                "停用身分證核驗 API",
                "洗錢防制法第7條",
                null,
                true);
        return Identity.as(company, PASSWORD, () -> requests.submit(ApiRequest.Type.SUSPENSION, form, "127.0.0.1"))
                .getId();
    }

    private ApiRequest mine(long id) throws Exception {
        return Identity.as(company, PASSWORD, () -> requests.mine()).stream()
                .filter(r -> r.getId() == id)
                .findFirst()
                .orElseThrow();
    }

    private ApiRequest.Status status(long id) throws Exception {
        return mine(id).getStatus();
    }

    private boolean queued(long id) throws Exception {
        return Identity.as(REVIEWER, PASSWORD, () -> requests.queue()).stream().anyMatch(r -> r.getId() == id);
    }

    /** A company user of another company (the demo bank's agency is created at its first card sign-in; use a government one). */
    private String otherCompanyUser() {
        String name = company + "-x";
        accounts.create(
                name,
                PASSWORD.toCharArray(),
                "他公司經辦",
                null,
                accounts.find("officer").orElseThrow().getAgency(),
                EnumSet.of(Role.COMPANY_USER));
        return name;
    }

    private ApiCredential issue(String org, String holder) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return credentials.issue(
                String.format("AW%03d", 800 + USERS.incrementAndGet() % 99),
                org,
                holder,
                Base64.getEncoder()
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded()),
                List.of("127.0.0.1"),
                List.of(IdCardVerifications.JOB));
    }

    private String credentialStatus(ApiCredential credential) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT status FROM rl_api_credential WHERE iss_key = ?")) {
            s.setString(1, credential.getIssKey());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private int alerts() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM rl_audit_record WHERE action = ? AND outcome = 'FAILED'")) {
            s.setString(1, RegistryCheck.SKIPPED);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static JsonObject health() throws Exception {
        String body = Https.get(Https.client(), Https.base(0).resolve("api/health"), null)
                .body();
        return Json.createReader(new StringReader(body)).readObject();
    }
}
