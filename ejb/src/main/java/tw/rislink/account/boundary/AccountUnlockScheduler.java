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
import java.io.Serializable;
import java.time.Duration;
import tw.rislink.account.entity.Role;

/**
 * Unlocks an account when its lockout period ends. The timer is persistent (kept in the
 * database by the server's timer data store), so a restart during the lockout does not leave
 * the account locked for ever: a timeout missed while the server was down fires at startup.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class AccountUnlockScheduler {

    @Resource
    private TimerService timerService;

    @EJB
    private AccountService accounts;

    @RolesAllowed(Role.SYSTEM)
    public void scheduleUnlock(String username, Duration lockout) {
        timerService.createSingleActionTimer(lockout.toMillis(), new TimerConfig(new UnlockAccount(username), true));
    }

    @Timeout
    void unlock(Timer timer) {
        if (timer.getInfo() instanceof UnlockAccount unlock) {
            accounts.unlock(unlock.username(), null, null);
        }
    }

    /** What the stored timer carries. */
    public record UnlockAccount(String username) implements Serializable {}
}
