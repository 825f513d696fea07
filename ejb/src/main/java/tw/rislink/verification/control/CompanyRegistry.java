package tw.rislink.verification.control;

import java.util.Optional;

/**
 * Where the yearly check learns whether a company is still registered: the Ministry of Economic
 * Affairs' company registry in production, a table in the embedded default.
 */
public interface CompanyRegistry {

    record Registration(String name, boolean registered) {}

    Optional<Registration> lookup(String businessId);
}
