package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.verification.control.CompanyRegistry;

/**
 * The company registry as the table (or a DBA's view) {@code rl_company_registry}. Outside the
 * caller's transaction, so that a registry that cannot be read (a view not created, a grant
 * missing) fails the lookup without dooming the caller's transaction, which still records that
 * the check could not run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Role.SYSTEM)
public class RegistryTable implements CompanyRegistry {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @Override
    public Optional<Registration> lookup(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT company_name, registered FROM rl_company_registry WHERE business_id = ?")
                .setParameter(1, businessId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Registration((String) row[0], ((Number) row[1]).intValue() == 1));
    }
}
