package tw.rislink.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * The security headers of every response the application writes: screens, the sign-in page the
 * FORM mechanism forwards to, error pages, exports, static resources and {@code /api}. It runs
 * for every dispatcher type, because a refused role's 403 and the sign-in page for a protected
 * URL are served by ERROR and FORWARD dispatches that never pass a REQUEST filter.
 *
 * <p>The Content-Security-Policy is the one in the context parameter {@value #POLICY}; PrimeFaces
 * ({@code primefaces.CSP}) sends it with a fresh nonce on every rendered page, and this filter
 * sends it without one (scripts from 'self' only) for everything else. Either replaces the strict
 * policy the server's own filter puts in first ({@code configure-web-hardening.cli}).
 *
 * <p>Everything but the static resources is {@code no-store}: signed-in screens, exports and API
 * answers carry personal data. The header is held against later changes, because OmniFaces'
 * {@code Faces.sendFile} answers downloads over HTTPS with {@code public}.
 *
 * <p>Screens accept GET and POST only; anything else, HEAD too (no client of the screens needs
 * it, and it would build a view and a session for nothing), is answered 405. The API answers
 * unknown methods itself, in its envelope.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {
            DispatcherType.REQUEST,
            DispatcherType.FORWARD,
            DispatcherType.INCLUDE,
            DispatcherType.ERROR,
            DispatcherType.ASYNC
        })
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The context parameter with the policy, shared with PrimeFaces, which appends its nonce. */
    static final String POLICY = "primefaces.CSP_POLICY";

    static final String CSP = "Content-Security-Policy";
    static final String CACHE_CONTROL = "Cache-Control";
    private static final String FACES_SERVLET = "Faces Servlet";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final Set<String> SCREEN_METHODS = Set.of("GET", "POST");

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml lacks the context parameter " + POLICY);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean resource = request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
        Hardened hardened = new Hardened(response, request.isSecure(), !resource);
        hardened.apply();
        if (screen(request) && !SCREEN_METHODS.contains(request.getMethod())) {
            hardened.setHeader("Allow", "GET, POST");
            hardened.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, hardened);
    }

    private static boolean screen(HttpServletRequest request) {
        return FACES_SERVLET.equals(request.getHttpServletMapping().getServletName());
    }

    /**
     * A response whose headers survive a reset (OmniFaces resets the response before it renders
     * an error page) and whose policy is replaced, never doubled: two CSP headers would both be
     * enforced, and the one without the nonce would block PrimeFaces' scripts.
     */
    private final class Hardened extends HttpServletResponseWrapper {

        private final boolean secure;
        private final boolean personal;

        Hardened(HttpServletResponse response, boolean secure, boolean personal) {
            super(response);
            this.secure = secure;
            this.personal = personal;
        }

        void apply() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader(CSP, policy);
            if (secure) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
            if (personal) {
                response.setHeader(CACHE_CONTROL, "no-store");
                response.setHeader("Pragma", "no-cache");
            }
        }

        private boolean held(String name) {
            return personal && (CACHE_CONTROL.equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!held(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!held(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}
