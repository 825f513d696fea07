package tw.rislink.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.interceptor.Interceptors;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import tw.rislink.account.entity.Role;
import tw.rislink.platform.boundary.TimerRuns;

/**
 * Unlocks an account when its lockout period ends. The timer is persistent (kept in the
 * database by the server's timer data store), so a restart during the lockout does not leave
 * the account locked for ever: a timeout missed while the server was down fires at startup.
 * Each timer names the lock it was set for, and lifts only that one.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class AccountUnlockScheduler {

    @Resource
    private TimerService timerService;

    @EJB
    private AccountService accounts;

    @RolesAllowed(Role.SYSTEM)
    public void scheduleUnlock(String username, LocalDateTime lockedAt, Duration lockout) {
        timerService.createSingleActionTimer(
                lockout.toMillis(), new TimerConfig(new UnlockAccount(username, lockedAt), true));
    }

    @Timeout
    @Interceptors(TimerRuns.class)
    void unlock(Timer timer) {
        if (timer.getInfo() instanceof UnlockAccount unlock) {
            accounts.lockoutEnded(unlock.username(), unlock.lockedAt());
        }
    }

    /**
     * What the stored timer carries. Timers stored before {@code lockedAt} existed read back
     * with it null (a record's missing component).
     */
    public record UnlockAccount(String username, LocalDateTime lockedAt) implements Serializable {}
}
