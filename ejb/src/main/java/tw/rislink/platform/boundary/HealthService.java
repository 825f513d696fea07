package tw.rislink.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Whether the database answers: public, for {@code /api/health} and load balancers. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    public boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database health check failed", e);
            return false;
        }
    }
}
