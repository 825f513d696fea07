package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPHeaderElement;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.net.ssl.TrustManager;
import javax.sql.DataSource;
import javax.xml.namespace.QName;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.it.soap.v1.Answer;
import tw.rislink.it.soap.v1.Encoding;
import tw.rislink.it.soap.v1.Field;
import tw.rislink.it.soap.v1.HouseholdQuery;
import tw.rislink.it.soap.v1.InvalidQuery;
import tw.rislink.it.soap.v1.LinkingPort;
import tw.rislink.it.soap.v1.LinkingService;
import tw.rislink.it.soap.v1.NotFound;
import tw.rislink.it.soap.v1.NotPermitted;
import tw.rislink.it.soap.v1.NotSetUp;
import tw.rislink.it.soap.v1.PersonOrHouseholdQuery;
import tw.rislink.it.soap.v1.PersonQuery;
import tw.rislink.it.soap.v1.Ping;
import tw.rislink.it.soap.v1.Record;
import tw.rislink.it.soap.v1.StatisticsQuery;
import tw.rislink.it.soap.v1.Suspended;
import tw.rislink.it.soap.v1.Unencodable;
import tw.rislink.register.boundary.RegisterEncodings;
import tw.rislink.register.control.TextEncoding;

/**
 * The SOAP linking interface as an agency's system calls it: a JAX-WS client generated from the
 * repository's WSDL (in the build, like the server's interface), over HTTPS, with a WS-Security
 * UsernameToken. Every transaction is answered with exactly the agency's approved items; each rule
 * refuses with its own typed fault and leaves an audit record; XML attacks are faults and leave the
 * server answering. The test runs in the server, so it calls the server's own CXF as a client and
 * sets up its agencies through {@link DataServiceFixture}.
 */
@ExtendWith(ArquillianExtension.class)
class LinkingInterfaceIT {

