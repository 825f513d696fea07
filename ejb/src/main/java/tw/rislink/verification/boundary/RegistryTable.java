package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.verification.control.CompanyRegistry;

/** The embedded company registry: the table {@code rl_company_registry}. */
@Stateless
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
