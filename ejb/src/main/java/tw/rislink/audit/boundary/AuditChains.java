package tw.rislink.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.control.AuditHash;
import tw.rislink.audit.entity.AuditChainHead;

/** Starts a day's chain in a transaction of its own, so a lost race does not spoil the caller's. */
@Stateless
public class AuditChains {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM)
    public void create(String day, int partition) {
        if (em.find(AuditChainHead.class, new AuditChainHead.Key(day, partition)) == null) {
            em.persist(new AuditChainHead(day, partition, AuditHash.genesis(day, partition)));
            em.flush();
        }
    }
}
