package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The code tables as a client program reads them, on the day it names. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CodeTablesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL deployment;

    @Test
    void issuing_areas_are_those_valid_on_the_day_asked() throws Exception {
        assertEquals(List.of("65000"), codes("issue-site?on=1151122", "65000"));
        assertEquals(List.of(), codes("issue-site?on=1151122", "10001"));
        assertEquals(List.of("10001"), codes("issue-site?on=0991224", "10001"), "臺北縣 until 2010-12-24");
        JsonObject today = get("issue-site", 200);
        assertEquals(22, today.getJsonArray("codes").size());
    }

    @Test
    void a_code_carries_both_names_and_its_validity() throws Exception {
        JsonObject site = get("issue-site?on=0991224", 200).getJsonArray("codes").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("code").equals("10001"))
                .findFirst()
                .orElseThrow();
        assertEquals("北縣", site.getString("nameZh"));
        assertEquals("0991224", site.getString("validTo"));
    }

    @Test
    void unknown_tables_and_bad_dates_are_refused_with_a_reason() throws Exception {
        assertTrue(get("no-such-table", 400).getString("error").contains("issue-site"));
        assertTrue(get("issue-site?on=2026-11-22", 400).getString("error").contains("7 digits"));
    }

    private List<String> codes(String query, String code) throws Exception {
        return get(query, 200).getJsonArray("codes").stream()
                .map(v -> v.asJsonObject().getString("code"))
                .filter(code::equals)
                .toList();
    }

    private JsonObject get(String path, int status) throws Exception {
        HttpResponse<String> response =
                Https.get(Https.client(), Https.https(deployment, 0).resolve("api/codes/" + path), null);
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
