package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.register.entity.NationalId;
import tw.rislink.register.entity.Person;

/**
 * The government REST API as an agency's existing client program calls it (DOMAIN.md §8a): a JWT
 * signed RS256 with the agency's key, sent to {@code /integration/rwv1c1}; every job answered in
 * the MOI envelope with the approved items only, every refusal with its own rdCode and no data.
 * Each test creates its own agencies ({@link DataServiceFixture}) and reads the register it asks
 * about through {@link RegisterLookup}, so the expected values are the register's own.
 */
@ExtendWith(ArquillianExtension.class)
class GovernmentApiIT {

    private static final List<String> ALL_ITEMS = List.of(
            "PERSON_NAME",
            "BIRTH_DATE",
            "SEX",
            "ADDRESS",
            "HOUSEHOLD_NUMBER",
            "RELATIONSHIP",
            "PARENTS",
            "SPOUSE",
            "NAME_HISTORY",
            "REMOVAL",
            "ADDRESS_CHANGES",
            "ID_CARD_ISSUE",
            "POPULATION_STATS",
            "MILITARY_STATUS",
            "MILITARY_CHANGES");
    private static final List<String> HOSTS = List.of("127.0.0.1", "::1");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                GovernmentApiIT.class,
                DataServiceFixture.class,
                DataServiceFixture.Linked.class,
                DataServiceFixture.Samples.class,
                CompanyClient.class,
                CompanyClient.Answer.class,
                Https.class);
    }

    @EJB
    private DataServiceFixture fixture;

    @EJB
    private AsPlatform platform;

    @EJB
    private RegisterLookup register;

    @Test
    void every_job_answers_the_registers_values_in_the_moi_envelope() throws Exception {
        DataServiceFixture.Linked agency = fixture.create(ALL_ITEMS, null, HOSTS);
        DataServiceFixture.Samples s = fixture.samples();
        Person person = person(s.person());

        JsonObject rq02 = record(done(call(agency, "RQ02", Map.of("personId", person.getId()))));
        assertEquals("person", rq02.getString("kind"));
        assertEquals(person.getId(), rq02.getString("personId"));
        assertEquals(person.getName(), rq02.getString("name"));
        assertEquals(RocDate.formatCompact(person.getBirthDate()), rq02.getString("birthDate"));
        assertEquals(person.getHouseholdNumber(), rq02.getString("householdNumber"));
        assertEquals(person(person.getFatherId()).getName(), rq02.getString("fatherName"));

        JsonObject rq01 = record(done(call(agency, "RQ01", Map.of("householdNumber", s.personHousehold()))));
        assertEquals("household", rq01.getString("kind"));
        assertEquals(s.personHousehold(), rq01.getString("householdNumber"));
        assertTrue(ids(rq01.getJsonArray("person")).contains(person.getId()), rq01.toString());
        assertEquals(
                rq01.getString("address"),
                record(done(call(agency, "RQ01", Map.of("personId", person.getId()))))
                        .getString("address"),
                "asked by a member's ID, RQ01 answers the same household");

        Person renamed = person(s.renamed());
        JsonArray names = record(done(call(agency, "RQ04", Map.of("personId", renamed.getId()))))
                .getJsonArray("nameChange");
        assertEquals(
                renamed.getName(),
                names.getJsonObject(names.size() - 1).getString("newName"),
                "the latest change is to the current name: " + names);

        JsonObject rq07 = record(done(call(agency, "RQ07", Map.of("householdNumber", s.removedHousehold()))));
        JsonObject removedMember = rq07.getJsonArray("person").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("personId").equals(s.removed()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rq07.toString()));
        Person removed = person(s.removed());
        assertEquals(RocDate.formatCompact(removed.getRemovedOn()), removedMember.getString("removedOn"));
        JsonObject rq08 = record(done(call(agency, "RQ08", Map.of("personId", s.removed()))));
        assertEquals(removed.getRemovalReason(), rq08.getString("removalReason"));
        assertEquals(
                "RS3821", call(agency, "RQ02", Map.of("personId", s.removed())).rdCode());
        assertEquals(
                "RS3821",
                call(agency, "RQ08", Map.of("personId", person.getId())).rdCode());

        JsonArray changes = record(done(call(agency, "RQ14", Map.of("householdNumber", s.renumberedHousehold()))))
                .getJsonArray("addressChange");
        assertFalse(changes.isEmpty());
        assertTrue(changes.getJsonObject(0).containsKey("formerAddress"), changes.toString());

        JsonObject ms01 = record(done(call(agency, "MS01", Map.of("personId", s.soldier()))));
        assertTrue(ms01.containsKey("serviceCategory"), ms01.toString());
        assertFalse(ms01.getJsonArray("militaryRecord").isEmpty());

        JsonObject st01 = done(call(
                agency,
                "ST01",
                Map.of("period", s.statisticsMonth(), "areaCode", s.statisticsCounty(), "level", "TOWN")));
        JsonArray towns = st01.getJsonArray("records");
        assertFalse(towns.isEmpty());
        long people = 0;
        for (JsonValue town : towns) {
            assertEquals(8, town.asJsonObject().getString("areaCode").length());
            people += Long.parseLong(town.asJsonObject().getString("people_total"));
        }
        JsonObject county = record(done(call(
                agency,
                "ST01",
                Map.of("period", s.statisticsMonth(), "areaCode", s.statisticsCounty(), "level", "COUNTY"))));
        assertEquals(people, Long.parseLong(county.getString("people_total")), "the towns add up to the county");

        String born = RocDate.formatCompact(person.getBirthDate());
        JsonObject v1c101 = record(done(call(agency, "V1C101", Map.of("personId", person.getId(), "birthDate", born))));
        assertEquals(person.getName(), v1c101.getString("name"));
        assertEquals(
                "RS3821",
                call(agency, "V1C101", Map.of("personId", person.getId(), "birthDate", dayBefore(born)))
                        .rdCode());

        JsonObject v1c103 = done(call(agency, "V1C103", Map.of("personId", person.getId(), "birthDate", born)));
        assertEquals(Map.of("checkAll", "1", "checkPersonId", "1", "checkBirthDate", "1"), strings(v1c103));
        JsonObject wrong =
                done(call(agency, "V1C103", Map.of("personId", person.getId(), "birthDate", dayBefore(born))));
        assertEquals("0", wrong.getString("checkAll"));
        assertEquals("0", wrong.getString("checkBirthDate"));

        Person carded = person(s.carded());
        IdCardIssue card =
                platform.call(() -> register.currentCard(carded.getId()).orElseThrow());
        JsonObject all = Json.createObjectBuilder()
                .add("ck_personId", carded.getId())
                .add("ck_birthDate", RocDate.formatCompact(carded.getBirthDate()))
                .add("ck_areaCode", Json.createArrayBuilder().add("09007").add(card.getIssueSite()))
                .add("ck_idMark", card.getApplyCode())
                .add("ck_idMarkDate", RocDate.formatCompact(card.getIssuedOn()))
                .add("ck_householdId", carded.getHouseholdNumber())
                .build();
        assertEquals(
                Map.of(
                        "checkAll", "1",
                        "checkPersonId", "1",
                        "checkBirthDate", "1",
                        "checkAreaCode", "1",
                        "checkIdMark", "1",
                        "checkIdMarkDate", "1",
                        "checkHouseholdId", "1"),
                strings(done(call(agency, "V1C104", all))));
        JsonObject partly = done(call(
                agency,
                "V1C104",
                Json.createObjectBuilder()
                        .add("ck_personId", carded.getId())
                        .add("ck_idMarkDate", dayBefore(RocDate.formatCompact(card.getIssuedOn())))
                        .build()));
        assertEquals(
                Map.of(
                        "checkAll", "0",
                        "checkPersonId", "1",
                        "checkBirthDate", "N/A",
                        "checkAreaCode", "N/A",
                        "checkIdMark", "N/A",
                        "checkIdMarkDate", "0",
                        "checkHouseholdId", "N/A"),
                strings(partly));

        List<String> audited = fixture.audited(agency.code());
        assertTrue(
                audited.stream()
                        .anyMatch(r -> r.startsWith("REST RQ02 SUCCESS " + person.getId() + " ")
                                && r.contains("PERSON_NAME")
                                && r.contains(" it-user ")),
                "each call is audited with the transaction, person, items and user: " + audited);
    }

    @Test
    void an_id_card_photo_goes_only_to_an_agency_approved_for_it_and_each_access_is_audited() throws Exception {
        List<String> withPhotos = new ArrayList<>(ALL_ITEMS);
        withPhotos.add("ID_CARD_PHOTO");
        DataServiceFixture.Linked security = fixture.create(withPhotos, null, HOSTS);
        DataServiceFixture.Samples s = fixture.samples();
        String carded = s.carded();
        JsonObject person = record(done(call(security, "PH01", Map.of("personId", carded))));
        assertEquals(
                Set.of("kind", "personId", "idCardPhoto"),
                person.keySet(),
                "the photo and nothing else, though every other item is approved too");
        JsonObject photo = person.getJsonArray("idCardPhoto").getJsonObject(0);
        assertEquals(Set.of("kind", "mediaType", "image"), photo.keySet(), "not the card's issue date either");
        assertEquals("image/png", photo.getString("mediaType"));
        byte[] image = Base64.getDecoder().decode(photo.getString("image"));
        assertArrayEquals(
                platform.call(() -> register.photo(carded).orElseThrow().getImage()), image);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        assertEquals(84, decoded.getWidth(), "a card photo of 3.5 × 4.5");
        assertEquals(108, decoded.getHeight());
        assertFalse(
                record(done(call(security, "RQ02", Map.of("personId", carded)))).containsKey("idCardPhoto"),
                "RQ02 carries no photo");

        // A child without a card and a removed person are told as an unknown ID is.
        String unknown = refused("RS3821", 404, call(security, "PH01", Map.of("personId", unknownId())))
                .envelope()
                .getString("rdMessage")
                .replace(unknownId(), "");
        String child = fixture.withoutCard();
        assertEquals(
                unknown,
                refused("RS3821", 404, call(security, "PH01", Map.of("personId", child)))
                        .envelope()
                        .getString("rdMessage")
                        .replace(child, ""));
        refused("RS3821", 404, call(security, "PH01", Map.of("personId", s.removed())));

        DataServiceFixture.Linked household = fixture.create(ALL_ITEMS, null, HOSTS);
        refused("RS3813", 403, call(household, "PH01", Map.of("personId", carded)));

        List<String> audited = fixture.audited(security.code());
        assertTrue(
                audited.stream().anyMatch(r -> r.startsWith("REST PH01 SUCCESS " + carded + " ID_CARD_PHOTO it-user")),
                audited.toString());
        assertTrue(
                audited.stream().anyMatch(r -> r.startsWith("REST PH01 NOT_FOUND ") && r.contains(child)),
                audited.toString());
        assertTrue(
                fixture.audited(household.code()).stream().anyMatch(r -> r.startsWith("REST PH01 REFUSED ")),
                fixture.audited(household.code()).toString());
    }

    @Test
    void each_refusal_answers_its_own_code_and_no_data() throws Exception {
        DataServiceFixture.Linked agency = fixture.create(List.of("PERSON_NAME"), null, HOSTS);
        String id = fixture.samples().person();
        Map<String, String> query = Map.of("personId", id);
        CompanyClient client = client(agency);
        KeyPair stranger = keys();

        refused(
                "RS7007",
                401,
                client.send(
                        "GET",
                        path(),
                        client.token(condition(query), "RQ02", "it-user", stranger.getPrivate(), Map.of())));
        String good =
                client.token(condition(query), "RQ02", "it-user", agency.keys().getPrivate(), Map.of());
        String[] parts = good.split("\\.");
        refused("RS7007", 401, client.send("GET", path(), unsigned(parts[1])));
        refused(
                "RS7007",
                401,
                client.send(
                        "GET", path(), hs256(parts[1], agency.keys().getPublic().getEncoded())));
        long now = Instant.now().getEpochSecond();
        refused(
                "RS7007",
                401,
                client.send(
                        "GET",
                        path(),
                        client.token(
                                condition(query),
                                "RQ02",
                                "it-user",
                                agency.keys().getPrivate(),
                                Map.of("iat", now - 1200, "exp", now - 900))));
        assertEquals("RS7009", client.send("GET", path(), good).rdCode());
        refused("RS7007", 401, client.send("GET", path(), good));
        CompanyClient unknown = new CompanyClient(base(), agency.code(), agency.apId(), "X".repeat(32));
        refused(
                "RS3811",
                403,
                unknown.send(
                        "GET",
                        path(),
                        unknown.token(
                                condition(query),
                                "RQ02",
                                "it-user",
                                agency.keys().getPrivate(),
                                Map.of())));
        refused(
                "RS3811",
                403,
                client.send(
                        "GET",
                        path(),
                        client.token(
                                condition(query),
                                "RQ02",
                                "it-user",
                                agency.keys().getPrivate(),
                                Map.of("orgId", "379040000A"))));

        DataServiceFixture.Linked elsewhere = fixture.create(List.of("PERSON_NAME"), null, List.of("10.9.9.9"));
        refused("RS3811", 403, call(elsewhere, "RQ02", query));

        refused("RS3813", 403, call(agency, "MS01", query));
        refused("RS3822", 400, call(agency, "RQ02", Map.of("personId", "A123456788")));
        refused("RS3821", 404, call(agency, "RQ02", Map.of("personId", unknownId())));

        // A check answers about the item it compares: a birth date needs BIRTH_DATE.
        DataServiceFixture.Linked cards = fixture.create(List.of("ID_CARD_ISSUE"), null, HOSTS);
        done(call(
                cards,
                "V1C104",
                Json.createObjectBuilder()
                        .add("ck_personId", id)
                        .add("ck_idMark", "1")
                        .build()));
        CompanyClient.Answer birth = refused(
                "RS3813",
                403,
                call(
                        cards,
                        "V1C104",
                        Json.createObjectBuilder()
                                .add("ck_personId", id)
                                .add("ck_birthDate", "0800101")
                                .build()));
        assertTrue(
                birth.envelope().getString("rdMessage").contains("BIRTH_DATE"),
                birth.envelope().toString());

        fixture.suspend(agency.code());
        refused("RS3812", 403, call(agency, "RQ02", query));
        fixture.restore(agency.code());
        assertEquals("RS7009", call(agency, "RQ02", query).rdCode(), "linked again, the agency is answered at once");

        List<String> audited = fixture.audited(agency.code());
        // The suspension refuses the agency's key itself (RS3812), before the query is read.
        for (String rule : List.of("NOT_PERMITTED", "INVALID_QUERY", "RS3812")) {
            assertTrue(
                    audited.stream().anyMatch(r -> r.contains(" REFUSED ") && r.contains(rule)),
                    rule + " is audited with the rule that refused it: " + audited);
        }
        assertTrue(audited.stream().anyMatch(r -> r.startsWith("REST RQ02 NOT_FOUND ")), audited.toString());
    }

    @Test
    void two_agencies_approved_for_different_items_each_get_exactly_theirs() throws Exception {
        DataServiceFixture.Linked names = fixture.create(List.of("PERSON_NAME", "BIRTH_DATE"), null, HOSTS);
        DataServiceFixture.Linked places = fixture.create(List.of("SEX", "ADDRESS"), null, HOSTS);
        String id = fixture.samples().person();

        assertEquals(
                Set.of("kind", "personId", "name", "birthDate"),
                record(done(call(names, "RQ02", Map.of("personId", id)))).keySet());
        assertEquals(
                Set.of("kind", "personId", "sex", "address", "countyCode", "townCode", "villageCode"),
                record(done(call(places, "RQ02", Map.of("personId", id)))).keySet());
        assertTrue(
                fixture.audited(names.code()).get(0).contains(" BIRTH_DATE,PERSON_NAME ")
                        || fixture.audited(names.code()).get(0).contains(" PERSON_NAME,BIRTH_DATE "),
                fixture.audited(names.code()).toString());
    }

    @Test
    void a_county_units_permission_covers_that_county_only() throws Exception {
        DataServiceFixture.Samples s = fixture.samples();
        String county = fixture.countyOf(s.person());
        DataServiceFixture.Linked agency = fixture.create(List.of("PERSON_NAME", "POPULATION_STATS"), county, HOSTS);
        String outside = fixture.personOutside(county);

        assertEquals(
                person(s.person()).getName(),
                record(done(call(agency, "RQ02", Map.of("personId", s.person()))))
                        .getString("name"));
        CompanyClient.Answer other = refused("RS3821", 404, call(agency, "RQ02", Map.of("personId", outside)));
        assertEquals(
                outside + " is not in the register",
                other.envelope().getString("rdMessage"),
                "a person of another county is as unknown as one not registered");
        DataServiceFixture.Linked households = fixture.create(List.of("HOUSEHOLD_NUMBER", "ADDRESS"), county, HOSTS);
        assertEquals(
                outside + " is not in the register",
                refused("RS3821", 404, call(households, "RQ01", Map.of("personId", outside)))
                        .envelope()
                        .getString("rdMessage"),
                "asked by ID, RQ01 names no household of another county");
        done(call(agency, "ST01", Map.of("period", s.statisticsMonth(), "areaCode", county)));
        String otherCounty = fixture.countyOf(outside);
        refused("RS3813", 403, call(agency, "ST01", Map.of("period", s.statisticsMonth(), "areaCode", otherCounty)));
    }

    private Person person(String id) throws Exception {
        return platform.call(() -> register.person(NationalId.of(id)).orElseThrow());
    }

    private String unknownId() throws Exception {
        for (int n = 0; ; n++) {
            String id = NationalId.citizen('Z', 1, String.format("%07d", 9_999_999 - n))
                    .value();
            if (platform.call(() -> register.person(NationalId.of(id)).isEmpty())) {
                return id;
            }
        }
    }

    private static String dayBefore(String roc) {
        return RocDate.formatCompact(RocDate.parseCompact(roc).minusDays(1));
    }

    private static JsonObject condition(Map<String, String> query) {
        return Json.createObjectBuilder(new TreeMap<String, Object>(query)).build();
    }

    private CompanyClient.Answer call(DataServiceFixture.Linked agency, String job, Map<String, String> query)
            throws Exception {
        return call(agency, job, condition(query));
    }

    private CompanyClient.Answer call(DataServiceFixture.Linked agency, String job, JsonObject query) throws Exception {
        CompanyClient client = client(agency);
        return client.send(
                "GET", path(), client.token(query, job, "it-user", agency.keys().getPrivate(), Map.of()));
    }

    private static CompanyClient client(DataServiceFixture.Linked agency) {
        return new CompanyClient(base(), agency.code(), agency.apId(), agency.issKey());
    }

    private static URI base() {
        return Https.base(0);
    }

    private static URI path() {
        return base().resolve("api/integration/rwv1c1");
    }

    private static JsonObject done(CompanyClient.Answer answer) {
        assertEquals(200, answer.status(), answer.envelope().toString());
        assertEquals("RS7009", answer.rdCode(), answer.envelope().toString());
        return answer.envelope().getJsonObject("responseData");
    }

    private static JsonObject record(JsonObject responseData) {
        JsonArray records = responseData.getJsonArray("records");
        assertEquals(1, records.size(), responseData.toString());
        return records.getJsonObject(0);
    }

    private static CompanyClient.Answer refused(String rdCode, int status, CompanyClient.Answer answer) {
        assertEquals(rdCode, answer.rdCode(), answer.envelope().toString());
        assertEquals(status, answer.status(), answer.envelope().toString());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, answer.envelope().getJsonObject("responseData"), "no data");
        return answer;
    }

    private static Set<String> ids(JsonArray persons) {
        Set<String> ids = new TreeSet<>();
        persons.forEach(p -> ids.add(p.asJsonObject().getString("personId")));
        return ids;
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> values = new TreeMap<>();
        object.forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
        return values;
    }

    private static String unsigned(String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + claims
                + ".";
    }

    /** The classic confusion attack: HS256 "signed" with the public key as the HMAC secret. */
    private static String hs256(String claims, byte[] publicKey) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + claims;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        return input + "." + url.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
