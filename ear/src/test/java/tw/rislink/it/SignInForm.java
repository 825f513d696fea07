package tw.rislink.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Signs in through the real sign-in page, as a browser posts it, in English. */
public final class SignInForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    /** The request parameter PrimeFaces' script adds to each form under a Content-Security-Policy. */
    public static final String NONCE_PARAM = "primefaces.nonce";

    private static final Pattern ERROR = Pattern.compile("ui-messages-error-summary\">([^<]*)<");
    private static final Pattern NEXT = Pattern.compile("name=\"signIn:next\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client;
    private final URI base;

    public SignInForm(HttpClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    /** The outcome of one sign-in: where it redirected, or the error it showed. */
    public record Outcome(int status, String location, String error, String body) {
        public boolean signedIn() {
            return status == 302 && location != null && location.endsWith("/home.xhtml");
        }
    }

    public Outcome signIn(String username, String password) throws Exception {
        HttpResponse<String> page = Https.get(client, base.resolve("login.xhtml"), "en");
        return post(username, password, viewState(page.body()), nonce(page.body()), null);
    }

    /**
     * Opens a page signed out, which shows the sign-in form in its place, and signs in there;
     * returns the outcome and the page to return to that the form carried.
     */
    public Outcome signInAt(String page, String username, String password) throws Exception {
        HttpResponse<String> shown = Https.get(client, base.resolve(page), "en");
        Matcher next = NEXT.matcher(shown.body());
        return post(
                username, password, viewState(shown.body()), nonce(shown.body()), next.find() ? next.group(1) : null);
    }

    /** Signs in from the plain sign-in page with the given page to return to, as a browser could post it. */
    public Outcome signInReturningTo(String next, String username, String password) throws Exception {
        HttpResponse<String> page = Https.get(client, base.resolve("login.xhtml"), "en");
        return post(username, password, viewState(page.body()), nonce(page.body()), next);
    }

    public Outcome post(String username, String password, String viewState) throws Exception {
        return post(username, password, viewState, null, null);
    }

    public Outcome post(String username, String password, String viewState, String nonce) throws Exception {
        return post(username, password, viewState, nonce, null);
    }

    /**
     * Posts the form with the page's CSP nonce, as PrimeFaces' script in a browser adds it to every
     * form (PrimeFaces refuses a postback that renders a page without it), and the page to return to.
     */
    private Outcome post(String username, String password, String viewState, String nonce, String next)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        if (next != null) {
            form.put("signIn:next", next);
        }
        form.put("signIn:username", username);
        form.put("signIn:password", password);
        form.put("signIn:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put(NONCE_PARAM, nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(base.resolve("login.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher error = ERROR.matcher(response.body());
        return new Outcome(
                response.statusCode(),
                response.headers().firstValue("Location").orElse(null),
                error.find() ? error.group(1).trim() : null,
                response.body());
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No ViewState in page:\n" + html);
        }
        return m.group(1);
    }

    /** The nonce of the page's scripts, which PrimeFaces expects back with a postback. */
    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSP nonce in page:\n" + html);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
