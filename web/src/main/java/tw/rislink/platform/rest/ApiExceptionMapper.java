package tw.rislink.platform.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.RdEnvelope;
import tw.rislink.platform.control.Outage;

/**
 * Every answer of {@code /api} is an MOI envelope with an rdCode, never an empty body or a
 * server page: an unknown path, a wrong method, an unacceptable media type, and a failure of the
 * server (logged with a reference the caller is given, never with the cause in the answer), and
 * a database that cannot be reached ("provider system unavailable, resend later", RS7008).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return ApiTransportFilter.envelope(refusal(failure));
    }

    /**
     * A failure of the server, as the caller is told of it. A database that cannot be reached is
     * {@link ApiRefusal#unavailable()}: the call's transaction rolled back, the caller may send it
     * again, and the WARNING names only the cause's types and SQL states (a connection's message may
     * name its URL and user). Anything else is logged with a reference, which is all the caller is
     * told.
     */
    public static ApiRefusal serverError(Throwable failure) {
        if (Outage.isDatabase(failure)) {
            LOG.warning("API call answered " + RdEnvelope.UNAVAILABLE + ": the database cannot be reached ("
                    + causes(failure) + ")");
            return ApiRefusal.unavailable();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API call failed, reference " + reference, failure);
        return new ApiRefusal(
                500,
                RdEnvelope.TRANSMISSION_ERROR,
                "The server could not complete the call; nothing was done. Try again later (reference " + reference
                        + ")");
    }

    /**
     * Records a refused or failed call with {@code record}, unless the answer says the database is
     * unavailable: the record could not be written then, and trying would only keep the caller
     * waiting for another connection. A record that cannot be written is logged as a WARNING, and
     * the caller still gets {@code answer}.
     */
    public static void audit(ApiRefusal answer, Runnable record) {
        if (RdEnvelope.UNAVAILABLE.equals(answer.rdCode())) {
            LOG.warning(
                    "API call answered " + RdEnvelope.UNAVAILABLE + " was not audited: the database is unavailable");
            return;
        }
        try {
            record.run();
        } catch (RuntimeException failed) {
            LOG.warning("API call answered " + answer.rdCode() + " was not audited: " + causes(failed));
        }
    }

    /** The types and SQL states of a failure's causes, without their messages (which may name a URL and user). */
    public static String causes(Throwable failure) {
        StringBuilder causes = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (!causes.isEmpty()) {
                causes.append(" < ");
            }
            causes.append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                causes.append(" [")
                        .append(sql.getSQLState())
                        .append('/')
                        .append(sql.getErrorCode())
                        .append(']');
            }
        }
        return causes.toString();
    }

    /** What the caller is told of a failure. */
    ApiRefusal refusal(Throwable failure) {
        if (failure instanceof ApiRefusal refusal) {
            return refusal;
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String path = ApiRefusal.shown(uri.getRequestUri().getPath());
            String message;
            if (failure instanceof NotFoundException) {
                message = "There is no API at " + path;
            } else if (failure instanceof NotAllowedException) {
                message = path + " does not answer this method; it answers "
                        + web.getResponse().getAllowedMethods();
            } else {
                message = "The call to " + path + " was refused: HTTP " + status;
            }
            return new ApiRefusal(status, RdEnvelope.TRANSMISSION_ERROR, message);
        }
        return serverError(failure);
    }
}
