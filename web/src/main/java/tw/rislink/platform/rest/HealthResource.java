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

/** For load balancers and operators: 200 when the application can reach its database, else 503. */
@Path("health")
public class HealthResource {

    @EJB
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database = health.databaseUp();
        JsonObject body = JSON.createObjectBuilder()
                .add("status", database ? "UP" : "DOWN")
                .add("checks", JSON.createObjectBuilder().add("database", database ? "UP" : "DOWN"))
                .build();
        return Response.status(database ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .build();
    }
}
