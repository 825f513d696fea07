package tw.rislink.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import tw.rislink.account.control.LockNotice;
import tw.rislink.account.control.LockoutPolicy;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.account.entity.UserRole;
import tw.rislink.agency.entity.Agency;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.MailService;

@Stateless
@RunAs(Role.SYSTEM)
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountUnlockScheduler unlockScheduler;

    @EJB
    private MailService mail;

    @EJB
    private AuditTrail audit;

    /** Audit actions of this feature. */
    public static final String SIGN_IN = "SIGN_IN";

    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";

    // Open: the sign-in pages ask before anyone is signed in, every screen for its own user.
    @PermitAll
    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return byUsername(username).getResultStream().findFirst();
    }

    private TypedQuery<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim());
    }

    /** The code of the user's agency (a company's business ID), or empty. */
    @RolesAllowed(Role.SYSTEM)
    public String agencyCodeOf(String username) {
        return find(username)
                .map(a -> a.getAgency() == null ? "" : a.getAgency().getCode())
                .orElse("");
    }

    // Open, as are the sign-in steps below: they run before anyone is signed in.
    @PermitAll
    public Optional<AccountStatus> status(String username) {
        return find(username).map(UserAccount::getStatus);
    }

    /**
     * Counts a wrong password under the account's row lock, so that concurrent failures are all
     * counted and the account locks exactly once. An unknown user name changes nothing but is
     * audited.
     */
    @PermitAll
    public SignInFailure recordFailedSignIn(String username, String address) {
        if (username == null || username.isBlank()) {
            return SignInFailure.UNKNOWN_OR_WRONG;
        }
        String typed = username.trim();
        SignInFailure failure = countFailure(typed);
        // What was typed is recorded as typed, up to the longest user name there can be.
        audit.record(AuditEntry.screen(
                typed.length() > 30 ? typed.substring(0, 30) : typed, address, SIGN_IN, null, AuditOutcome.REFUSED));
        return failure;
    }

    private SignInFailure countFailure(String username) {
        Optional<Long> id = find(username).map(UserAccount::getId);
        if (id.isEmpty()) {
            return SignInFailure.UNKNOWN_OR_WRONG;
        }
        // Locked by primary key, and read again under the lock: concurrent failures queue here.
        UserAccount account = em.find(UserAccount.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
        if (account.getStatus() == AccountStatus.LOCKED) {
            return SignInFailure.LOCKED;
        }
        if (!account.recordFailedSignIn(TaiwanTime.now())) {
            return SignInFailure.UNKNOWN_OR_WRONG;
        }
        LocalDateTime lockedAt = account.getLockedAt();
        Duration lockout = LockoutPolicy.lockoutDuration();
        unlockScheduler.scheduleUnlock(account.getUsername(), lockedAt, lockout);
        mail.send(
                account.getEmail(),
                LockNotice.SUBJECT,
                LockNotice.body(account.getUsername(), account.getDisplayName(), lockedAt, lockedAt.plus(lockout)));
        audit.record(AuditEntry.system(ACCOUNT_LOCKED, account.getUsername()));
        LOG.warning(() -> "Account " + account.getUsername() + " locked after " + UserAccount.MAX_FAILED_SIGN_INS
                + " wrong passwords");
        return SignInFailure.LOCKED;
    }

    @PermitAll
    public void recordSuccessfulSignIn(String username, String address) {
        find(username).ifPresent(account -> {
            account.recordSuccessfulSignIn(TaiwanTime.now());
            audit.record(AuditEntry.screen(account.getUsername(), address, SIGN_IN, null, AuditOutcome.SUCCESS));
        });
    }

    /** An administrator lifts a lock before its timer does. */
    @RolesAllowed("SYSTEM_ADMIN")
    public boolean unlock(String username, String administrator, String address) {
        Optional<UserAccount> account = find(username);
        account.ifPresent(a -> {
            a.unlock();
            audit.record(
                    AuditEntry.screen(administrator, address, ACCOUNT_UNLOCKED, a.getUsername(), AuditOutcome.SUCCESS));
            LOG.info(() -> "Account " + a.getUsername() + " unlocked by " + administrator);
        });
        return account.isPresent();
    }

    /**
     * The lockout period of one lock has ended: lifts that lock, and no other. Once an
     * administrator has unlocked the account and wrong passwords have locked it again, the first
     * lock's timer still fires, and must not end the new lock early. Read under the row lock, so
     * that a lock being taken at the same moment is seen.
     *
     * @param lockedAt when the lock the timer was set for was taken; null for timers stored
     *     before timers named their lock, which lift any lock as they always did
     * @return whether the account was unlocked
     */
    @RolesAllowed(Role.SYSTEM)
    public boolean lockoutEnded(String username, LocalDateTime lockedAt) {
        Optional<Long> id = find(username).map(UserAccount::getId);
        if (id.isEmpty()) {
            return false;
        }
        UserAccount account = em.find(UserAccount.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
        if (account.getStatus() != AccountStatus.LOCKED
                || (lockedAt != null && !lockedAt.equals(account.getLockedAt()))) {
            LOG.info(() -> "Unlock timer of " + username + " for the lock of " + lockedAt
                    + " ignored: that lock was already lifted");
            return false;
        }
        account.unlock();
        audit.record(AuditEntry.system(ACCOUNT_UNLOCKED, account.getUsername()));
        LOG.info(() -> "Account " + account.getUsername() + " unlocked: its lockout period ended");
        return true;
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    @RolesAllowed(Role.SYSTEM)
    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    @RolesAllowed(Role.SYSTEM)
    public UserAccount create(
            String username, char[] password, String displayName, String email, Agency agency, Set<Role> roles) {
        UserAccount account = new UserAccount(
                username, PasswordHasher.hash(password), displayName, email, em.merge(agency), TaiwanTime.now());
        em.persist(account);
        em.flush();
        for (Role role : roles) {
            UserRole grant = new UserRole(account, role);
            em.persist(grant);
            account.granted(grant);
        }
        return account;
    }

    public enum SignInFailure {
        /** Deliberately one answer for both, so that sign-in does not reveal which names exist. */
        UNKNOWN_OR_WRONG,
        LOCKED
    }
}
