package tw.rislink.platform.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.RdEnvelope;

/**
 * Every answer of {@code /api} is an MOI envelope with an rdCode, never an empty body or a
 * server page: an unknown path, a wrong method, an unacceptable media type, and a failure of the
 * server (logged with a reference the caller is given, never with the cause in the answer).
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

    /** A failure of the server: logged with a reference, which is all the caller is told. */
    public static ApiRefusal serverError(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API call failed, reference " + reference, failure);
        return new ApiRefusal(
                500,
                RdEnvelope.TRANSMISSION_ERROR,
                "The server could not complete the call; nothing was done. Try again later (reference " + reference
                        + ")");
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
