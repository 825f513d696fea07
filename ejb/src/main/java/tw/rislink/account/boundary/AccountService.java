package tw.rislink.account.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import tw.rislink.account.control.LockoutPolicy;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.agency.entity.Agency;
import tw.rislink.calendar.entity.TaiwanTime;

@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountUnlockScheduler unlockScheduler;

    @Inject
    private Event<AccountLocked> locked;

    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim())
                .getResultStream()
                .findFirst();
    }

    public Optional<AccountStatus> status(String username) {
        return find(username).map(UserAccount::getStatus);
    }

    /**
     * Counts a wrong password under a row lock, so that concurrent failures are all counted and
     * the account locks exactly once. An unknown user name changes nothing.
     */
    public SignInFailure recordFailedSignIn(String username) {
        if (username == null || username.isBlank()) {
            return SignInFailure.UNKNOWN_OR_WRONG;
        }
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return SignInFailure.UNKNOWN_OR_WRONG;
        }
        UserAccount account = found.get();
        if (account.getStatus() == AccountStatus.LOCKED) {
            return SignInFailure.LOCKED;
        }
        LocalDateTime now = TaiwanTime.now();
        if (account.recordFailedSignIn(now)) {
            unlockScheduler.scheduleUnlock(account.getUsername());
            locked.fire(new AccountLocked(
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getEmail(),
                    now,
                    now.plus(LockoutPolicy.lockoutDuration())));
            LOG.warning(() -> "Account " + account.getUsername() + " locked after " + UserAccount.MAX_FAILED_SIGN_INS
                    + " wrong passwords");
            return SignInFailure.LOCKED;
        }
        return SignInFailure.UNKNOWN_OR_WRONG;
    }

    public void recordSuccessfulSignIn(String username) {
        find(username).ifPresent(account -> account.recordSuccessfulSignIn(TaiwanTime.now()));
    }

    /** Lifts a lock (an administrator, or the unlock timer). */
    public boolean unlock(String username) {
        Optional<UserAccount> account = find(username);
        account.ifPresent(UserAccount::unlock);
        account.ifPresent(a -> LOG.info(() -> "Account " + a.getUsername() + " unlocked"));
        return account.isPresent();
    }

    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    public UserAccount create(
            String username, char[] password, String displayName, String email, Agency agency, Set<Role> roles) {
        UserAccount account = new UserAccount(
                username, PasswordHasher.hash(password), displayName, email, em.merge(agency), roles, TaiwanTime.now());
        em.persist(account);
        return account;
    }

    public enum SignInFailure {
        /** Deliberately one answer for both, so that sign-in does not reveal which names exist. */
        UNKNOWN_OR_WRONG,
        LOCKED
    }
}
