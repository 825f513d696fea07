package tw.rislink.agency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.platform.boundary.MailService;

/**
 * Mail to a linked agency: to each of its officers (role APPLICANT_OFFICER) that has an e-mail
 * address, sent once the caller's transaction commits ({@link MailService}).
 */
@Stateless
@RunAs(Role.SYSTEM)
public class AgencyMail {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private MailService mail;

    @RolesAllowed(Role.SYSTEM)
    public int toOfficers(Agency agency, String subject, String body) {
        int sent = 0;
        for (String address : em.createQuery(
                        "SELECT DISTINCT u.email FROM UserAccount u JOIN u.grants g"
                                + " WHERE u.agency.id = :agency AND g.role = :officer AND u.email IS NOT NULL",
                        String.class)
                .setParameter("agency", agency.getId())
                .setParameter("officer", Role.APPLICANT_OFFICER)
                .getResultList()) {
            if (!address.isBlank()) {
                mail.send(address, subject, body);
                sent++;
            }
        }
        return sent;
    }
}