    private static final String ADDRESS = "https://localhost:8443/rislink/soap/linking/v1";
    private static final String NS = "urn:tw:rislink:linking:v1";
    private static final List<String> LOCAL = List.of("127.0.0.1", "::1");
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

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.withTestModule(
                LinkingInterfaceIT.class, Https.class, DataServiceFixture.class, Token.class, Https.TrustAll.class);
        WebArchive probe = ear.getAsType(WebArchive.class, "rislink-it.war");
        // Tests run in the ear module's folder; the contract is the web module's.
        File wsdl = new File("../web/src/main/webapp/WEB-INF/wsdl");
        probe.addPackages(true, "tw.rislink.it.soap.v1")
                .addAsResource(new File(wsdl, "linking-v1.wsdl"), "linking-v1.wsdl")
                .addAsResource(new File(wsdl, "linking-v1.xsd"), "linking-v1.xsd")
                // The client configures TLS through CXF's own conduit, which only the impl module exports.
                .setManifest(new StringAsset(
                        "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron, org.apache.cxf.impl\n"));
        return ear;
    }

    @EJB
    private DataServiceFixture fixture;

    @EJB
    private RegisterEncodings encodings;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @Test
    void every_transaction_is_answered_and_audited() throws Exception {
        DataServiceFixture.Linked agency = fixture.create(ALL_ITEMS, null, LOCAL);
        DataServiceFixture.Samples s = fixture.samples();
        LinkingPort port = port(agency);

        Answer rq01 = port.rq01(byPersonOrHousehold(s.person(), null));
        assertEquals("RQ01", rq01.getTransaction());
        assertEquals("household", rq01.getRecord().get(0).getKind());
        assertFalse(rq01.getRecord().get(0).getRecord().isEmpty(), "members");
        assertEquals(
                rq01.getRecord().size(),
                port.rq01(byPersonOrHousehold(null, s.personHousehold()))
                        .getRecord()
                        .size());
        Answer rq02 = port.rq02(person(s.person()));
        assertEquals(s.person(), value(rq02.getRecord().get(0), "personId"));
        assertNotNull(value(rq02.getRecord().get(0), "name"));
        assertEquals("PERSON_NAME", field(rq02.getRecord().get(0), "name").getItem());
        assertNull(field(rq02.getRecord().get(0), "personId").getItem(), "a key belongs to no item");
        assertTrue(
                port.rq04(person(s.renamed())).getRecord().get(0).getRecord().stream()
                        .anyMatch(r -> r.getKind().equals("nameChange")),
                "name changes");
        HouseholdQuery removed = new HouseholdQuery();
        removed.setHouseholdNumber(s.removedHousehold());
        assertFalse(port.rq07(removed).getRecord().isEmpty());
        assertNotNull(value(port.rq08(person(s.removed())).getRecord().get(0), "removedOn"));
        assertFalse(port.rq14(byPersonOrHousehold(null, s.renumberedHousehold()))
                .getRecord()
                .isEmpty());
        assertFalse(port.ms01(person(s.soldier())).getRecord().isEmpty());
        StatisticsQuery st01 = new StatisticsQuery();
        st01.setPeriod(s.statisticsMonth());
        st01.setAreaCode(s.statisticsCounty());
        assertFalse(port.st01(st01).getRecord().isEmpty());

        List<String> audited = fixture.audited(agency.code());
        for (String t : List.of("RQ01", "RQ02", "RQ04", "RQ07", "RQ08", "RQ14", "MS01", "ST01")) {
            assertTrue(audited.stream().anyMatch(a -> a.startsWith("SOAP " + t + " SUCCESS")), t + ": " + audited);
        }
        assertTrue(
                audited.stream()
                        .anyMatch(a -> a.startsWith("SOAP RQ02 SUCCESS " + s.person() + " ")
                                && a.endsWith(" " + agency.account() + " -")),
                "the user defaults to the account: " + audited);
        PersonQuery asUser = person(s.person());
        asUser.setUserId("clerk-042");
        port.rq02(asUser);
        assertTrue(
                fixture.audited(agency.code()).get(0).contains(" clerk-042 "),
                fixture.audited(agency.code()).get(0));
    }

    @Test
    void each_rule_refuses_with_its_own_fault_and_is_audited() throws Exception {
        DataServiceFixture.Samples s = fixture.samples();
        DataServiceFixture.Linked agency = fixture.create(List.of("PERSON_NAME", "SEX"), null, LOCAL);

        NotSetUp wrongPassword = assertThrows(
                NotSetUp.class,
                () -> port(agency.account(), agency.password() + "x", null).rq02(person(s.person())));
        assertEquals("NOT_SET_UP", wrongPassword.getFaultInfo().getRule());
        assertThrows(
                NotSetUp.class,
                () -> port("D99999999A-01", agency.password(), null).rq02(person(s.person())));
        assertThrows(NotSetUp.class, () -> port(null, null, null).rq02(person(s.person())), "no token");
        DataServiceFixture.Linked elsewhere = fixture.create(List.of("PERSON_NAME"), null, List.of("10.9.9.9"));
        NotSetUp unlisted = assertThrows(NotSetUp.class, () -> port(elsewhere).rq02(person(s.person())));
        assertTrue(unlisted.getFaultInfo().getMessage().contains("host address"), unlisted.getMessage());
        NotSetUp unlistedWrong = assertThrows(
                NotSetUp.class,
                () -> port(elsewhere.account(), elsewhere.password() + "x", null)
                        .rq02(person(s.person())));
        assertEquals(
                unlistedWrong.getFaultInfo().getMessage(),
                unlisted.getFaultInfo().getMessage(),
                "from an unregistered host the right password is answered as a wrong one: no guess is confirmed");
        assertEquals(
                wrongPassword.getFaultInfo().getMessage(),
                unlisted.getFaultInfo().getMessage());
        LinkingPort replaying = port(agency.account(), agency.password(), "the-same-nonce-" + System.nanoTime());
        replaying.rq02(person(s.person()));
        assertThrows(NotSetUp.class, () -> replaying.rq02(person(s.person())), "a replayed nonce");

        NotPermitted notPermitted =
                assertThrows(NotPermitted.class, () -> port(agency).ms01(person(s.soldier())));
        assertEquals("NOT_PERMITTED", notPermitted.getFaultInfo().getRule());
        InvalidQuery invalid =
                assertThrows(InvalidQuery.class, () -> port(agency).rq02(person("A123456780")));
        assertTrue(invalid.getFaultInfo().getMessage().contains("A123456780"), invalid.getMessage());
        assertThrows(InvalidQuery.class, () -> port(agency).rq01(byPersonOrHousehold(null, null)));
        assertEquals(
                "NOT_FOUND",
                assertThrows(NotFound.class, () -> port(agency).rq02(person(unregistered())))
                        .getFaultInfo()
                        .getRule());

        fixture.suspend(agency.code());
        Suspended suspended = assertThrows(Suspended.class, () -> port(agency).rq02(person(s.person())));
        assertEquals("SUSPENDED", suspended.getFaultInfo().getRule());
        fixture.restore(agency.code());
        assertEquals(
                s.person(),
                value(port(agency).rq02(person(s.person())).getRecord().get(0), "personId"));

        List<String> audited = fixture.audited(agency.code());
        for (String rule : List.of("NOT_PERMITTED", "INVALID_QUERY", "SUSPENDED")) {
            assertTrue(
                    audited.stream()
                            .anyMatch(a -> a.startsWith("SOAP ") && a.contains(" REFUSED ") && a.contains(rule)),
                    rule + ": " + audited);
        }
        assertTrue(audited.stream().anyMatch(a -> a.startsWith("SOAP RQ02 NOT_FOUND")), audited.toString());
    }

    @Test
    void two_agencies_asking_the_same_person_each_get_exactly_their_items() throws Exception {
        String person = fixture.samples().person();
        DataServiceFixture.Linked names = fixture.create(List.of("PERSON_NAME", "SEX"), null, LOCAL);
        DataServiceFixture.Linked dates = fixture.create(List.of("BIRTH_DATE", "PARENTS"), null, LOCAL);

        Record byNames = port(names).rq02(person(person)).getRecord().get(0);
        Record byDates = port(dates).rq02(person(person)).getRecord().get(0);
        assertEquals(Set.of("PERSON_NAME", "SEX"), items(byNames));
        assertEquals(Set.of("BIRTH_DATE", "PARENTS"), items(byDates));
        assertEquals(Set.of("personId", "name", "sex"), names(byNames));
        assertTrue(
                names(byDates).containsAll(Set.of("personId", "birthDate", "fatherName")),
                names(byDates).toString());
        assertFalse(names(byDates).contains("name"));
        for (Record r : List.of(byNames, byDates)) {
            for (Field f : r.getField()) {
                assertFalse(f.getValue() == null || f.getValue().isBlank(), "nothing blank-filled: " + f.getName());
            }
            assertTrue(r.getRecord().isEmpty(), "no ID cards without ID_CARD_ISSUE");
        }
    }

    @Test
    void text_goes_in_the_chosen_encoding_and_what_it_cannot_carry_is_reported() throws Exception {
        DataServiceFixture.Linked agency = fixture.create(List.of("PERSON_NAME", "ADDRESS", "SEX"), null, LOCAL);
        String person = fixture.samples().person();
        for (Encoding encoding : List.of(Encoding.EUC_TW_4_BYTE, Encoding.BIG_5)) {
            PersonQuery query = person(person);
            query.setEncoding(encoding);
            Answer answer = port(agency).rq02(query);
            assertEquals(encoding, answer.getEncoding());
            int encoded = 0;
            for (Field f : answer.getRecord().get(0).getField()) {
                if (f.getEncoded() != null) {
                    encoded++;
                    assertEquals(
                            f.getValue(),
                            encodings.codec().decode(f.getEncoded(), TextEncoding.valueOf(encoding.value())),
                            f.getName());
                } else {
                    assertTrue(
                            answer.getUnencodable().stream()
                                    .anyMatch(u -> u.getField().equals(f.getName())),
                            f.getName() + " has no bytes and no report");
                }
            }
            assertTrue(encoded > 0, encoding.value());
        }
        PersonQuery utf8 = person(person);
        assertTrue(
                port(agency).rq02(utf8).getRecord().get(0).getField().stream().allMatch(f -> f.getEncoded() == null));

        String rare = rarelyNamed();
        PersonQuery big5 = person(rare);
        big5.setEncoding(Encoding.BIG_5);
        Answer answer = port(agency).rq02(big5);
        Field name = field(answer.getRecord().get(0), "name");
        assertNull(name.getEncoded(), "a name Big5 cannot carry has no Big5 bytes");
        Unencodable reported = answer.getUnencodable().stream()
                .filter(u -> u.getField().equals("name"))
                .findFirst()
                .orElseThrow();
        int[] codePoints = name.getValue().codePoints().toArray();
        assertEquals(
                String.format("U+%04X", codePoints[reported.getPosition()]), reported.getCodePoint(), name.getValue());
        assertEquals("person", reported.getKind());
    }

    @Test
    void the_served_wsdl_is_the_repository_contract() throws Exception {
        HttpResponse<String> wsdl = Https.get(client(), URI.create(ADDRESS + "?wsdl"), null);
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("targetNamespace=\"" + NS + "\""), wsdl.body());
        for (String op : List.of("ping", "RQ01", "RQ02", "RQ04", "RQ07", "RQ08", "RQ14", "MS01", "ST01")) {
            assertTrue(wsdl.body().contains("<wsdl:operation name=\"" + op + "\""), op);
        }
        assertTrue(wsdl.body().contains("rislink linking interface, version 1"), "its documentation");
        HttpResponse<String> xsd = Https.get(client(), URI.create(ADDRESS + "?xsd=linking-v1.xsd"), null);
        assertEquals(200, xsd.statusCode());
        assertTrue(xsd.body().contains("name=\"unavailable\""), xsd.body());
    }

    @Test
    void xml_attacks_are_faults_and_the_server_still_answers() throws Exception {
        String passwd = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <ping xmlns="urn:tw:rislink:linking:v1"><text>&xxe;</text></ping></soap:Body></soap:Envelope>""";
        HttpResponse<String> xxe = post(passwd.getBytes(StandardCharsets.UTF_8));
        assertFault(xxe, 500);
        assertFalse(xxe.body().contains("root:"), xxe.body());

        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        lol.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"");
            lol.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>")
                .append(
                        "<ping xmlns=\"urn:tw:rislink:linking:v1\"><text>&lol9;</text></ping></soap:Body></soap:Envelope>");
        assertFault(post(lol.toString().getBytes(StandardCharsets.UTF_8)), 500);

        byte[] huge = new byte[20 * 1024 * 1024];
        byte[] start = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                        + "<ping xmlns=\"urn:tw:rislink:linking:v1\"><text>")
                .getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(huge, (byte) 'a');
        System.arraycopy(start, 0, huge, 0, start.length);
        assertFault(post(huge), 413);
        // Without a Content-Length (chunked), the bytes are counted as they are read.
        assertFault(
                client().send(
                                request(ADDRESS)
                                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new java.io.ByteArrayInputStream(huge, 0, 2 * 1024 * 1024)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()),
                413);
        // Another method with a body is metered too: the web-services servlet would hand it on.
        assertFault(
                client().send(
                                request(ADDRESS)
                                        .PUT(HttpRequest.BodyPublishers.ofByteArray(huge))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()),
                413);

        Ping ping = new Ping();
        ping.setText("still here");
        assertEquals("still here", port(null, null, null).ping(ping).getText());
    }

    @Test
    void ping_needs_no_credentials() {
        Ping ping = new Ping();
        ping.setText("平安");
        assertEquals("平安", port(null, null, null).ping(ping).getText());
    }

    private static void assertFault(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("Fault>"), response.body());
    }

    @Test
    void plain_http_is_not_answered() throws Exception {
        String ping = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ping xmlns=\"urn:tw:rislink:linking:v1\"><text>x</text></ping></soap:Body></soap:Envelope>";
        HttpResponse<String> plain = client().send(
                        request("http://localhost:8080/rislink/soap/linking/v1")
                                .POST(HttpRequest.BodyPublishers.ofString(ping))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(302, plain.statusCode(), plain.body());
        assertTrue(plain.headers().firstValue("Location").orElseThrow().startsWith("https://"));
        assertFalse(plain.body().contains("pingResponse"), plain.body());
    }

    private static HttpResponse<String> post(byte[] body) throws Exception {
        return client().send(
                        request(ADDRESS)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String address) {
        return HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml;charset=UTF-8")
                .header("SOAPAction", "\"urn:tw:rislink:linking:v1:ping\"");
    }

    private static HttpClient client() {
        return Https.client();
    }

    private static PersonQuery person(String id) {
        PersonQuery query = new PersonQuery();
        query.setPersonId(id);
        return query;
    }

    private static PersonOrHouseholdQuery byPersonOrHousehold(String id, String household) {
        PersonOrHouseholdQuery query = new PersonOrHouseholdQuery();
        query.setPersonId(id);
        query.setHouseholdNumber(household);
        return query;
    }

    private static Field field(Record record, String name) {
        return record.getField().stream()
                .filter(f -> f.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }

    private static String value(Record record, String name) {
        return field(record, name).getValue();
    }

    private static Set<String> items(Record record) {
        return collect(record, Field::getItem);
    }

    private static Set<String> names(Record record) {
        return collect(record, Field::getName);
    }

    private static Set<String> collect(Record record, Function<Field, String> what) {
        Set<String> found = new TreeSet<>();
        record.getField().stream().map(what).filter(v -> v != null).forEach(found::add);
        return found;
    }

    /** A valid ID that the register does not hold. */
    private String unregistered() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (int n = 0; ; n++) {
                String id = withCheck(String.format("Z1%07d", n));
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM rg_person WHERE person_id = '" + id + "'")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return id;
                    }
                }
            }
        }
    }

    /** Letter + 8 digits, completed with the check digit of DOMAIN.md §8. */
    private static String withCheck(String nine) {
        String letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
        int code = letters.indexOf(nine.charAt(0)) + 10;
        int sum = code / 10 + (code % 10) * 9;
        for (int i = 1; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        return nine + (10 - sum % 10) % 10;
    }

    /** A living person whose name has a character of the synthetic register that Big5 lacks. */
    private String rarelyNamed() throws Exception {
        List<String> where = new ArrayList<>();
        for (String rare : List.of("𠀋", "𡘙", "𪚥", "㵘", "䒟")) {
            where.add("name LIKE '%" + rare + "%'");
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT person_id FROM rg_person WHERE status = 'A' AND ("
                        + String.join(" OR ", where) + ") ORDER BY person_id")) {
            assertTrue(rs.next(), "the synthetic register names some persons with characters outside Big5");
            return rs.getString(1);
        }
    }

    private LinkingPort port(DataServiceFixture.Linked agency) {
        return port(agency.account(), agency.password(), null);
    }

    /** A client of the generated service: trusting the test server's certificate, sending the token. */
    private static LinkingPort port(String account, String password, String fixedNonce) {
        URL wsdl = LinkingInterfaceIT.class.getResource("/linking-v1.wsdl");
        LinkingPort port = new LinkingService(wsdl, new QName(NS, "LinkingService")).getLinkingPort();
        BindingProvider provider = (BindingProvider) port;
        provider.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ADDRESS);
        if (account != null) {
            List<Handler> chain = new ArrayList<>();
            chain.add(new Token(account, password, fixedNonce));
            provider.getBinding().setHandlerChain(chain);
        }
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        TLSClientParameters tls = new TLSClientParameters();
        tls.setTrustManagers(new TrustManager[] {new Https.TrustAll()});
        tls.setDisableCNCheck(true);
        conduit.setTlsClientParameters(tls);
        return port;
    }

    /** The wsse:Security header an agency's client sends: UsernameToken with PasswordText, Nonce, Created. */
    static final class Token implements SOAPHandler<SOAPMessageContext> {

        private static final String WSSE =
                "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
        private static final String WSU =
                "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        private static final SecureRandom RANDOM = new SecureRandom();

        private final String account;
        private final String password;
        private final String fixedNonce;

        Token(String account, String password, String fixedNonce) {
            this.account = account;
            this.password = password;
            this.fixedNonce = fixedNonce;
        }

        @Override
        public boolean handleMessage(SOAPMessageContext context) {
            if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                return true;
            }
            try {
                SOAPEnvelope envelope = context.getMessage().getSOAPPart().getEnvelope();
                SOAPHeader header = envelope.getHeader() == null ? envelope.addHeader() : envelope.getHeader();
                SOAPHeaderElement security = header.addHeaderElement(new QName(WSSE, "Security", "wsse"));
                security.setMustUnderstand(true);
                SOAPElement token = security.addChildElement("UsernameToken", "wsse");
                token.addChildElement("Username", "wsse").addTextNode(account);
                token.addChildElement("Password", "wsse")
                        .addAttribute(
                                new QName("Type"),
                                "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText")
                        .addTextNode(password);
                byte[] nonce = new byte[16];
                RANDOM.nextBytes(nonce);
                token.addChildElement("Nonce", "wsse")
                        .addTextNode(
                                fixedNonce != null
                                        ? fixedNonce
                                        : Base64.getEncoder().encodeToString(nonce));
                token.addChildElement(new QName(WSU, "Created", "wsu"))
                        .addTextNode(
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                return true;
            } catch (jakarta.xml.soap.SOAPException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Set<QName> getHeaders() {
            return Set.of();
        }

        @Override
        public boolean handleFault(SOAPMessageContext context) {
            return true;
        }

        @Override
        public void close(MessageContext context) {}
    }
}
