package tw.rislink.audit.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditRecord;

/**
 * Verifies the audit trail of a range of days from what storage holds: every chain with
 * {@link ChainVerifier}, every closed day's signed digest with {@link DigestVerifier}. The
 * auditor screen reads through JPA, the verification command through JDBC; both end here.
 */
public final class TrailVerifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TrailVerifier() {}

    /**
     * @param records the range's records ordered by day, partition, sequence number, id
     * @param heads the range's chain heads
     * @param digests the range's digests, the day before it, and the first and last digest ever made
     * @param archived the range's days whose records are in archive files
     */
    public static VerificationReport verify(
            LocalDate from,
            LocalDate to,
            LocalDate today,
            List<AuditRecord> records,
            List<AuditChainHead> heads,
            Map<String, AuditDigest> digests,
            Set<String> archived,
            AuditSigner signer) {
        Map<String, List<AuditRecord>> chains = new TreeMap<>();
        Map<String, AuditChainHead> headsByChain = new TreeMap<>();
        for (AuditRecord record : records) {
            chains.computeIfAbsent(key(record.getChainDay(), record.getPartition()), k -> new ArrayList<>())
                    .add(record);
        }
        for (AuditChainHead head : heads) {
            headsByChain.put(key(head.getChainDay(), head.getPartition()), head);
            chains.computeIfAbsent(key(head.getChainDay(), head.getPartition()), k -> new ArrayList<>());
        }
        List<ChainFinding> findings = new ArrayList<>();
        Map<String, Map<Integer, DigestContent.ChainEnd>> ends = new HashMap<>();
        chains.forEach((key, chain) -> {
            String[] parts = key.split("/");
            int partition = Integer.parseInt(parts[1]);
            findings.addAll(ChainVerifier.verify(parts[0], partition, chain, headsByChain.get(key)));
            if (!chain.isEmpty()) {
                AuditRecord end = chain.get(chain.size() - 1);
                ends.computeIfAbsent(parts[0], d -> new HashMap<>())
                        .put(partition, new DigestContent.ChainEnd(end.getSeq(), end.getRecordHash()));
            }
        });
        findings.addAll(DigestVerifier.verify(from, to, today, digests, ends, archived, signer));
        String first = DAY.format(from);
        String last = DAY.format(to);
        int signedDays = (int) digests.keySet().stream()
                .filter(day -> day.compareTo(first) >= 0 && day.compareTo(last) <= 0)
                .count();
        return new VerificationReport(from, to, records.size(), chains.size(), signedDays, findings);
    }

    private static String key(String day, int partition) {
        return day + "/" + String.format("%03d", partition);
    }
}
