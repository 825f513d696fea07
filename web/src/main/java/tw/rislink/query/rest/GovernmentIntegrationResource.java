package tw.rislink.query.rest;

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
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.credential.control.RdEnvelope;
import tw.rislink.platform.rest.ApiExceptionMapper;
import tw.rislink.platform.rest.ApiTransportFilter;
import tw.rislink.query.boundary.RegisterQueries;
import tw.rislink.query.control.QueryRefusal;

/**
 * {@code GET {base}/integration/rwv1c1}: the government variant of the MOI API (DOMAIN.md §8a), for
 * linked agencies. The JWT is checked exactly as for {@code rwv2c2} (one credential path,
 * {@code ApiCredentials}); its {@code jobId} names the job — V1C101, V1C103, V1C104, or one of the
 * register transactions (RQ01, RQ02, RQ04, RQ07, RQ08, RQ14, PH01, MS01, ST01) — and its
 * {@code conditionMap} the query. Refusals answer the envelope with the rule's rdCode and no data,
 * and are audited.
 */
@Path("integration/rwv1c1")
public class GovernmentIntegrationResource {

    @EJB
    private RegisterQueries queries;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response query(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String address = ((CallerAddress) request.getAttribute(ApiTransportFilter.CALLER)).address();
        try {
            return Response.ok(RdEnvelope.done(AnswerJson.responseData(queries.overRest(authorization, address))))
                    .build();
        } catch (QueryRefusal refusal) {
            queries.auditRefusal(AuditChannel.REST, address, null, refusal);
            throw refusal.asApiRefusal();
        } catch (ApiRefusal refusal) {
            queries.auditRefusal(AuditChannel.REST, address, null, refusal);
            throw refusal;
        } catch (RuntimeException failure) {
            // A failure is a call too: audited with the reference the caller is given (not while
            // the database is unreachable: the answer is then RS7008 and nothing can be written).
            ApiRefusal answer = ApiExceptionMapper.serverError(failure);
            ApiExceptionMapper.audit(answer, () -> queries.auditRefusal(AuditChannel.REST, address, null, answer));
            throw answer;
        }
    }
}
