package tw.rislink.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.CompletableFuture;
import tw.rislink.verification.boundary.ApiOversight;

/**
 * A timer calling a method only the platform may call ({@code ApiOversight.mayApply}), the way
 * the application's timers call other beans, and saying what the call came to. In the test module,
 * in the application's security domain (Deployments).
 */
@Singleton
public class TimerWithoutRunAs {

    @Resource
    private TimerService timers;

    @EJB
    private ApiOversight oversight;

    private volatile CompletableFuture<String> outcome;

    @PermitAll
    public CompletableFuture<String> fire() {
        outcome = new CompletableFuture<>();
        timers.createSingleActionTimer(10, new TimerConfig(null, false));
        return outcome;
    }

    @Timeout
    void timeout() {
        outcome.complete(attempt(oversight));
    }

    static String attempt(ApiOversight oversight) {
        try {
            oversight.mayApply("00000000");
            return "let in";
        } catch (EJBAccessException e) {
            return "refused";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
