package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * One of the fixed lock stripes of the ID-card check. A check locks the stripe of its company
 * and ID before it reads the day's count of wrong checks and keeps it until its transaction
 * ends, so that checks of the same ID by the same company are decided one after another even
 * when no counter row exists yet (a row that does not exist cannot be locked).
 */
@Entity
@Table(name = "rl_idcheck_lock")
@NamedQuery(
        name = IdCheckLock.TAKE,
        query = "SELECT l FROM IdCheckLock l WHERE l.stripe = :stripe",
        lockMode = LockModeType.PESSIMISTIC_WRITE,
        hints = @QueryHint(name = "eclipselink.refresh", value = "true"))
public class IdCheckLock {

    /** Locks one stripe; a named query so its SQL is prepared once. */
    public static final String TAKE = "IdCheckLock.take";

    /** How many stripes the schema holds (V012). */
    public static final int STRIPES = 1024;

    @Id
    @Column(name = "stripe")
    private int stripe;

    protected IdCheckLock() {}

    /** The stripe of a company's checks of one ID: the same for every day and node. */
    public static int stripeOf(String orgId, String personId) {
        return Math.floorMod((orgId + "/" + personId).hashCode(), STRIPES);
    }

    public int getStripe() {
        return stripe;
    }
}
