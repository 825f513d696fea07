package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.linking.boundary.LinkingCases;
import tw.rislink.linking.control.LinkingForm;
import tw.rislink.linking.control.Review;
import tw.rislink.linking.entity.AttachmentKind;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.linking.entity.RangePurpose;
import tw.rislink.linking.entity.ReviewAction;
import tw.rislink.linking.entity.Step;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * The linking review's boundary as each party calls it: what a party may not do now is refused
 * and changes nothing; hostile documents are refused before anything is stored; the next party is
 * mailed only for a committed action; two assignments of one block decided at once give it to one.
 */
@ExtendWith(ArquillianExtension.class)
class LinkingCasesIT {

    private static final String ADDRESS = "127.0.0.1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(LinkingCasesIT.class, LinkingFixture.class, LinkingFixture.Parties.class);
    }

    @EJB
    private LinkingFixture fixture;

    @EJB
    private LinkingCases cases;

    @Resource
    private UserTransaction transaction;

    private MailSink mail;

    private LinkingFixture.Parties p;

    @BeforeEach
    void setUp() {
        mail = new MailSink();
        p = fixture.create();
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void an_action_of_another_party_or_of_a_step_not_waiting_is_refused_and_changes_nothing() throws Exception {
        long id = submitted(Channel.WEB_SERVICE_API, "163.29.50.10");
        Review.Refused notYours = assertThrows(
                Review.Refused.class, () -> as(p.officer(), () -> act(id, ReviewAction.ACCEPT_AS_COMPLETE, null)));
        assertEquals(Review.Refused.Reason.NOT_YOUR_STEP, notYours.reason());
        Review.Refused notOpen =
                assertThrows(Review.Refused.class, () -> as(p.dhr(), () -> act(id, ReviewAction.APPROVE, null)));
        assertEquals(Review.Refused.Reason.NOT_OPEN, notOpen.reason());
        Review.Refused early =
                assertThrows(Review.Refused.class, () -> as(p.telecom(), () -> act(id, ReviewAction.SET_UP_VPN, null)));
        assertEquals(Review.Refused.Reason.NOT_OPEN, early.reason(), "the carrier's step comes after DHR's reply");
        InvalidInputException stranger = assertThrows(
                InvalidInputException.class, () -> as(fixture.create().local(), () -> cases.view(id)));
        assertEquals("invalid.linking.unknown", stranger.key(), "another county's unit does not see the case");
        InvalidInputException noReason = assertThrows(
                InvalidInputException.class,
                () -> as(p.local(), () -> act(id, ReviewAction.RETURN_FOR_COMPLETION, " ")));
        assertEquals("invalid.linking.remarkRequired", noReason.key());
        assertEquals(
                Set.of(Step.COMPLETENESS),
                as(p.officer(), () -> cases.view(id).linkingCase().openStepSet()));
        assertEquals(
                4 + documents(Channel.WEB_SERVICE_API),
                as(p.officer(), () -> cases.view(id).history().size()),
                "the draft, its documents, the CISO's review, the supervisor's approval, the submission: nothing else");
    }

    @Test
    void documents_are_recognised_by_content_and_size_and_a_path_in_the_name_is_refused() throws Exception {
        long id = draft(Channel.E_GATE, "163.29.51.10");
        InvalidInputException disguised = assertThrows(
                InvalidInputException.class,
                () -> attach(
                        id,
                        AttachmentKind.APPLICATION_FORM,
                        "申請書.pdf",
                        "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("invalid.upload.notDocument", disguised.key());
        InvalidInputException large = assertThrows(
                InvalidInputException.class,
                () -> as(
                        p.officer(),
                        () -> cases.attach(
                                id, AttachmentKind.APPLICATION_FORM, "big.pdf", pdfOf(50L * 1024 * 1024), ADDRESS)));
        assertEquals("invalid.upload.tooLarge", large.key());
        InvalidInputException path = assertThrows(
                InvalidInputException.class,
                () -> attach(id, AttachmentKind.APPLICATION_FORM, "../../standalone/configuration/x.pdf", pdf()));
        assertEquals("invalid.upload.badName", path.key());
        assertEquals(0, fixture.attachments(id), "nothing stored");

        long stored = attach(id, AttachmentKind.APPLICATION_FORM, "申請書.pdf", pdf());
        assertEquals(1, fixture.attachments(id));
        assertEquals("application/pdf", fixture.attachment(stored).getMediaType());
        assertEquals(64, fixture.attachment(stored).getSha256().length());
        assertThrows(
                InvalidInputException.class,
                () -> as(fixture.create().officer(), () -> cases.download(stored)),
                "another agency's officer cannot read the document");
    }

    @Test
    void the_next_party_is_mailed_once_the_action_commits_and_not_for_one_rolled_back() throws Exception {
        long id = submitted(Channel.WEB_SERVICE_API, "163.29.52.10");
        String local = LinkingFixture.Parties.email(p.local());
        assertTrue(text(mail.await(local, 1).get(0)).contains("SUBMIT"), "the local unit is told of the submission");

        as(p.local(), () -> {
            transaction.begin();
            act(id, ReviewAction.ACCEPT_AS_COMPLETE, null);
            transaction.rollback();
            return null;
        });
        Thread.sleep(1000);
        assertEquals(1, mail.to(local).size(), "nothing mailed for the rolled-back acceptance");
        assertThrows(
                Review.Refused.class,
                () -> as(p.local(), () -> act(id, ReviewAction.PROPOSE_REVIEW_RESULT, "x")),
                "the acceptance was rolled back: the county review never opened");

        as(p.local(), () -> act(id, ReviewAction.ACCEPT_AS_COMPLETE, null));
        List<jakarta.mail.internet.MimeMessage> sent = mail.await(local, 2);
        assertEquals(2, sent.size());
        assertTrue(text(sent.get(1)).contains("ACCEPT_AS_COMPLETE"), text(sent.get(1)));
        as(p.local(), () -> act(id, ReviewAction.PROPOSE_REVIEW_RESULT, "審查結果請確認"));
        assertTrue(text(mail.await(LinkingFixture.Parties.email(p.officer()), 1).get(0))
                .contains("審查結果請確認"));
    }

    @Test
    void two_assignments_of_one_block_decided_at_once_give_it_to_one_agency_and_name_it_to_the_other()
            throws Exception {
        LinkingFixture.Parties other = fixture.create();
        Map<String, Long> byAgency = Map.of(
                p.agencyCode(), atAddressAssignment(p, "163.29.53.10"),
                other.agencyCode(), atAddressAssignment(other, "163.29.54.10"));
        Map<RangePurpose, String> same = Map.of(
                RangePurpose.EQUIPMENT, "172.31.200.0/28",
                RangePurpose.SECURITY_GATEWAY, "172.31.200.16/28",
                RangePurpose.GATEWAY_SERVER, "172.31.200.32 255.255.255.240");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<Object>> results = new java.util.HashMap<>();
        byAgency.forEach((agency, id) -> results.put(
                agency,
                pool.submit(() -> as(
                        p.dis(),
                        () -> cases.act(
                                id,
                                ReviewAction.ASSIGN_ADDRESSES,
                                new LinkingCases.ActionInput(null, same, null, null, null),
                                ADDRESS)))));
        List<String> assigned = new ArrayList<>();
        InvalidInputException refused = null;
        for (Map.Entry<String, Future<Object>> result : results.entrySet()) {
            try {
                assertNotNull(result.getValue().get());
                assigned.add(result.getKey());
            } catch (java.util.concurrent.ExecutionException e) {
                refused = (InvalidInputException) e.getCause();
            }
        }
        pool.shutdown();
        assertEquals(1, assigned.size(), "one agency gets the block");
        assertNotNull(refused);
        assertEquals("invalid.linking.rangeTaken", refused.key());
        assertTrue(refused.getMessage().contains(assigned.get(0)), "names the holder: " + refused.getMessage());

        // The agency that holds it links again: its own block is no conflict.
        LinkingFixture.Parties holder = assigned.get(0).equals(p.agencyCode()) ? p : other;
        long again = atAddressAssignment(holder, "172.31.200.33");
        LinkingCases.Outcome outcome = as(
                p.dis(),
                () -> cases.act(
                        again,
                        ReviewAction.ASSIGN_ADDRESSES,
                        new LinkingCases.ActionInput(null, same, null, null, null),
                        ADDRESS));
        assertEquals(ReviewAction.ASSIGN_ADDRESSES, outcome.taken());
    }

    private long atAddressAssignment(LinkingFixture.Parties parties, String host) throws Exception {
        LinkingFixture.Parties mine = p;
        p = parties;
        try {
            long id = submitted(Channel.WEB_SERVICE_API, host);
            as(p.local(), () -> act(id, ReviewAction.ACCEPT_AS_COMPLETE, null));
            as(p.local(), () -> act(id, ReviewAction.PROPOSE_REVIEW_RESULT, "同意"));
            as(p.officer(), () -> act(id, ReviewAction.CO_CONFIRM, null));
            as(p.dhr(), () -> act(id, ReviewAction.APPROVE, null));
            return id;
        } finally {
            p = mine;
        }
    }

    private long submitted(Channel channel, String host) throws Exception {
        long id = draft(channel, host);
        for (AttachmentKind kind : AttachmentKind.required(channel, DataScope.HOUSEHOLD, true)) {
            attach(id, kind, kind.name().toLowerCase() + ".pdf", pdf());
        }
        as(p.ciso(), () -> cases.reviewSecurityAgreement(id, ADDRESS));
        as(p.supervisor(), () -> cases.approveInternalUse(id, ADDRESS));
        as(p.officer(), () -> act(id, ReviewAction.SUBMIT, null));
        return id;
    }

    private int documents(Channel channel) {
        return AttachmentKind.required(channel, DataScope.HOUSEHOLD, true).size();
    }

    @Test
    void an_application_for_one_countys_data_needs_a_unit_that_provides_a_county() throws Exception {
        InvalidForm refused = assertThrows(
                InvalidForm.class,
                () -> as(p.officer(), () -> cases.save(null, form(Channel.E_GATE, "163.29.51.10", true), ADDRESS)));
        assertEquals(
                List.of("countyOnly:invalid.linking.noCounty"),
                refused.problems().stream()
                        .map(x -> x.field() + ":" + x.reason().key())
                        .toList(),
                "the fixture's unit is no county's government");
        assertEquals(
                null,
                as(p.officer(), () -> cases.save(null, form(Channel.E_GATE, "163.29.51.10", false), ADDRESS))
                        .getCountyCode(),
                "an application for nationwide data covers no one county");
    }

    private long draft(Channel channel, String host) throws Exception {
        LinkingForm form = form(channel, host, false);
        return as(p.officer(), () -> cases.save(null, form, ADDRESS).getId());
    }

    private LinkingForm form(Channel channel, String host, boolean countyOnly) {
        return new LinkingForm(
                p.localUnitCode(),
                channel,
                true,
                DataScope.HOUSEHOLD,
                EnumSet.of(DeliveryMode.ONLINE_QUERY),
                "辦理社會福利資格審查",
                host,
                "測試承辦",
                "02-23565005",
                LinkingFixture.Parties.email(p.officer()),
                "測試主管",
                Map.of("PERSON_NAME", "社會救助法第44條之2"),
                countyOnly);
    }

    private long attach(long id, AttachmentKind kind, String name, byte[] content) throws Exception {
        return as(
                p.officer(),
                () -> cases.attach(id, kind, name, new ByteArrayInputStream(content), ADDRESS)
                        .getId());
    }

    private Object act(long id, ReviewAction action, String remark) {
        return cases.act(id, action, LinkingCases.ActionInput.remark(remark), ADDRESS);
    }

    private static <T> T as(String user, Callable<T> work) throws Exception {
        return Identity.as(user, LinkingFixture.PASSWORD, work);
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%scanned\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF header followed by {@code size} bytes that exist only as they are read. */
    private static InputStream pdfOf(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return size - left <= 5 ? "%PDF-".charAt((int) (size - left - 1)) : 'x';
            }
        };
    }

    private static String text(jakarta.mail.internet.MimeMessage message) {
        try {
            return MailSink.text(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
