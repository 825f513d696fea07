package tw.rislink.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.rislink.audit.control.ChainFinding;
import tw.rislink.audit.control.ChainVerifier;
import tw.rislink.audit.control.DigestContent;
import tw.rislink.audit.control.DigestVerifier;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;

/** Checks every chain and every signed digest of a range of days, as the database holds them now. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditVerification {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditDigests signatures;

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
        Map<String, Map<Integer, DigestContent.ChainEnd>> ends = new HashMap<>();
        chains.forEach((key, chain) -> {
            String[] parts = key.split("/");
            int partition = Integer.parseInt(parts[1]);
            findings.addAll(ChainVerifier.verify(parts[0], partition, chain, heads.get(key)));
            if (!chain.isEmpty()) {
                AuditRecord end = chain.get(chain.size() - 1);
                ends.computeIfAbsent(parts[0], d -> new HashMap<>())
                        .put(partition, new DigestContent.ChainEnd(end.getSeq(), end.getRecordHash()));
            }
        });
        Map<String, AuditDigest> digests = new HashMap<>();
        for (AuditDigest digest : em.createQuery(
                        "SELECT d FROM AuditDigest d WHERE d.day >= :from AND d.day <= :to", AuditDigest.class)
                .setParameter("from", AuditTrail.DAY.format(from.minusDays(1)))
                .setParameter("to", last)
                .getResultList()) {
            digests.put(digest.getDay(), digest);
        }
        for (AuditDigest edge : em.createQuery(
                        "SELECT d FROM AuditDigest d WHERE d.day = (SELECT MIN(e.day) FROM AuditDigest e)"
                                + " OR d.day = (SELECT MAX(e.day) FROM AuditDigest e)",
                        AuditDigest.class)
                .getResultList()) {
            digests.putIfAbsent(edge.getDay(), edge);
        }
        findings.addAll(
                DigestVerifier.verify(from, to, TaiwanTime.now().toLocalDate(), digests, ends, signatures.signer()));
        int signedDays = (int) digests.keySet().stream()
                .filter(day -> day.compareTo(first) >= 0 && day.compareTo(last) <= 0)
                .count();
        return new VerificationReport(from, to, records.size(), chains.size(), signedDays, findings);
    }

    private static String key(String day, int partition) {
        return day + "/" + String.format("%03d", partition);
    }
}
