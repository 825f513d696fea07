package tw.rislink.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Calls into the application from an in-container test with one role. The test module has no
 * signed-in user and the application's EJBs refuse a caller without the method's role, so a test
 * passes its call to the bean of the role it acts in ({@link AsPlatform}, {@link AsAuditor}, …),
 * which runs it as that role with {@code @RunAs}, as the application's own beans call one
 * another: {@code platform.call(() -> oversight.scan(…))} is what the quarter-hourly timer does.
 * Open, because the test module's caller is anonymous: what the call reaches is the role's. No
 * transaction, as the test's own code has none.
 */
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class Caller {

    /** The beans Deployments.withTestModule adds to every test module. */
    static final Class<?>[] CLASSES = {
        Caller.class,
        Call.class,
        Step.class,
        AsPlatform.class,
        AsAuditor.class,
        AsDhrReviewer.class,
        AsMoiReviewer.class,
        AsCompanyUser.class
    };

    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    public <T> T call(Call<T> call) throws Exception {
        return call.call();
    }

    public void run(Step step) throws Exception {
        step.run();
    }
}
