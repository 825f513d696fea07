package tw.rislink.verification.rest;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.credential.control.RdEnvelope;
import tw.rislink.platform.rest.ApiExceptionMapper;
import tw.rislink.platform.rest.ApiTransportFilter;
import tw.rislink.verification.boundary.IdCardVerifications;

/**
 * {@code GET {base}/integration/rwv2c2}: ID-card verification for companies, the MOI API's
 * call (DOMAIN.md §8a). An existing client changes only its base URL to
 * {@code https://<host>/rislink/api}. Authentication is the JWT, not a session; the caller's
 * address is the one {@link ApiTransportFilter} established. A refusal is audited here and
 * answered in the envelope by {@code ApiExceptionMapper}.
 */
@Path("integration")
public class IntegrationResource {

    @EJB
    private IdCardVerifications verifications;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("rwv2c2")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String address = ((CallerAddress) request.getAttribute(ApiTransportFilter.CALLER)).address();
        try {
            return Response.ok(RdEnvelope.done(JSON.createObjectBuilder(verifications.verify(authorization, address))))
                    .build();
        } catch (ApiRefusal refusal) {
            verifications.auditRefusal(address, refusal);
            throw refusal;
        } catch (RuntimeException failure) {
            // A failure is a call too: audited with the reference the caller is given (not while
            // the database is unreachable: the answer is then RS7008 and nothing can be written).
            ApiRefusal answer = ApiExceptionMapper.serverError(failure);
            ApiExceptionMapper.audit(answer, () -> verifications.auditRefusal(address, answer));
            throw answer;
        }
    }
}
