package tw.rislink.audit.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.rislink.audit.control.ChainFinding.Kind;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditRecord;

/**
 * Checks one chain: that its records run 1, 2, 3… without gaps or doubles, that each record's
 * contents still give its hash, that each links to the one before it, and that the chain ends
 * where its head says. Findings come in chain order, so the first names the first record that
 * was changed, removed or inserted.
 */
public final class ChainVerifier {

    private ChainVerifier() {}

    /**
     * @param records the chain's records ordered by sequence number (then id)
     * @param head the chain's head row, or null if it is missing
     */
    public static List<ChainFinding> verify(
            String chainDay, int partition, List<AuditRecord> records, AuditChainHead head) {
        List<ChainFinding> findings = new ArrayList<>();
        Map<Long, List<AuditRecord>> bySeq = new LinkedHashMap<>();
        for (AuditRecord record : records) {
            bySeq.computeIfAbsent(record.getSeq(), s -> new ArrayList<>()).add(record);
        }
        String expectedPrev = AuditHash.genesis(chainDay, partition);
        long expectedSeq = 1;
        AuditRecord last = null;
        List<Long> seqs = new ArrayList<>(bySeq.keySet());
        for (int i = 0; i < seqs.size(); i++) {
            long seq = seqs.get(i);
            if (seq > expectedSeq) {
                findings.add(new ChainFinding(
                        Kind.REMOVED,
                        chainDay,
                        partition,
                        expectedSeq,
                        null,
                        "records " + expectedSeq + (seq - 1 > expectedSeq ? "-" + (seq - 1) : "") + " are missing"));
                expectedPrev = null;
            }
            List<AuditRecord> candidates = bySeq.get(seq);
            String nextPrev = i + 1 < seqs.size()
                    ? bySeq.get(seqs.get(i + 1)).get(0).getPrevHash()
                    : head == null ? null : head.getLastHash();
            AuditRecord record = genuine(candidates, expectedPrev, nextPrev);
            for (AuditRecord other : candidates) {
                if (other != record) {
                    findings.add(new ChainFinding(
                            Kind.INSERTED, chainDay, partition, seq, other.getId(), "a second record numbered " + seq));
                }
            }
            if (!AuditHash.of(record.getPrevHash(), record).equals(record.getRecordHash())) {
                findings.add(new ChainFinding(
                        Kind.CHANGED,
                        chainDay,
                        partition,
                        seq,
                        record.getId(),
                        "its contents no longer give its hash"));
            } else if (expectedPrev != null && !expectedPrev.equals(record.getPrevHash())) {
                findings.add(new ChainFinding(
                        Kind.BROKEN_LINK,
                        chainDay,
                        partition,
                        seq,
                        record.getId(),
                        "it does not follow record " + (seq - 1)));
            }
            expectedPrev = record.getRecordHash();
            expectedSeq = seq + 1;
            last = record;
        }
        long lastSeq = last == null ? 0 : last.getSeq();
        if (head == null) {
            if (last != null) {
                findings.add(new ChainFinding(
                        Kind.REMOVED, chainDay, partition, lastSeq, null, "the chain's head row is missing"));
            }
        } else if (head.getLastSeq() > lastSeq) {
            findings.add(new ChainFinding(
                    Kind.REMOVED,
                    chainDay,
                    partition,
                    lastSeq + 1,
                    null,
                    "records " + (lastSeq + 1) + "-" + head.getLastSeq() + " at the chain's end are missing"));
        } else if (head.getLastSeq() < lastSeq) {
            for (AuditRecord record : records) {
                if (record.getSeq() > head.getLastSeq()) {
                    findings.add(new ChainFinding(
                            Kind.INSERTED,
                            chainDay,
                            partition,
                            record.getSeq(),
                            record.getId(),
                            "past the chain's end " + head.getLastSeq()));
                }
            }
        } else if (last != null && !Objects.equals(head.getLastHash(), last.getRecordHash())) {
            findings.add(new ChainFinding(
                    Kind.BROKEN_LINK,
                    chainDay,
                    partition,
                    lastSeq,
                    last.getId(),
                    "the chain's head does not end on it"));
        }
        return findings;
    }

    /** Of records sharing a number, the one that links to its neighbours and still gives its hash. */
    private static AuditRecord genuine(List<AuditRecord> candidates, String expectedPrev, String nextPrev) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        AuditRecord best = candidates.get(0);
        int bestScore = -1;
        for (AuditRecord candidate : candidates) {
            int score = (Objects.equals(candidate.getPrevHash(), expectedPrev) ? 1 : 0)
                    + (Objects.equals(candidate.getRecordHash(), nextPrev) ? 2 : 0)
                    + (AuditHash.of(candidate.getPrevHash(), candidate).equals(candidate.getRecordHash()) ? 1 : 0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}
