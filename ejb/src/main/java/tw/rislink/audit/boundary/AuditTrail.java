package tw.rislink.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.control.AuditHash;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.control.Settings;

/**
 * Appends to the audit trail. A caller that changes data records in its own transaction, so
 * the work and its record commit or roll back together; a caller without a transaction (a
 * read) gets one here that commits before this method returns, so before its answer is sent.
 * Records go to one of several chains per day, chosen by thread, so that concurrent writers
 * wait only for writers of the same chain.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class AuditTrail {

    public static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditChains chains;

    /**
     * Records an action. Call it after the work it records: the chain's row lock is then the
     * last lock the transaction takes, which is what keeps transactions from deadlocking.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    @RolesAllowed(Role.SYSTEM)
    public AuditRecord record(AuditEntry entry) {
        // The caller's pending changes take their row locks now, before the chain's lock.
        em.flush();
        // The database keeps milliseconds; the hash must cover exactly what it keeps.
        LocalDateTime now = TaiwanTime.now().truncatedTo(ChronoUnit.MILLIS);
        String day = DAY.format(now);
        int partition = (int) Math.floorMod(Thread.currentThread().getId(), (long) partitions());
        AuditChainHead head = lockHead(day, partition);
        AuditRecord record = new AuditRecord(entry, now);
        long seq = head.getLastSeq() + 1;
        record.chain(day, partition, seq, head.getLastHash());
        record.seal(AuditHash.of(head.getLastHash(), record));
        em.persist(record);
        head.advance(seq, record.getRecordHash());
        return record;
    }

    static int partitions() {
        return Math.max(1, Settings.integer("rislink.audit.partitions", 8));
    }

    private AuditChainHead lockHead(String day, int partition) {
        Optional<AuditChainHead> head = lockedHead(day, partition);
        if (head.isPresent()) {
            return head.get();
        }
        try {
            chains.create(day, partition);
        } catch (EJBException e) {
            // Another writer created the same chain a moment before; its row is there now.
        }
        return lockedHead(day, partition).orElseThrow();
    }

    private Optional<AuditChainHead> lockedHead(String day, int partition) {
        return em.createNamedQuery(AuditChainHead.LOCK, AuditChainHead.class)
                .setParameter("day", day)
                .setParameter("partition", partition)
                .getResultStream()
                .findFirst();
    }
}
