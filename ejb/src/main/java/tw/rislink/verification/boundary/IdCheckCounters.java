package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.verification.entity.IdCheckAttempts;

/** The per company, day and ID counter rows of wrong checks, created on first use and locked by the caller's transaction. */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class IdCheckCounters {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private IdCheckCounters self;

    /** The counter as the database has it now (not a cached copy: another node may have counted), unlocked. */
    public Optional<IdCheckAttempts> current(String orgId, String day, String personId) {
        return Optional.ofNullable(em.find(
                IdCheckAttempts.class,
                new IdCheckAttempts.Key(orgId, day, personId),
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)));
    }

    /** The counter, locked until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public IdCheckAttempts lock(String orgId, String day, String personId) {
        IdCheckAttempts.Key key = new IdCheckAttempts.Key(orgId, day, personId);
        IdCheckAttempts attempts = em.find(IdCheckAttempts.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (attempts != null) {
            return attempts;
        }
        try {
            self.create(orgId, day, personId);
        } catch (EJBException e) {
            // Another check created the same counter a moment before; its row is there now.
        }
        return em.find(IdCheckAttempts.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String orgId, String day, String personId) {
        em.persist(new IdCheckAttempts(orgId, day, personId));
        em.flush();
    }
}
