package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tw.rislink.account.entity.Role;
import tw.rislink.platform.boundary.MailService;

/**
 * Mail to a company about its access: to the e-mail address of its latest request, as every
 * decision is sent. Like all mail, it leaves only once the caller's transaction has committed.
 */
@Stateless
public class CompanyMail {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private MailService mail;

    @RolesAllowed(Role.SYSTEM)
    public void send(String orgId, String subject, String body) {
        em.createQuery(
                        "SELECT r.email FROM ApiRequest r WHERE r.businessId = :org ORDER BY r.submittedAt DESC",
                        String.class)
                .setParameter("org", orgId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(to -> mail.send(to, "戶役政 API " + subject, body + "\n"));
    }
}
