package tw.rislink.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.control.TrailVerifier;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;

/** Checks every chain and every signed digest of a range of days, as the database holds them now. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed("AUDITOR")
@RunAs(Role.SYSTEM)
public class AuditVerification {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditDigests signatures;

    public VerificationReport verify(LocalDate from, LocalDate to) {
        String first = AuditTrail.DAY.format(from);
        String last = AuditTrail.DAY.format(to);
        List<AuditRecord> records = em.createNamedQuery(AuditRecord.OF_DAYS, AuditRecord.class)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultList();
        List<AuditChainHead> heads = em.createQuery(
                        "SELECT h FROM AuditChainHead h WHERE h.chainDay >= :from AND h.chainDay <= :to",
                        AuditChainHead.class)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultList();
        Map<String, AuditDigest> digests = new HashMap<>();
        for (AuditDigest digest : em.createQuery(
                        "SELECT d FROM AuditDigest d WHERE (d.day >= :from AND d.day <= :to)"
                                + " OR d.day = (SELECT MIN(e.day) FROM AuditDigest e)"
                                + " OR d.day = (SELECT MAX(e.day) FROM AuditDigest e)",
                        AuditDigest.class)
                .setParameter("from", AuditTrail.DAY.format(from.minusDays(1)))
                .setParameter("to", last)
                .getResultList()) {
            digests.put(digest.getDay(), digest);
        }
        Set<String> archived = new HashSet<>(em.createQuery(
                        "SELECT a.day FROM AuditArchiveEntry a WHERE a.day >= :from AND a.day <= :to", String.class)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultList());
        return TrailVerifier.verify(
                from, to, TaiwanTime.now().toLocalDate(), records, heads, digests, archived, signatures.signer());
    }
}
