package tw.rislink.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP clients for the test server, which presents the self-signed development certificate
 * that the server generates for localhost.
 */
public final class Https {

    static {
        // The generated certificate names localhost only in its subject.
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    }

    private Https() {}

    /** A client with its own cookie jar, as one browser session is. */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .sslContext(trustAll())
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The https address of the application whose http address Arquillian gave. */
    public static URI https(URL deployment, int portOffset) {
        return URI.create("https://localhost:" + (8443 + portOffset) + deployment.getPath());
    }

    public static URI base(int portOffset) {
        return URI.create("https://localhost:" + (8443 + portOffset) + "/rislink/");
    }

    public static HttpResponse<String> get(HttpClient client, URI uri, String language) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trusts the development server's self-signed certificate: tests only. */
    static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
