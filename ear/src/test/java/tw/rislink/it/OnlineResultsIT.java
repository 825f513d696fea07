package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.query.boundary.DataDoubts;
import tw.rislink.query.boundary.OnlineResults;
import tw.rislink.query.boundary.RegisterQueries;
import tw.rislink.query.control.Answer;
import tw.rislink.query.control.Condition;
import tw.rislink.query.control.QueryPurpose;
import tw.rislink.query.control.QueryRefusal;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.entity.DataDoubt;
import tw.rislink.query.entity.OnlineResult;

/**
 * Electronic-gate results behind the workbench: kept one day under a verification code, opened
 * again by the officer who asked only, confirmed for the asking agency and its providers only,
 * deleted by the retention purge when due and not before (its clock given by the test), and
 * "expired" rather than unknown afterwards; doubts about them raised within 7 days and answered
 * once. Each test has agencies and officers of its own.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineResultsIT {

    private static final List<String> HOUSEHOLD_ITEMS =
            List.of("PERSON_NAME", "BIRTH_DATE", "SEX", "ADDRESS", "HOUSEHOLD_NUMBER");
    private static final List<String> HOSTS = List.of("127.0.0.1");
    private static final String PASSWORD = "it-officer-password-1";
    private static final String DHR = "dhr";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                OnlineResultsIT.class,
                DataServiceFixture.class,
                DataServiceFixture.Linked.class,
                DataServiceFixture.Samples.class);
    }

    @EJB
    private DataServiceFixture fixture;

    @EJB
    private RegisterQueries queries;

    @EJB
    private OnlineResults results;

    @EJB
    private AsPlatform platform;

    @EJB
    private DataDoubts doubts;

    @Test
    void the_purge_deletes_what_is_due_and_nothing_else_and_an_expired_result_says_so() throws Exception {
        String agency = fixture.create(HOUSEHOLD_ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        String person = fixture.samples().person();
        OnlineResult first = ask(officer, person).result();
        Thread.sleep(20);
        OnlineResult second = ask(officer, person).result();
        assertEquals(first.getAskedAt().plus(OnlineResults.RETENTION), first.getExpiresAt(), "kept one day");

        // The purge deletes every answer due by the time given, other tests' too: none of them
        // opens a result of its own after another test ran.
        platform.call(() -> results.purgeDue(first.getExpiresAt().minusSeconds(1)));
        assertTrue(fixture.answerKept(first.getId()), "not due a second before its time");
        assertEquals(OnlineResults.Status.SHOWN, open(officer, first.getCode()).status());

        platform.call(() -> results.purgeDue(first.getExpiresAt()));
        assertFalse(fixture.answerKept(first.getId()), "deleted when due");
        assertTrue(fixture.answerKept(second.getId()), "the later result is not due yet");
        OnlineResults.Opened expired = open(officer, first.getCode());
        assertEquals(OnlineResults.Status.EXPIRED, expired.status(), "expired, not unknown");
        assertEquals(null, expired.answer());
        assertEquals(
                "SCREEN RQ02 NOT_FOUND - - " + officer + " code=" + first.getCode() + " expired",
                fixture.audited(agency, "RESULT_OPEN").get(0),
                "the attempt is audited, naming no person: nothing was shown");
        assertEquals(OnlineResults.Status.SHOWN, open(officer, second.getCode()).status());
        assertTrue(
                fixture.purges().stream().anyMatch(p -> covers(p, first.getId())),
                "the purge's audit record names the deleted result: " + fixture.purges());

        OnlineResults.Confirmation confirmed = confirm(officer, first.getCode()).orElseThrow();
        assertTrue(confirmed.expired(), "the code is still confirmed after the answer is gone");
        assertEquals(first.getAnswerDigest(), confirmed.answerDigest());
    }

    @Test
    void only_the_officer_opens_a_result_and_only_its_agency_and_the_providers_confirm_its_code() throws Exception {
        String agency = fixture.create(HOUSEHOLD_ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        String colleague = fixture.officer(agency, PASSWORD);
        String stranger =
                fixture.officer(fixture.create(HOUSEHOLD_ITEMS, null, HOSTS).code(), PASSWORD);
        String person = fixture.samples().person();
        RegisterQueries.Shown shown = ask(officer, person);
        String code = shown.result().getCode();

        OnlineResults.Opened own =
                open(officer, code.toLowerCase(java.util.Locale.ROOT).replace("-", " "));
        assertEquals(OnlineResults.Status.SHOWN, own.status(), "a code as typed from paper");
        assertEquals(shown.answer().rows(), own.answer().rows(), "the kept answer reads back the same");
        assertEquals(
                "SCREEN RQ02 SUCCESS " + person + " "
                        + String.join(",", shown.result().items()) + " " + officer + " code=" + code,
                fixture.audited(agency, "RESULT_OPEN").get(0),
                "shown again, the answer's persons and items are audited as the query's were");
        assertEquals(OnlineResults.Status.NOT_FOUND, open(colleague, code).status(), "another officer's result");
        assertEquals(OnlineResults.Status.NOT_FOUND, open(stranger, code).status());

        assertEquals(agency, confirm(colleague, code).orElseThrow().agencyCode(), "the asking agency confirms it");
        assertEquals(Optional.empty(), confirm(stranger, code), "another agency learns nothing");
        assertEquals(Optional.empty(), confirm(stranger, "AAAA-AAAA-AAAA-AAAA"), "as for an unknown code");
        for (String provider : List.of("dhr", "auditor")) {
            OnlineResults.Confirmation c = Identity.as(
                            provider, DemoDataSeeder.DEMO_PASSWORD, () -> results.confirm(code, "127.0.0.1"))
                    .orElseThrow();
            assertEquals(officer, c.userName(), provider);
            assertEquals("RQ02", c.transactionCode());
            assertEquals(shown.result().getAnswerDigest(), c.answerDigest());
        }

        String audited = fixture.audited(agency).get(0);
        assertTrue(audited.startsWith("SCREEN RQ02 SUCCESS " + person), audited);
        assertTrue(audited.contains("code=" + code + " item=社會救助資格審查"), audited);
    }

    @Test
    void an_officer_of_an_agency_approved_for_photos_sees_the_latest_cards_photo_and_keeps_it_as_any_answer()
            throws Exception {
        String agency = fixture.create(List.of("ID_CARD_PHOTO"), null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        String carded = fixture.samples().carded();
        assertEquals(
                List.of(Transaction.PH01),
                Identity.as(officer, PASSWORD, () -> queries.eGateTransactions()),
                "the photo transaction and nothing else");
        RegisterQueries.Shown shown = Identity.as(
                officer,
                PASSWORD,
                () -> queries.overEGate(Transaction.PH01, Condition.ofPerson(carded), purpose(), "127.0.0.1"));
        Answer.Row photo = shown.answer().rows().get(0).rows().get(0);
        assertEquals("idCardPhoto", photo.kind());
        assertEquals("image/png", photo.value("mediaType"));
        byte[] image = java.util.Base64.getDecoder().decode(photo.value("image"));
        assertEquals(
                84,
                javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image))
                        .getWidth());
        assertEquals(
                shown.answer().rows(),
                open(officer, shown.result().getCode()).answer().rows(),
                "kept for its day and read back the same");
        String audited = fixture.audited(agency).get(0);
        assertTrue(audited.startsWith("SCREEN PH01 SUCCESS " + carded + " ID_CARD_PHOTO " + officer), audited);
    }

    @Test
    void the_workbench_offers_and_answers_only_what_the_agency_may_use_now() throws Exception {
        String agency = fixture.create(List.of("PERSON_NAME"), null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        String person = fixture.samples().person();
        List<Transaction> offered = Identity.as(officer, PASSWORD, () -> queries.eGateTransactions());
        assertTrue(offered.contains(Transaction.RQ02), offered.toString());
        assertFalse(offered.contains(Transaction.MS01), offered.toString());
        assertFalse(offered.contains(Transaction.PH01), offered.toString());
        assertFalse(offered.contains(Transaction.V1C101), "the REST API's jobs are not the workbench's");
        assertEquals(
                QueryRefusal.Rule.NOT_PERMITTED,
                assertThrows(
                                QueryRefusal.class,
                                () -> Identity.as(
                                        officer,
                                        PASSWORD,
                                        () -> queries.overEGate(
                                                Transaction.V1C101,
                                                Condition.ofPersonBorn(person, "0800101"),
                                                purpose(),
                                                "127.0.0.1")))
                        .rule());
        assertEquals(
                QueryRefusal.Rule.NOT_SET_UP,
                assertThrows(
                                QueryRefusal.class,
                                () -> Identity.as(
                                        officer,
                                        PASSWORD,
                                        () -> queries.overEGate(
                                                Transaction.RQ02, Condition.ofPerson(person), purpose(), "192.0.2.7")))
                        .rule(),
                "only from the agency's registered hosts");

        QueryRefusal notPermitted = assertThrows(
                QueryRefusal.class,
                () -> Identity.as(
                        officer,
                        PASSWORD,
                        () -> queries.overEGate(Transaction.MS01, Condition.ofPerson(person), purpose(), "127.0.0.1")));
        assertEquals(QueryRefusal.Rule.NOT_PERMITTED, notPermitted.rule());

        RegisterQueries.Shown shown = ask(officer, person);
        assertEquals(
                List.of("personId", "name"),
                shown.answer().rows().get(0).fields().stream()
                        .map(f -> f.name())
                        .toList(),
                "the approved item only");

        fixture.suspend(agency);
        try {
            QueryRefusal suspended = assertThrows(QueryRefusal.class, () -> ask(officer, person));
            assertEquals(QueryRefusal.Rule.SUSPENDED, suspended.rule());
        } finally {
            fixture.restore(agency);
        }
    }

    @Test
    void a_doubt_within_seven_days_is_answered_once_and_one_on_the_eighth_day_is_refused() throws Exception {
        String agency = fixture.create(HOUSEHOLD_ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        String colleague = fixture.officer(agency, PASSWORD);
        String stranger =
                fixture.officer(fixture.create(HOUSEHOLD_ITEMS, null, HOSTS).code(), PASSWORD);
        String person = fixture.samples().person();
        OnlineResult result = ask(officer, person).result();
        String code = result.getCode();

        assertEquals("invalid.doubt.record", refusedDoubt(officer, code, "A000000000", "PERSON_NAME"));
        assertEquals("invalid.doubt.item", refusedDoubt(officer, code, person, "MILITARY_STATUS"));
        assertEquals("invalid.doubt.unknownResult", refusedDoubt(stranger, code, person, "PERSON_NAME"));
        assertEquals(
                "invalid.doubt.unknownResult",
                refusedDoubt(colleague, code, person, "PERSON_NAME"),
                "the officer who received it raises it");

        fixture.receivedDaysAgo(result.getId(), 7);
        DataDoubt raised = Identity.as(
                officer, PASSWORD, () -> doubts.raise(code, person, "PERSON_NAME", "姓名與本機關受理之申請書不符", "127.0.0.1"));
        assertEquals(DataDoubt.Status.OPEN, raised.getStatus(), "the seventh day is still within the window");
        assertTrue(
                Identity.as(colleague, PASSWORD, () -> doubts.ofOwnAgency()).stream()
                        .anyMatch(d -> d.getId().equals(raised.getId())),
                "the agency sees its doubt");
        assertTrue(
                Identity.as(stranger, PASSWORD, () -> doubts.ofOwnAgency()).stream()
                        .noneMatch(d -> d.getId().equals(raised.getId())),
                "another agency does not");

        try (MailSink mail = new MailSink()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String text = "經查戶籍資料無誤（答復 " + i + "）";
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        return Identity.as(
                                        DHR,
                                        DemoDataSeeder.DEMO_PASSWORD,
                                        () -> doubts.answer(raised.getId(), text, "127.0.0.1"))
                                .getAnswer();
                    } catch (InvalidInputException refused) {
                        return refused.key();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertEquals(
                    1,
                    outcomes.stream().filter("invalid.doubt.answered"::equals).count(),
                    outcomes.toString());
            String given = outcomes.stream()
                    .filter(o -> o.startsWith("經查"))
                    .findFirst()
                    .orElseThrow();
            DataDoubt seen = Identity.as(officer, PASSWORD, () -> doubts.ofOwnAgency()).stream()
                    .filter(d -> d.getId().equals(raised.getId()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(DataDoubt.Status.ANSWERED, seen.getStatus());
            assertEquals(given, seen.getAnswer());
            String address = officer + "@agency.example.gov.tw";
            mail.await(address, 1);
            Thread.sleep(2000);
            List<jakarta.mail.internet.MimeMessage> mailed = mail.to(address);
            assertEquals(1, mailed.size(), "the officer is told once, for the one answer kept");
            assertTrue(MailSink.text(mailed.get(0)).contains(given));
        }

        OnlineResult late = ask(officer, person).result();
        fixture.receivedDaysAgo(late.getId(), 8);
        assertEquals("invalid.doubt.late", refusedDoubt(officer, late.getCode(), person, "PERSON_NAME"));
        assertTrue(fixture.audited(agency).stream().anyMatch(a -> a.startsWith("SCREEN RQ02 SUCCESS")));
    }

    private String refusedDoubt(String officer, String code, String record, String item) {
        return assertThrows(
                        InvalidInputException.class,
                        () -> Identity.as(officer, PASSWORD, () -> doubts.raise(code, record, item, "理由", "127.0.0.1")))
                .key();
    }

    private RegisterQueries.Shown ask(String officer, String person) throws Exception {
        return Identity.as(
                officer,
                PASSWORD,
                () -> queries.overEGate(Transaction.RQ02, Condition.ofPerson(person), purpose(), "127.0.0.1"));
    }

    private static QueryPurpose purpose() {
        return new QueryPurpose("IT-115-0001", null, "社會救助資格審查");
    }

    private OnlineResults.Opened open(String officer, String code) throws Exception {
        return Identity.as(officer, PASSWORD, () -> results.open(code, "127.0.0.1"));
    }

    private Optional<OnlineResults.Confirmation> confirm(String user, String code) throws Exception {
        return Identity.as(user, PASSWORD, () -> results.confirm(code, "127.0.0.1"));
    }

    /** Whether a purge record "online N ids FIRST-LAST due …" covers the result. */
    private static boolean covers(String subject, long id) {
        String[] range = subject.split(" ")[3].split("-");
        return Long.parseLong(range[0]) <= id && id <= Long.parseLong(range[1]);
    }
}
