package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.platform.boundary.HealthService;
import tw.rislink.register.boundary.CodeTableService;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.CodeTable;
import tw.rislink.register.entity.NationalId;
import tw.rislink.verification.boundary.ApiOversight;
import tw.rislink.verification.boundary.ApiRequests;

/**
 * The EJBs refuse a caller without the method's role, whatever called them: a screen's bean with
 * the wrong user, the test module itself, a timer that does not run as the platform. A method
 * that declares no role is refused to everyone, by the EJB module's own descriptor.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear =
                Deployments.withTestModule(AuthorizationIT.class, TimerWithoutRunAs.class, TimerAsPlatform.class);
        // The undeclared probes go into the application's EJB module, under its jboss-ejb3.xml.
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, "rislink-ejb.jar")
                .merge(ear.getAsType(JavaArchive.class, "rislink-ejb.jar"))
                .addClasses(UndeclaredProbe.class, HalfDeclaredProbe.class);
        ear.delete("rislink-ejb.jar");
        ear.addAsModule(ejb);
        return ear;
    }

    @EJB
    private ApiRequests requests;

    @EJB
    private ApiOversight oversight;

    @EJB
    private RegisterLookup lookup;

    @EJB
    private AccountService accounts;

    @EJB
    private HealthService health;

    @EJB
    private CodeTableService codes;

    @EJB
    private UndeclaredProbe undeclared;

    @EJB
    private HalfDeclaredProbe halfDeclared;

    @EJB
    private TimerWithoutRunAs timerWithoutRunAs;

    @EJB
    private TimerAsPlatform timerAsPlatform;

    @EJB
    private AsPlatform platform;

    @EJB
    private AsCompanyUser company;

    @EJB
    private AsMoiReviewer moi;

    @EJB
    private AsDhrReviewer dhr;

    @Test
    void a_company_user_cannot_approve_a_request_nor_a_reviewer_list_a_companys_own() throws Exception {
        refused(() -> company.call(() -> requests.approve(1, "127.0.0.1")));
        refused(() -> company.call(requests::queue));
        refused(() -> moi.call(requests::mine));
        assertNotNull(moi.call(requests::queue), "the reviewer's own queue opens: the refusals were the roles'");
    }

    @Test
    void a_person_is_read_only_through_the_audited_lookup_not_straight_from_the_register() throws Exception {
        refused(() -> dhr.call(() -> lookup.person(NationalId.of("A123456789"))));
        assertFalse(dhr.call(lookup::statisticMonths).isEmpty(), "the reviewer's statistics screen reads its own");
        assertNotNull(platform.call(() -> lookup.person(NationalId.of("A123456789"))), "the platform's beans may");
    }

    @Test
    void a_caller_without_a_role_is_refused_what_timers_and_screens_may_do() {
        refused(() -> oversight.scan(LocalDate.now(), 20, 500));
        refused(accounts::all);
        refused(requests::queue);
    }

    @Test
    void the_sign_in_steps_health_and_the_code_tables_are_open_to_a_caller_without_a_role() {
        assertTrue(accounts.find("no-such-user").isEmpty());
        assertTrue(health.databaseUp());
        assertFalse(codes.validOn(CodeTable.COUNTY, LocalDate.now()).isEmpty());
    }

    @Test
    void a_method_that_declares_no_role_is_refused_to_every_caller() throws Exception {
        refused(undeclared::hello);
        refused(() -> platform.call(undeclared::hello));
        refused(() -> moi.call(undeclared::hello));
        assertEquals("declared", halfDeclared.declared());
        refused(halfDeclared::forgotten);
        refused(() -> platform.call(halfDeclared::forgotten));
    }

    /** A timer has no caller: its calls are refused unless its bean runs as the platform. */
    @Test
    void a_timer_is_let_into_the_platforms_methods_only_when_its_bean_runs_as_the_platform() throws Exception {
        assertEquals("refused", timerWithoutRunAs.fire().get(30, TimeUnit.SECONDS));
        assertEquals("let in", timerAsPlatform.fire().get(30, TimeUnit.SECONDS));
    }

    /** Asserts the call was refused by the container's authorization, not failed otherwise. */
    private static void refused(Caller.Call<?> call) {
        try {
            call.call();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return;
                }
            }
            fail("refused otherwise than by authorization", e);
        }
        fail("not refused");
    }
}
