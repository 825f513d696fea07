package tw.rislink.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import tw.rislink.account.control.LockNotice;
import tw.rislink.account.control.LockoutPolicy;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.NameFailures;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.SignInLock;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.account.entity.UserRole;
import tw.rislink.agency.entity.Agency;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.MailService;
import tw.rislink.platform.boundary.TimerRuns;

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

    /** Who a refused sign-in of a name without an account is recorded as (the name is not). */
    public static final String UNKNOWN_NAME = "(unknown name)";

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
     * One password sign-in, decided under the lock of the typed name's stripe, taken before
     * anything is read or compared: attempts on one name are compared and counted strictly one
     * after another, on every node, so concurrent wrong passwords are all counted, the account
     * locks exactly once, and no password is compared once the fifth wrong one was. Every attempt
     * does the same work, whether the name exists or not: the check runs every time (the realm
     * compares a name it cannot sign in against a dummy hash of the same cost), and the failure
     * is counted, for a name without a password account in {@link NameFailures}, so that its
     * fifth wrong password answers "locked until" as an account's does. Never creates an account.
     *
     * @param check compares the password and, when it matches, signs the caller in
     */
    @PermitAll
    public SignInOutcome signIn(String username, String address, PasswordCheck check) {
        String typed = username == null ? "" : username.trim();
        LocalDateTime now = TaiwanTime.now();
        Duration lockout = LockoutPolicy.lockoutDuration();
        em.createNamedQuery(SignInLock.TAKE, SignInLock.class)
                .setParameter("stripe", SignInLock.stripeOf(typed))
                .getSingleResult();
        Optional<UserAccount> found = find(typed)
                .map(a -> em.find(UserAccount.class, a.getId(), LockModeType.PESSIMISTIC_WRITE))
                // Companies sign in with their certificate only: their accounts count as none here.
                .filter(a ->
                        a.getStatus() != AccountStatus.DISABLED && !a.getRoles().contains(Role.COMPANY_USER));
        SignInOutcome outcome = found.isPresent()
                ? signIn(found.get(), now, lockout, address, check)
                : refuseName(typed, now, lockout, check);
        if (outcome.result() != SignInOutcome.Result.SIGNED_IN) {
            // An account's name is recorded; anything else typed is not, since people type their
            // password into the name field at times, and the trail is read and exported.
            audit.record(AuditEntry.screen(
                    found.map(UserAccount::getUsername).orElse(UNKNOWN_NAME),
                    address,
                    SIGN_IN,
                    null,
                    AuditOutcome.REFUSED));
        }
        return outcome;
    }

    /**
     * Ends the lock of an account whose lockout period is over, as its unlock timer would, in a
     * transaction of its own before the sign-in: the realm then compares the password with the
     * account's own hash. Without it, a sign-in between the lock's end and the timer (seconds, or
     * longer when the node that set the timer is down) would answer "locked until" a time already
     * past, which a name without an account never does.
     */
    @PermitAll
    public void endLapsedLock(String username) {
        find(username)
                .filter(a -> a.getStatus() == AccountStatus.LOCKED && a.getLockedAt() != null)
                .filter(a -> !TaiwanTime.now().isBefore(a.getLockedAt().plus(LockoutPolicy.lockoutDuration())))
                .ifPresent(a -> lockoutEnded(a.getUsername(), a.getLockedAt()));
    }

    private SignInOutcome signIn(
            UserAccount account, LocalDateTime now, Duration lockout, String address, PasswordCheck check) {
        // The realm accepts only ACTIVE accounts: a locked one is compared with the dummy hash.
        boolean matched = check.passes();
        if (matched && account.getStatus() == AccountStatus.ACTIVE) {
            account.recordSuccessfulSignIn(now, address);
            audit.record(AuditEntry.screen(account.getUsername(), address, SIGN_IN, null, AuditOutcome.SUCCESS));
            return SignInOutcome.signedIn();
        }
        boolean lockedNow = account.recordFailedSignIn(now);
        if (account.getStatus() != AccountStatus.LOCKED) {
            return SignInOutcome.refused();
        }
        LocalDateTime lockedAt = account.getLockedAt();
        if (lockedNow) {
            unlockScheduler.scheduleUnlock(account.getUsername(), lockedAt, lockout);
            mail.send(
                    account.getEmail(),
                    LockNotice.SUBJECT,
                    LockNotice.body(account.getUsername(), account.getDisplayName(), lockedAt, lockedAt.plus(lockout)));
            audit.record(AuditEntry.system(ACCOUNT_LOCKED, account.getUsername()));
            LOG.warning(() -> "Account " + account.getUsername() + " locked after " + UserAccount.MAX_FAILED_SIGN_INS
                    + " wrong passwords");
        }
        return SignInOutcome.locked(lockedAt.plus(lockout));
    }

    private SignInOutcome refuseName(String typed, LocalDateTime now, Duration lockout, PasswordCheck check) {
        NameFailures failures = em.find(
                NameFailures.class,
                NameFailures.hashOf(typed),
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        // The same comparison as for an account, mostly against the realm's dummy hash. Its
        // outcome is ignored: a company account's secret may match, and the page then undoes
        // the sign-in (SignInView), as it does for every refusal.
        check.passes();
        if (failures == null) {
            failures = new NameFailures(typed, now);
            em.persist(failures);
        }
        failures.recordFailure(now, lockout);
        return failures.getLockedAt() == null
                ? SignInOutcome.refused()
                : SignInOutcome.locked(failures.getLockedAt().plus(lockout));
    }

    /** Failure counts of names without an account are deleted once they count no more. */
    @Schedule(minute = "41", hour = "*", info = "signin-failure-cleanup")
    @Interceptors(TimerRuns.class)
    void forgetOldNameFailures() {
        em.createQuery("DELETE FROM NameFailures f WHERE f.lastFailedAt < :before")
                .setParameter(
                        "before",
                        TaiwanTime.now()
                                .minus(LockoutPolicy.lockoutDuration())
                                .minus(UserAccount.FAILURES_FORGOTTEN_AFTER))
                .executeUpdate();
    }

    /** A sign-in that another page decided (the business certificate's). */
    @PermitAll
    public void recordSuccessfulSignIn(String username, String address) {
        find(username).ifPresent(account -> {
            account.recordSuccessfulSignIn(TaiwanTime.now(), address);
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

    /** Compares a typed password and, when it matches, signs the caller in. */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean passes();
    }

    /**
     * What a sign-in answers. Deliberately the same for unknown names, disabled accounts and
     * wrong passwords, so that sign-in does not reveal which names exist.
     *
     * @param lockedUntil when the lock ends, for LOCKED
     */
    public record SignInOutcome(Result result, LocalDateTime lockedUntil) {

        public enum Result {
            SIGNED_IN,
            REFUSED,
            LOCKED
        }

        static SignInOutcome signedIn() {
            return new SignInOutcome(Result.SIGNED_IN, null);
        }

        static SignInOutcome refused() {
            return new SignInOutcome(Result.REFUSED, null);
        }

        static SignInOutcome locked(LocalDateTime until) {
            return new SignInOutcome(Result.LOCKED, until);
        }
    }
}
