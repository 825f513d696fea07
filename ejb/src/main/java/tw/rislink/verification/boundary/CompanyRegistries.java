package tw.rislink.verification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.platform.boundary.SchemaMigrator;
import tw.rislink.verification.control.CompanyRegistry;
import tw.rislink.verification.control.RegistrySource;

/**
 * The company registry the yearly check may rely on, if any (see {@link RegistrySource}). Read
 * from the setting at every call, so that an operator's change applies without a restart.
 */
@Stateless
@PermitAll
// Asked by the health endpoint and MOI's screen; it asks the schema migrator, the platform's.
@RunAs(Role.SYSTEM)
public class CompanyRegistries {

    @EJB
    private SchemaMigrator schema;

    /** {@link RegistryTable}, the one source there is (by its business interface). */
    @EJB
    private CompanyRegistry table;

    /** The configured registry; empty when none is, or the setting names none that exists. */
    public Optional<CompanyRegistry> configured() {
        return status().configured() ? Optional.of(table) : Optional.empty();
    }

    /** What operators see (health endpoint, MOI's cases screen): whether the yearly check can run, and if not why. */
    public Status status() {
        try {
            RegistrySource source = RegistrySource.choose(
                    System.getProperty(RegistrySource.SETTING), schema.dialect().embedded());
            return source == RegistrySource.NONE
                    ? new Status(false, "no company-registry source is configured (" + RegistrySource.SETTING + ")")
                    : new Status(true, "table rl_company_registry");
        } catch (IllegalArgumentException e) {
            return new Status(false, e.getMessage());
        }
    }

    public record Status(boolean configured, String description) {}
}
