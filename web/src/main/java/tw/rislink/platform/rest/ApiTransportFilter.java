package tw.rislink.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.credential.control.RdEnvelope;

/**
 * Before any resource of {@code /api} runs: the call must have come over HTTPS (directly, or
 * through a trusted TLS-terminating proxy), and no header may be oversized. A call over plain
 * HTTP is refused in the MOI envelope without reading its token or query; it is not redirected,
 * because a client that follows a redirect has already sent its token in the clear and would
 * learn nothing. The caller's address, as the host-address check must see it, is left in the
 * request attribute {@link #CALLER}.
 */
@Provider
@PreMatching
public class ApiTransportFilter implements ContainerRequestFilter {

    /** The request attribute holding the {@link CallerAddress}. */
    public static final String CALLER = "rislink.api.caller";

    /** Longest header value accepted: a JWT of the MOI API's clients is about 1–2 KB. */
    static final int MAX_HEADER = 8192;

    private static final CallerAddress.TrustedProxies PROXIES =
            CallerAddress.TrustedProxies.of(System.getProperty("rislink.api.trusted-proxies"));

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        CallerAddress caller = CallerAddress.of(
                request.getRemoteAddr(),
                request.isSecure(),
                allLines("X-Forwarded-For"),
                allLines("X-Forwarded-Proto"),
                PROXIES);
        if (!caller.secure()) {
            context.abortWith(
                    envelope(
                            new ApiRefusal(
                                    403,
                                    RdEnvelope.TRANSMISSION_ERROR,
                                    "The API answers only over HTTPS: call https://<host>:8443/rislink/api/…; this call was"
                                            + " refused unread. A token sent over plain HTTP may have been seen: do not send it again")));
            return;
        }
        for (Map.Entry<String, List<String>> header : context.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                if (value != null && value.length() > MAX_HEADER) {
                    context.abortWith(envelope(new ApiRefusal(
                            431,
                            RdEnvelope.TRANSMISSION_ERROR,
                            "The header " + ApiRefusal.shown(header.getKey()) + " has " + value.length()
                                    + " characters; at most " + MAX_HEADER + " are accepted")));
                    return;
                }
            }
        }
        request.setAttribute(CALLER, caller);
    }

    /**
     * Every line of a header, joined in order: a gateway may append a line of its own instead of
     * extending the client's, and then only the last one is the gateway's.
     */
    private String allLines(String header) {
        List<String> lines = Collections.list(request.getHeaders(header));
        return lines.isEmpty() ? null : String.join(",", lines);
    }

    static Response envelope(ApiRefusal refusal) {
        return Response.status(refusal.httpStatus())
                .entity(RdEnvelope.refused(refusal))
                .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .build();
    }
}
