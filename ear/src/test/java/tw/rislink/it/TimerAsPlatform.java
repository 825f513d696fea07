package tw.rislink.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.CompletableFuture;
import tw.rislink.account.entity.Role;
import tw.rislink.verification.boundary.ApiOversight;

/** As {@link TimerWithoutRunAs}, but the bean runs as the platform, as the application's timers do. */
@Singleton
@RunAs(Role.SYSTEM)
public class TimerAsPlatform {

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
        outcome.complete(TimerWithoutRunAs.attempt(oversight));
    }
}
