package tw.rislink.register.rest;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.register.boundary.CodeTableService;
import tw.rislink.register.entity.CodeEntry;
import tw.rislink.register.entity.CodeTable;

/**
 * The code tables, which MOI publishes as open data, so that client programs can validate
 * before they call: {@code GET /api/codes/issue-site?on=0991224} lists the codes valid that day
 * (ROC date, default today).
 */
@Path("codes/{table}")
public class CodeTableResource {

    @EJB
    private CodeTableService codes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("table") String table, @QueryParam("on") String on) {
        CodeTable codeTable;
        try {
            codeTable = CodeTable.valueOf(table.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return error("No code table \"" + table + "\"; known: "
                    + Arrays.stream(CodeTable.values())
                            .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(Collectors.joining(", ")));
        }
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? TaiwanTime.now().toLocalDate() : RocDate.parseCompact(on);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        for (CodeEntry entry : codes.validOn(codeTable, day)) {
            entries.add(JSON.createObjectBuilder()
                    .add("code", entry.getCode())
                    .add("nameZh", entry.getNameZh())
                    .add("nameEn", entry.getNameEn())
                    .add("validFrom", RocDate.formatCompact(entry.getValidFrom()))
                    .add("validTo", entry.getValidTo() == null ? "" : RocDate.formatCompact(entry.getValidTo())));
        }
        JsonObject body = JSON.createObjectBuilder()
                .add("table", codeTable.name())
                .add("on", RocDate.formatCompact(day))
                .add("codes", entries)
                .build();
        return Response.ok(body).build();
    }

    private static Response error(String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(JSON.createObjectBuilder().add("error", message).build())
                .build();
    }
}
