package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.certificate.boundary.CompanyCertificates;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * What the sign-in page answers gives no name away, it says when a lock ends, the home page shows
 * the previous sign-in, and a deep link returns to its page. Through real HTTPS as a browser
 * posts the form; the test runs in the server only to create fresh accounts of its own, so that
 * locks of other tests never interfere. The test server locks for 45 s (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class SignInAnswersIT {

    private static final Logger LOG = Logger.getLogger(SignInAnswersIT.class.getName());
    private static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
    private static final Duration LOCKOUT = Duration.ofSeconds(45);
    private static final Pattern ROC_DATE_TIME = Pattern.compile("\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                SignInAnswersIT.class, SignInForm.class, SignInForm.Outcome.class, Https.class);
    }

    @EJB
    private AsPlatform platform;

    @EJB
    private AccountService accounts;

    private final URI base = Https.base(0);

    @Test
    void an_unknown_name_and_a_wrong_password_get_the_same_answer_in_the_same_time() throws Exception {
        int tries = 12;
        int warmUp = 2;
        List<String> users = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            users.add(freshAccount(Role.APPLICANT_OFFICER));
        }
        List<Long> unknownMillis = new ArrayList<>();
        List<Long> wrongMillis = new ArrayList<>();
        SignInForm form = new SignInForm(Https.client(), base);
        for (int i = 0; i < tries; i++) {
            // Interleaved, and each on a name of its own, so neither side is ever locked and
            // both see the same server load.
            long started = System.nanoTime();
            SignInForm.Outcome unknown = form.signIn(freshName("nobody"), PASSWORD);
            long unknownTook = System.nanoTime() - started;
            started = System.nanoTime();
            SignInForm.Outcome wrong = form.signIn(users.get(i), "not-the-password");
            long wrongTook = System.nanoTime() - started;
            assertFalse(unknown.signedIn());
            assertNotNull(unknown.error());
            assertEquals(unknown.error(), wrong.error(), "the same words for both");
            assertEquals(unknown.status(), wrong.status());
            if (i >= warmUp) {
                unknownMillis.add(unknownTook / 1_000_000);
                wrongMillis.add(wrongTook / 1_000_000);
            }
        }
        long unknown = median(unknownMillis);
        long wrong = median(wrongMillis);
        LOG.info(() -> "Sign-in refusal medians: unknown name " + unknown + " ms " + unknownMillis + ", wrong password "
                + wrong + " ms " + wrongMillis);
        // A refusal takes a bcrypt comparison (about 100 ms here) plus a page; without the dummy
        // comparison an unknown name answered about 90 ms sooner. 25 ms, or 30 % of the slower,
        // is well below that gap and above the jitter of two busy shared cores.
        long allowed = Math.max(25, Math.max(unknown, wrong) * 30 / 100);
        assertTrue(
                Math.abs(unknown - wrong) <= allowed,
                "medians differ by more than " + allowed + " ms: unknown " + unknown + ", wrong " + wrong);
    }

    @Test
    void five_tries_of_an_unknown_name_answer_as_five_wrong_passwords_of_an_account_lock_end_included()
            throws Exception {
        String user = freshAccount(Role.APPLICANT_OFFICER);
        String nobody = freshName("nobody");
        SignInForm form = new SignInForm(Https.client(), base);
        LocalDateTime before = nowInTaiwan();
        for (int i = 1; i <= 6; i++) {
            String real = form.signIn(user, "wrong-" + i).error();
            String unknown = form.signIn(nobody, "wrong-" + i).error();
            assertEquals(masked(real), masked(unknown), "try " + i);
            if (i < 5) {
                assertFalse(real.contains("locked"), real);
            } else {
                assertTrue(real.contains("locked") && real.contains("until"), real);
                LocalDateTime realEnd = lockEnd(real);
                LocalDateTime unknownEnd = lockEnd(unknown);
                assertTrue(Duration.between(realEnd, unknownEnd).abs().toSeconds() <= 2, real + " / " + unknown);
                assertFalse(realEnd.isBefore(before.plus(LOCKOUT).withNano(0)), "the end of this lock: " + real);
                assertFalse(realEnd.isAfter(nowInTaiwan().plus(LOCKOUT)), "the end of this lock: " + real);
            }
        }
        assertTrue(form.signIn(user, PASSWORD).error().contains("locked"), "the right password waits too");
    }

    @Test
    void wrong_passwords_for_an_unknown_name_at_once_are_all_counted_and_lock_it_once() throws Exception {
        String nobody = freshName("nobody");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<SignInForm.Outcome>> attempts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String password = "wrong-" + i;
            attempts.add(pool.submit(() -> new SignInForm(Https.client(), base).signIn(nobody, password)));
        }
        List<String> ends = new ArrayList<>();
        for (Future<SignInForm.Outcome> attempt : attempts) {
            String error = attempt.get(60, TimeUnit.SECONDS).error();
            if (error.contains("locked")) {
                ends.add(lockEnd(error).toString());
            }
        }
        pool.shutdown();
        assertEquals(6, ends.size(), "four wrong answers, then the lock for the other six: " + ends);
        assertEquals(1, ends.stream().distinct().count(), "locked once: " + ends);
    }

    @Test
    void the_home_page_shows_the_previous_sign_in_and_the_refusals_since_it() throws Exception {
        String user = freshAccount(Role.APPLICANT_OFFICER);
        HttpClient first = Https.client();
        SignInForm.Outcome signedIn = new SignInForm(first, base).signIn(user, PASSWORD);
        assertTrue(signedIn.signedIn(), signedIn::toString);
        String home = Https.get(first, URI.create(signedIn.location()), "en").body();
        assertTrue(home.contains("First sign-in"), home);
        LocalDateTime firstAt = nowInTaiwan();

        SignInForm other = new SignInForm(Https.client(), base);
        other.signIn(user, "wrong-1");
        other.signIn(user, "wrong-2");
        other.signIn(user, "wrong-3");
        HttpClient second = Https.client();
        SignInForm.Outcome again = new SignInForm(second, base).signIn(user, PASSWORD);
        assertTrue(again.signedIn(), again::toString);
        home = Https.get(second, URI.create(again.location()), "en").body();
        Matcher previous =
                Pattern.compile("id=\"[^\"]*previousSignInAt\">([^<]+)<").matcher(home);
        assertTrue(previous.find(), home);
        LocalDateTime shown = rocDateTime(previous.group(1));
        assertTrue(
                Duration.between(shown, firstAt).abs().toSeconds() <= 5, "the first sign-in, not this one: " + shown);
        assertTrue(home.contains("from 127.0.0.1"), home);
        assertTrue(home.contains("data-failed=\"3\""), "three refusals between the two: " + home);
    }

    @Test
    void a_deep_link_returns_to_its_page_after_sign_in() throws Exception {
        String user = freshAccount(Role.AUDITOR);
        HttpClient client = Https.client();
        HttpResponse<String> asked = Https.get(client, base.resolve("auditor/search.xhtml"), "en");
        assertEquals(200, asked.statusCode(), "the sign-in page in its place");
        assertTrue(asked.body().contains("id=\"signIn\""), asked.body());
        SignInForm.Outcome outcome = new SignInForm(client, base).signInAt("auditor/search.xhtml", user, PASSWORD);
        assertEquals(302, outcome.status(), outcome::toString);
        assertEquals(
                base.resolve("auditor/search.xhtml").getPath(),
                URI.create(outcome.location()).getPath());
        HttpResponse<String> page = Https.get(client, URI.create(outcome.location()), "en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"criteria\""), "the search page itself");
    }

    @Test
    void a_target_outside_the_application_is_not_followed_after_sign_in() throws Exception {
        String user = freshAccount(Role.AUDITOR);
        for (String target : List.of(
                "//evil.example/auditor/search.xhtml",
                "https://evil.example/auditor/search.xhtml",
                "/\\evil.example/auditor/search.xhtml",
                "/../other/home.xhtml",
                "/login.xhtml")) {
            SignInForm.Outcome outcome = new SignInForm(Https.client(), base).signInReturningTo(target, user, PASSWORD);
            assertTrue(outcome.signedIn(), target + ": " + outcome);
            assertEquals(
                    base.resolve("auditor/home.xhtml").getPath(),
                    URI.create(outcome.location()).getPath(),
                    target);
            assertEquals("localhost", URI.create(outcome.location()).getHost(), target);
        }
    }

    @Test
    void any_business_id_is_told_to_use_the_certificate_registered_or_not() throws Exception {
        SignInForm form = new SignInForm(Https.client(), base);
        // The demo company has an account (created at its first certificate sign-in, which the
        // browser tests make); 22099131 is a valid business ID that no test signs in with.
        String registered =
                form.signIn(CompanyCertificates.DEMO_COMPANY, PASSWORD).error();
        String other = form.signIn("22099131", PASSWORD).error();
        assertTrue(registered.contains("business certificate"), registered);
        assertEquals(registered, other);
    }

    private String freshAccount(Role role) throws Exception {
        String user = freshName("it-signin");
        platform.run(() -> accounts.create(
                user,
                PASSWORD.toCharArray(),
                "測試使用者",
                null,
                accounts.find("officer").orElseThrow().getAgency(),
                EnumSet.of(role)));
        return user;
    }

    private static String freshName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + NAMES.incrementAndGet();
    }

    private static String masked(String answer) {
        return ROC_DATE_TIME.matcher(answer).replaceAll("<time>");
    }

    private static LocalDateTime lockEnd(String answer) {
        Matcher m = ROC_DATE_TIME.matcher(answer);
        assertTrue(m.find(), "no end in " + answer);
        return rocDateTime(m.group());
    }

    /** {@code 115/12/01 23:45:07}, as the screens show a time. */
    private static LocalDateTime rocDateTime(String text) {
        String[] parts = text.trim().split(" ");
        return RocDate.parse(parts[0]).atTime(LocalTime.parse(parts[1]));
    }

    private static LocalDateTime nowInTaiwan() {
        return LocalDateTime.now(ZoneId.of("Asia/Taipei"));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
