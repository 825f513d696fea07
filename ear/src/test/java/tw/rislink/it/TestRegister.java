package tw.rislink.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.register.control.RegisterSink;
import tw.rislink.register.control.SyntheticRegister;

/**
 * The register the test server generated at startup, generated again here from the same seed,
 * day and the town codes the server publishes, so that a client-side test knows which persons
 * and households the server holds without reading its database.
 */
final class TestRegister implements RegisterSink {

    final List<Household> households = new ArrayList<>();
    final List<Person> persons = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<RetiredId> retired = new ArrayList<>();

    static TestRegister of(URL deployment) throws Exception {
        LocalDate asOf = LocalDate.parse(System.getProperty("rislink.register.as-of"));
        long seed = Long.parseLong(System.getProperty("rislink.register.seed"));
        HttpResponse<String> response = Https.get(
                Https.client(), URI.create(deployment + "api/codes/town?on=" + RocDate.formatCompact(asOf)), null);
        JsonObject codes = Json.createReader(new StringReader(response.body())).readObject();
        List<SyntheticRegister.Town> towns = codes.getJsonArray("codes").stream()
                .map(v -> v.asJsonObject())
                .map(o -> new SyntheticRegister.Town(
                        o.getString("code"), o.getString("code").substring(0, 5), o.getString("nameZh")))
                .toList();
        TestRegister register = new TestRegister();
        new SyntheticRegister(seed, asOf, towns).generate(10_000, register);
        return register;
    }

    List<Event> eventsOf(String personId) {
        return events.stream().filter(e -> e.personId().equals(personId)).toList();
    }

    @Override
    public void village(Village village) {}

    @Override
    public void household(Household household) {
        households.add(household);
    }

    @Override
    public void person(Person person) {
        persons.add(person);
    }

    @Override
    public void membership(Membership membership) {}

    @Override
    public void event(Event event) {
        events.add(event);
    }

    @Override
    public void idCard(IdCard card) {}

    @Override
    public void military(Military record) {}

    @Override
    public void application(Application form) {}

    @Override
    public void retiredId(RetiredId retiredId) {
        retired.add(retiredId);
    }
}
