package tw.rislink.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.control.TrailReader;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.calendar.entity.TaiwanTime;

/**
 * Checks every chain and every signed digest of a range of days, as the database holds them now,
 * while the trail may be written: the same reading as the verification command (TrailReader).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed("AUDITOR")
@RunAs(Role.SYSTEM)
public class AuditVerification {

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @EJB
    private AuditDigests signatures;

    public VerificationReport verify(LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection()) {
            return TrailReader.verify(connection, from, to, TaiwanTime.now().toLocalDate(), signatures.signer());
        } catch (SQLException e) {
            throw new EJBException("The audit trail could not be read for verification", e);
        }
    }
}
