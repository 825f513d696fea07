package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * The security headers, caching, methods and error answers of every kind of response, through
 * real HTTPS as a browser sends it: screens, refusals, the sign-in page, errors, exports, the API
 * and what the server answers outside the application.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    private static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL deployment;

    private URI base;
    private HttpClient client;

    @BeforeEach
    void setUp() {
        base = Https.https(deployment, 0);
        client = Https.client();
    }

    @Test
    void another_roles_screen_is_refused_with_every_header_and_a_fresh_nonce_each_time() throws Exception {
        assertTrue(new SignInForm(client, base).signIn("dhr", PASSWORD).signedIn());
        HttpResponse<String> first = Https.get(client, base.resolve("admin/users.xhtml"), "en");
        HttpResponse<String> second = Https.get(client, base.resolve("admin/users.xhtml"), "en");
        assertEquals(403, first.statusCode());
        assertTrue(first.body().contains("Access denied"), first.body());
        String nonce = assertScreenHeaders(first);
        assertNotEquals(nonce, assertScreenHeaders(second), "the nonce is made afresh for every response");
    }

    @Test
    void the_sign_in_page_served_for_a_protected_screen_has_every_header() throws Exception {
        HttpResponse<String> page = Https.get(client, base.resolve("dhr/home.xhtml"), "en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"signIn\""), page.body());
        assertScreenHeaders(page);
    }

    @Test
    void the_applications_address_has_every_header() throws Exception {
        HttpResponse<String> page = Https.get(client, base, "en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"signIn\""), page.body());
        assertScreenHeaders(page);
    }

    @Test
    void an_unknown_page_is_not_found_with_every_header() throws Exception {
        HttpResponse<String> page = Https.get(client, base.resolve("no-such-screen.xhtml"), "en");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertScreenHeaders(page);
        HttpResponse<String> file = Https.get(client, base.resolve("no-such-file.txt"), "en");
        assertEquals(404, file.statusCode());
        assertCommonHeaders(file);
    }

    @Test
    void the_api_answers_with_the_headers_uncached() throws Exception {
        HttpResponse<String> health = Https.get(client, base.resolve("api/health"), null);
        assertEquals(200, health.statusCode());
        assertCommonHeaders(health);
        assertFalse(NONCE.matcher(csp(health)).find(), "no page, no nonce: " + csp(health));
        assertEquals("no-store", health.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void static_resources_have_the_headers_and_stay_cacheable() throws Exception {
        String login = Https.get(client, base.resolve("login.xhtml"), "en").body();
        Matcher css = Pattern.compile("href=\"(/rislink/jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(login);
        assertTrue(css.find(), login);
        HttpResponse<String> resource =
                Https.get(client, base.resolve(css.group(1).replace("&amp;", "&")), null);
        assertEquals(200, resource.statusCode());
        assertCommonHeaders(resource);
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void the_auditors_export_is_not_stored_by_the_browser() throws Exception {
        assertTrue(new SignInForm(client, base).signIn("auditor", PASSWORD).signedIn());
        String search =
                Https.get(client, base.resolve("auditor/search.xhtml"), "en").body();
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("criteria", "criteria");
        criteria.put("criteria:from", inputValue(search, "criteria:from"));
        criteria.put("criteria:to", inputValue(search, "criteria:to"));
        criteria.put("criteria:search", "");
        criteria.put("jakarta.faces.ViewState", SignInForm.viewState(search));
        criteria.put(SignInForm.NONCE_PARAM, SignInForm.nonce(search));
        HttpResponse<String> results = post(base.resolve("auditor/search.xhtml"), criteria, Map.of());
        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains("id=\"results\""), results.body());
        assertEquals("no-store", results.headers().firstValue("Cache-Control").orElse(null));

        Map<String, String> export = new LinkedHashMap<>();
        export.put("results", "results");
        export.put("results:excel", "");
        export.put("jakarta.faces.ViewState", SignInForm.viewState(results.body()));
        export.put(SignInForm.NONCE_PARAM, SignInForm.nonce(results.body()));
        HttpResponse<String> excel = post(base.resolve("auditor/search.xhtml"), export, Map.of());
        assertEquals(200, excel.statusCode());
        assertTrue(
                excel.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"),
                excel.headers().map().toString());
        assertEquals(List.of("no-store"), excel.headers().allValues("Cache-Control"));
        assertCommonHeaders(excel);
    }

    @Test
    void screens_answer_only_get_and_post() throws Exception {
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "TRACE", "HEAD", "PATCH")) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(base.resolve("login.xhtml"))
                            .timeout(Duration.ofSeconds(30))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, answer.statusCode(), method);
            assertCommonHeaders(answer);
        }
    }

    @Test
    void a_forged_view_state_shows_the_expired_page_as_a_client_error_in_the_users_language() throws Exception {
        String login = Https.get(client, base.resolve("login.xhtml"), "en").body();
        SignInForm.Outcome english =
                new SignInForm(client, base).post("moi", PASSWORD, "1234567890:987654321", SignInForm.nonce(login));
        assertEquals(400, english.status());
        assertTrue(english.body().contains("The page has expired"), english.body());

        HttpClient chinese = Https.client();
        String chineseLogin =
                Https.get(chinese, base.resolve("login.xhtml"), "zh-TW").body();
        HttpResponse<String> page = post(
                chinese,
                base.resolve("login.xhtml"),
                forgedSignIn(SignInForm.nonce(chineseLogin)),
                Map.of("Accept-Language", "zh-TW"));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("畫面已逾時"), page.body());
        assertScreenHeaders(page);
    }

    @Test
    void a_forged_view_state_in_an_ajax_post_renders_the_expired_page() throws Exception {
        String login = Https.get(client, base.resolve("login.xhtml"), "en").body();
        Map<String, String> form = forgedSignIn(SignInForm.nonce(login));
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "signIn:submit");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "@all");
        HttpResponse<String> answer = post(base.resolve("login.xhtml"), form, Map.of("Faces-Request", "partial/ajax"));
        // 200: the ajax engine renders no partial response of another status (ErrorPageView).
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<partial-response"), answer.body());
        assertTrue(answer.body().contains("The page has expired"), answer.body());
        assertCommonHeaders(answer);
    }

    @Test
    void the_servers_root_is_not_its_welcome_page_but_leads_to_the_application() throws Exception {
        HttpResponse<String> root = Https.get(client, base.resolve("/"), "en");
        assertEquals(302, root.statusCode());
        assertTrue(
                root.headers().firstValue("Location").orElse("").endsWith("/rislink/"),
                root.headers().map().toString());
        assertFalse(root.body().contains("WildFly"), root.body());
        assertCommonHeaders(root);
        HttpResponse<String> elsewhere = Https.get(client, base.resolve("/no-such-application/"), "en");
        assertEquals(404, elsewhere.statusCode());
        assertCommonHeaders(elsewhere);
        assertTrue(csp(elsewhere).contains("default-src 'none'"), csp(elsewhere));
    }

    @Test
    void the_session_cookie_is_same_site() throws Exception {
        HttpResponse<String> page = Https.get(client, base.resolve("login.xhtml"), "en");
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + page.headers().map()));
        assertTrue(session.toLowerCase(Locale.ROOT).contains("; samesite=lax"), session);
        assertTrue(new SignInForm(client, base).signIn("dhr", PASSWORD).signedIn(), "signing in still works");
    }

    /** The headers of a rendered screen: the common ones, no-store, and a policy with a nonce. */
    private static String assertScreenHeaders(HttpResponse<String> page) {
        assertCommonHeaders(page);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));
        String policy = csp(page);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("default-src 'self'"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), "no nonce in " + policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertFalse(page.body().contains(" onclick="), "no inline handler is left in the page");
        return nonce.group(1);
    }

    private static void assertCommonHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        String where = response.request().method() + " " + response.uri() + " " + headers.map();
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), where);
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), where);
        assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"), where);
        assertEquals(List.of("max-age=31536000"), headers.allValues("Strict-Transport-Security"), where);
        assertEquals(1, headers.allValues("Content-Security-Policy").size(), "exactly one policy: " + where);
        assertTrue(csp(response).contains("frame-ancestors 'none'"), where);
    }

    private static String csp(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    /** The sign-in form with a made-up ViewState and the nonce of the page it was taken from. */
    private static Map<String, String> forgedSignIn(String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:username", "moi");
        form.put("signIn:password", PASSWORD);
        form.put("signIn:submit", "");
        form.put("jakarta.faces.ViewState", "1234567890:987654321");
        form.put(SignInForm.NONCE_PARAM, nonce);
        return form;
    }

    private static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        assertTrue(input.find(), "no input " + name + " in\n" + html);
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form, Map<String, String> headers) throws Exception {
        return post(client, uri, form, headers);
    }

    private static HttpResponse<String> post(
            HttpClient client, URI uri, Map<String, String> form, Map<String, String> headers) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
