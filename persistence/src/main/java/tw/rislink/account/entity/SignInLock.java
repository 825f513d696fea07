package tw.rislink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * One of the fixed lock stripes of the password sign-in. An attempt locks the stripe of the
 * typed name before it reads any count or compares the password, and keeps it until its
 * transaction ends, so attempts on one name are decided one after another on every node, also
 * for names that have no account and no failure row yet (a row that does not exist cannot be
 * locked).
 */
@Entity
@Table(name = "rl_signin_lock")
@NamedQuery(
        name = SignInLock.TAKE,
        query = "SELECT l FROM SignInLock l WHERE l.stripe = :stripe",
        lockMode = LockModeType.PESSIMISTIC_WRITE,
        hints = @QueryHint(name = "eclipselink.refresh", value = "true"))
public class SignInLock {

    /** Locks one stripe; a named query so its SQL is prepared once. */
    public static final String TAKE = "SignInLock.take";

    /** How many stripes the schema holds (V015). */
    public static final int STRIPES = 1024;

    @Id
    @Column(name = "stripe")
    private int stripe;

    protected SignInLock() {}

    /** The stripe of a typed user name, the same on every node. */
    public static int stripeOf(String username) {
        return Math.floorMod(username.hashCode(), STRIPES);
    }

    public int getStripe() {
        return stripe;
    }
}
