package tw.rislink.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.register.control.InMemoryRegister;
import tw.rislink.register.control.SyntheticRegister;

/**
 * The register the test server generated at startup, generated again here from the same seed,
 * day and the town codes the server publishes, so that a client-side test knows which persons
 * and households the server holds without reading its database.
 */
final class TestRegister {

    private TestRegister() {}

    static InMemoryRegister of(URL deployment) throws Exception {
        // The API answers only over HTTPS; Arquillian names the plain HTTP address.
        return of(Https.https(deployment, 0));
    }

    /** The register of a server whose application answers at this HTTPS address. */
    static InMemoryRegister of(URI application) throws Exception {
        LocalDate asOf = LocalDate.parse(System.getProperty("rislink.register.as-of"));
        long seed = Long.parseLong(System.getProperty("rislink.register.seed"));
        HttpResponse<String> response = Https.get(
                Https.client(), application.resolve("api/codes/town?on=" + RocDate.formatCompact(asOf)), null);
        JsonObject codes = Json.createReader(new StringReader(response.body())).readObject();
        List<SyntheticRegister.Town> towns = codes.getJsonArray("codes").stream()
                .map(v -> v.asJsonObject())
                .map(o -> new SyntheticRegister.Town(
                        o.getString("code"), o.getString("code").substring(0, 5), o.getString("nameZh")))
                .toList();
        InMemoryRegister register = new InMemoryRegister();
        new SyntheticRegister(seed, asOf, towns).generate(10_000, register);
        return register;
    }
}
