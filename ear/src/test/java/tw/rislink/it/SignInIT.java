package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.rislink.platform.boundary.DemoDataSeeder;

/** Sign-in, lockout and the protections around them, through real HTTP as a browser sends it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
    private static final Pattern ROC_DATE_TIME = Pattern.compile("\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL deployment;

    /** A real SMTP server for the lock notice; the test server sends to port 3025 (arquillian.xml). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private URI base;
    private HttpClient client;

    @BeforeEach
    void setUp() {
        base = Https.https(deployment, 0);
        client = Https.client();
    }

    @Test
    void health_reports_the_database_up() throws Exception {
        HttpResponse<String> response = Https.get(client, base.resolve("api/health"), null);
        assertEquals(200, response.statusCode());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", body.getJsonObject("checks").getString("database"));
    }

    @Test
    void screens_over_plain_http_are_redirected_to_https() throws Exception {
        HttpResponse<String> response = Https.get(client, URI.create(deployment + "login.xhtml"), null);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("https://"));
    }

    @Test
    void sign_in_page_is_traditional_chinese_unless_the_browser_asks_for_english() throws Exception {
        assertTrue(Https.get(client, base.resolve("login.xhtml"), null).body().contains("戶役政資料連結平台"));
        assertTrue(Https.get(Https.client(), base.resolve("login.xhtml"), "en-US,en;q=0.9")
                .body()
                .contains("Household Registration Linking Platform"));
    }

    @Test
    void a_demo_user_signs_in_to_the_home_of_their_role_with_a_safe_session_cookie() throws Exception {
        Https.get(client, base.resolve("login.xhtml"), "en");
        SignInForm.Outcome outcome = new SignInForm(client, base).signIn("dhr", PASSWORD);
        assertTrue(outcome.signedIn(), () -> "not signed in: " + outcome);
        assertTrue(outcome.location().endsWith("/dhr/home.xhtml"));

        HttpResponse<String> home = Https.get(client, URI.create(outcome.location()), "en");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("DHR reviewer"));

        HttpResponse<String> other = Https.get(client, base.resolve("admin/users.xhtml"), "en");
        assertEquals(403, other.statusCode());
        assertTrue(other.body().contains("Access denied"));
    }

    @Test
    void sign_ins_are_in_the_audit_trail_and_the_auditor_finds_it_intact() throws Exception {
        SignInForm form = new SignInForm(client, base);
        assertFalse(form.signIn("ciso", "not-the-password").signedIn());
        assertTrue(form.signIn("ciso", PASSWORD).signedIn());
        HttpClient auditor = Https.client();
        assertTrue(new SignInForm(auditor, base).signIn("auditor", PASSWORD).signedIn());
        String page =
                Https.get(auditor, base.resolve("auditor/verify.xhtml"), "en").body();
        java.util.regex.Matcher records =
                Pattern.compile("data-records=\"(\\d+)\"").matcher(page);
        assertTrue(records.find(), page);
        assertTrue(Integer.parseInt(records.group(1)) >= 3, "the sign-ins were recorded: " + records.group(1));
        assertTrue(page.contains("data-findings=\"0\""), page);
        assertTrue(page.contains("Intact"), page);
    }

    @Test
    void session_cookie_is_http_only_and_secure() throws Exception {
        HttpResponse<String> page = Https.get(Https.client(), base.resolve("login.xhtml"), "en");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
        String attributes = session.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; httponly"), session);
        assertTrue(attributes.contains("; secure"), session);
    }

    @Test
    void unknown_user_and_wrong_password_get_the_same_answer() throws Exception {
        SignInForm form = new SignInForm(client, base);
        SignInForm.Outcome unknown = form.signIn("nobody-here", PASSWORD);
        SignInForm.Outcome wrong = form.signIn("telecom", "not-the-password");
        assertFalse(unknown.signedIn());
        assertNotNull(unknown.error());
        assertEquals(unknown.error(), wrong.error());
        assertTrue(form.signIn("telecom", PASSWORD).signedIn(), "a success resets the count");
    }

    @Test
    void the_containers_own_sign_in_url_is_closed_so_every_sign_in_is_counted() throws Exception {
        Https.get(client, base.resolve("admin/home.xhtml"), "en");
        HttpResponse<String> direct = client.send(
                java.net.http.HttpRequest.newBuilder(base.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "j_username=admin&j_password=" + PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, direct.statusCode());
        assertFalse(
                Https.get(client, base.resolve("admin/home.xhtml"), "en").body().contains("id=\"homeTitle\""));
    }

    @Test
    void a_post_with_a_forged_view_state_is_refused_and_signs_nobody_in() throws Exception {
        Https.get(client, base.resolve("login.xhtml"), "en");
        SignInForm.Outcome forged = new SignInForm(client, base).post("moi", PASSWORD, "1234567890:987654321");
        assertFalse(forged.signedIn());
        assertTrue(forged.body().contains("data-error=\"expired\""), forged.body());
        String home = Https.get(client, base.resolve("moi/home.xhtml"), "en").body();
        assertFalse(home.contains("id=\"homeTitle\""), "the forged post signed the user in");
    }

    @Test
    void wrong_passwords_at_once_lock_the_account_once_tell_its_owner_and_unlock_when_the_timer_fires()
            throws Exception {
        SignInForm form = new SignInForm(client, base);
        String user = "auditor";
        // Ten wrong passwords at once: every one is counted, none signs in, the account locks once.
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<SignInForm.Outcome>> attempts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String password = "wrong-" + i;
            attempts.add(pool.submit(() -> new SignInForm(Https.client(), base).signIn(user, password)));
        }
        long lockedAnswers = 0;
        for (Future<SignInForm.Outcome> attempt : attempts) {
            SignInForm.Outcome outcome = attempt.get(60, TimeUnit.SECONDS);
            assertFalse(outcome.signedIn());
            lockedAnswers += outcome.error().contains("locked") ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(6, lockedAnswers, "four wrong answers, then the lock for the other six");
        Instant lockedAt = Instant.now();
        SignInForm.Outcome refused = form.signIn(user, PASSWORD);
        assertFalse(refused.signedIn(), "the right password does not open a locked account");
        assertTrue(refused.error().contains("locked"));

        assertTrue(MAIL.waitForIncomingEmail(20_000, 1), "no lock notice was mailed");
        Thread.sleep(2000);
        assertEquals(1, MAIL.getReceivedMessages().length, "the account locked more than once");
        MimeMessage notice = MAIL.getReceivedMessages()[0];
        assertEquals("auditor@demo.rislink.invalid", notice.getAllRecipients()[0].toString());
        assertTrue(notice.getSubject().contains("帳號已鎖定"), notice.getSubject());
        String text = notice.getContent().toString();
        assertTrue(text.contains("因連續 5 次密碼錯誤"), text);
        assertTrue(ROC_DATE_TIME.matcher(text).find(), "lock time in the ROC calendar: " + text);

        // The test server locks for 45 s (arquillian.xml); the persistent timer then unlocks.
        SignInForm.Outcome outcome = refused;
        while (!outcome.signedIn() && Duration.between(lockedAt, Instant.now()).toSeconds() < 120) {
            Thread.sleep(3000);
            outcome = form.signIn(user, PASSWORD);
        }
        assertTrue(outcome.signedIn(), "the account was not unlocked by its timer");
        assertTrue(Duration.between(lockedAt, Instant.now()).toSeconds() >= 40, "unlocked before the lockout ended");
    }
}
