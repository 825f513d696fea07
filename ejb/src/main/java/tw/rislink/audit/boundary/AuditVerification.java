package tw.rislink.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.rislink.audit.control.ChainFinding;
import tw.rislink.audit.control.ChainVerifier;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditRecord;

/** Checks every chain of a range of days, as the database holds them now. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditVerification {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    public VerificationReport verify(LocalDate from, LocalDate to) {
        String first = AuditTrail.DAY.format(from);
        String last = AuditTrail.DAY.format(to);
        Map<String, List<AuditRecord>> chains = new TreeMap<>();
        Map<String, AuditChainHead> heads = new TreeMap<>();
        List<AuditRecord> records = em.createNamedQuery(AuditRecord.OF_DAYS, AuditRecord.class)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultList();
        for (AuditRecord record : records) {
            chains.computeIfAbsent(key(record.getChainDay(), record.getPartition()), k -> new ArrayList<>())
                    .add(record);
        }
        for (AuditChainHead head : em.createQuery(
                        "SELECT h FROM AuditChainHead h WHERE h.chainDay >= :from AND h.chainDay <= :to",
                        AuditChainHead.class)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultList()) {
            heads.put(key(head.getChainDay(), head.getPartition()), head);
            chains.computeIfAbsent(key(head.getChainDay(), head.getPartition()), k -> new ArrayList<>());
        }
        List<ChainFinding> findings = new ArrayList<>();
        chains.forEach((key, chain) -> {
            String[] parts = key.split("/");
            findings.addAll(ChainVerifier.verify(parts[0], Integer.parseInt(parts[1]), chain, heads.get(key)));
        });
        return new VerificationReport(from, to, records.size(), chains.size(), findings);
    }

    private static String key(String day, int partition) {
        return day + "/" + String.format("%03d", partition);
    }
}
