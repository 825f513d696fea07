package tw.rislink.platform.rest;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tw.rislink.platform.boundary.HealthService;
import tw.rislink.verification.boundary.CompanyRegistries;

/**
 * For load balancers and operators: 200 when the application can reach its database, else 503.
 * Checks that need an operator but do not stop the node from serving are listed too, without
 * changing the status: {@code companyRegistry} is {@code NOT_CONFIGURED} when the yearly
 * company-registry check has no source (it then revokes nobody), so monitoring that reads the
 * checks raises it long before 2 January.
 */
@Path("health")
public class HealthResource {

    @EJB
    private HealthService health;

    @EJB
    private CompanyRegistries registries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database = health.databaseUp();
        JsonObject body = JSON.createObjectBuilder()
                .add("status", database ? "UP" : "DOWN")
                .add(
                        "checks",
                        JSON.createObjectBuilder()
                                .add("database", database ? "UP" : "DOWN")
                                .add("companyRegistry", registries.status().configured() ? "UP" : "NOT_CONFIGURED"))
                .build();
        return Response.status(database ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .build();
    }
}
