package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.agency.boundary.AgencyDeadlines;
import tw.rislink.agency.boundary.LinkedAgencies;
import tw.rislink.agency.boundary.NotLinkedException;
import tw.rislink.agency.entity.AgencyTermination;
import tw.rislink.agency.entity.AgencyViolation;
import tw.rislink.agency.entity.StaffChange;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.verification.boundary.IdCardVerifications;

/**
 * A linked agency after go-live: a provider's suspension refuses its calls as soon as it commits
 * and an accepted remedy allows them again; the 5-working-day, 6-month and 1-month deadlines fire
 * on their day and not the day before (the jobs called with the day); the violation notice
 * reaches the agency's officer over SMTP, and nothing is mailed for a transaction rolled back.
 * Each test sets up its own agencies, users, permissions and key ({@link LinkedAgencyFixture}).
 */
@ExtendWith(ArquillianExtension.class)
class LinkedAgenciesIT {

    private static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
    private static final String ADDRESS = "127.0.0.1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                LinkedAgenciesIT.class,
                LinkedAgencyFixture.class,
                LinkedAgencyFixture.Linked.class,
                CompanyClient.class,
                CompanyClient.Answer.class,
                Https.class);
    }

    @EJB
    private AsPlatform platform;

    @EJB
    private LinkedAgencyFixture fixture;

    @EJB
    private LinkedAgencies linked;

    @EJB
    private AgencyDeadlines deadlines;

    @EJB
    private ApiCredentials credentials;

    @Resource
    private UserTransaction transaction;

    private MailSink mail;

    @BeforeEach
    void startMail() {
        mail = new MailSink();
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void a_suspension_refuses_the_agency_as_soon_as_it_commits_and_an_accepted_remedy_allows_it_again()
            throws Exception {
        platform.run(() -> {
            LinkedAgencyFixture.Linked agency = fixture.create();
            // A key suspended for another reason before: lifting this suspension must not revive it.
            ApiCredential other = fixture.secondKey(agency);
            fixture.setCredentialStatus(other.getIssKey(), ApiCredential.Status.SUSPENDED);
            assertTrue(linked.mayLink(agency.code()), "went live: links (no standing row yet)");
            authenticate(agency);

            AgencyViolation violation = Identity.as(
                    agency.provider(),
                    PASSWORD,
                    () -> linked.recordViolation(agency.code(), "查詢目的與申請不符，查詢量異常", true, ADDRESS));
            long committed = System.nanoTime();
            assertFalse(linked.mayLink(agency.code()));
            assertThrows(NotLinkedException.class, () -> linked.requireLinked(agency.code()));
            ApiRefusal refused = assertThrows(ApiRefusal.class, () -> authenticate(agency));
            assertTrue(refused.getMessage().contains("suspended"), refused.getMessage());
            assertTrue(System.nanoTime() - committed < 1_000_000_000L, "refused within a second of the commit");
            assertEquals("SUSPENDED", fixture.standing(agency.code()));
            // Another county's unit provides nothing to this agency: it can neither record nor decide.
            LinkedAgencyFixture.Linked stranger = fixture.create();
            InvalidInputException notYours = assertThrows(
                    InvalidInputException.class,
                    () -> Identity.as(
                            stranger.provider(),
                            PASSWORD,
                            () -> linked.recordViolation(agency.code(), "不是本轄機關", false, ADDRESS)));
            assertEquals("invalid.agency.notYours", notYours.key());

            String notice = MailSink.text(mail.await(agency.officerEmail(), 1).get(0));
            assertTrue(notice.contains("查詢目的與申請不符") && notice.contains("暫停"), notice);

            assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(agency.provider(), PASSWORD, () -> {
                        linked.acceptRemedy(violation.getId(), ADDRESS);
                        return null;
                    }),
                    "nothing to accept before the agency remedies");
            Identity.as(agency.officer(), PASSWORD, () -> {
                linked.submitRemedy(violation.getId(), "已限定查詢人員並加強稽核", ADDRESS);
                return null;
            });
            assertFalse(linked.mayLink(agency.code()), "a remedy submitted is not yet accepted");
            Identity.as(agency.provider(), PASSWORD, () -> {
                linked.acceptRemedy(violation.getId(), ADDRESS);
                return null;
            });
            assertTrue(linked.mayLink(agency.code()));
            linked.requireLinked(agency.code());
            authenticate(agency);
            assertEquals("LINKED", fixture.standing(agency.code()));
            assertEquals("SUSPENDED", fixture.credentialStatus(other.getIssKey()), "only the keys it suspended");
            assertEquals(2, mail.await(agency.officerEmail(), 2).size(), "the notice, then the restoration");
        });
    }

    @Test
    void staff_change_remedy_and_termination_deadlines_fire_on_their_day_and_not_the_day_before() throws Exception {
        platform.run(() -> {
            LinkedAgencyFixture.Linked agency = fixture.create();
            LocalDate today = TaiwanTime.now().toLocalDate();

            StaffChange change = Identity.as(
                    agency.officer(),
                    PASSWORD,
                    () -> linked.reportStaffChange(StaffChange.Kind.OFFICER, "王小明", "李大華", ADDRESS));
            assertTrue(change.getDueOn().isAfter(today.plusDays(4)), "5 working days: " + change.getDueOn());
            deadlines.flagOverdueStaffChanges(change.getDueOn());
            assertFalse(fixture.staffChangeOverdue(change.getId()), "the provider may acknowledge on the last day");
            deadlines.flagOverdueStaffChanges(change.getDueOn().plusDays(1));
            assertTrue(fixture.staffChangeOverdue(change.getId()));

            AgencyViolation violation = Identity.as(
                    agency.provider(),
                    PASSWORD,
                    () -> linked.recordViolation(agency.code(), "未依規定保存查詢紀錄", false, ADDRESS));
            assertEquals(today.plusMonths(6), violation.getRemedyDue());
            assertTrue(linked.mayLink(agency.code()), "recorded without suspension: still links");
            deadlines.enforceRemedyDeadlines(violation.getRemedyDue());
            assertEquals("LINKED", fixture.standing(agency.code()), "remedy possible up to the 6 months' last day");
            deadlines.enforceRemedyDeadlines(violation.getRemedyDue().plusDays(1));
            assertEquals("MUST_REAPPLY", fixture.standing(agency.code()));
            assertFalse(linked.mayLink(agency.code()));
            assertEquals(0, fixture.permissions(agency.code()), "permissions removed");
            assertEquals("REVOKED", fixture.credentialStatus(agency.credential().getIssKey()));
            assertThrows(ApiRefusal.class, () -> authenticate(agency));

            LinkedAgencyFixture.Linked leaving = fixture.create();
            AgencyTermination termination =
                    Identity.as(leaving.officer(), PASSWORD, () -> linked.requestTermination(ADDRESS));
            assertEquals(today.plusMonths(1), termination.getEffectiveOn());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(leaving.officer(), PASSWORD, () -> linked.requestTermination(ADDRESS)),
                    "notice is given once");
            deadlines.carryOutTerminations(termination.getEffectiveOn().minusDays(1));
            assertTrue(linked.mayLink(leaving.code()), "links until the effective date");
            assertEquals(List.of(false), fixture.passwordsRevoked(leaving.code()));
            deadlines.carryOutTerminations(termination.getEffectiveOn());
            assertEquals("TERMINATED", fixture.standing(leaving.code()));
            assertFalse(linked.mayLink(leaving.code()));
            assertEquals(0, fixture.permissions(leaving.code()));
            assertEquals(
                    "REVOKED", fixture.credentialStatus(leaving.credential().getIssKey()));
            assertEquals(List.of(true), fixture.passwordsRevoked(leaving.code()), "its user environment is removed");
            assertTrue(
                    MailSink.text(mail.await(leaving.officerEmail(), 2).get(1)).contains("生效"), "the officer is told");
        });
    }

    @Test
    void the_violation_notice_is_mailed_once_committed_and_never_for_a_rolled_back_transaction() throws Exception {
        platform.run(() -> {
            LinkedAgencyFixture.Linked agency = fixture.create();
            IllegalArgumentException unknown = assertThrows(
                    IllegalArgumentException.class,
                    () -> Identity.as(
                            agency.provider(),
                            PASSWORD,
                            () -> linked.recordViolation("X00000000Z", "不存在的機關", true, ADDRESS)));
            assertTrue(unknown.getMessage().contains("X00000000Z"), unknown.getMessage());

            Identity.as(agency.provider(), PASSWORD, () -> {
                transaction.begin();
                linked.recordViolation(agency.code(), "撤回的違規登錄", true, ADDRESS);
                transaction.rollback();
                return null;
            });
            assertTrue(linked.mayLink(agency.code()), "the suspension was rolled back");
            assertEquals(0, fixture.violations(agency.code()));

            Identity.as(
                    agency.provider(),
                    PASSWORD,
                    () -> linked.recordViolation(agency.code(), "逾越核准範圍查詢配偶資料", false, ADDRESS));
            List<MimeMessage> sent = mail.await(agency.officerEmail(), 1);
            Thread.sleep(1000);
            sent = mail.to(agency.officerEmail());
            assertEquals(1, sent.size(), "only the committed violation is mailed");
            String text = MailSink.text(sent.get(0));
            assertTrue(text.contains("逾越核准範圍查詢配偶資料"), text);
            assertFalse(text.contains("撤回的違規登錄"), text);
        });
    }

    private void authenticate(LinkedAgencyFixture.Linked agency) throws Exception {
        String token = new CompanyClient(
                        URI.create("https://localhost/rislink/"),
                        agency.code(),
                        agency.credential().getAgencyAccount(),
                        agency.credential().getIssKey())
                .token(Map.of(), "it-user", agency.keys().getPrivate());
        credentials.authenticate("Bearer " + token, ADDRESS, IdCardVerifications.JOB);
    }
}
