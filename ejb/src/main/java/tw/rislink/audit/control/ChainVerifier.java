package tw.rislink.audit.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.rislink.audit.control.ChainFinding.Kind;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditRecord;

/**
 * Checks one chain: that its records run 1, 2, 3… without gaps or doubles, that each record's
 * contents still give its hash, that each links to the one before it, and that the chain ends
 * where its head says. Findings come in chain order, so the first names the first record that
 * was changed, removed or inserted.
 *
 * <p>Records are fed one at a time ({@link #add}) and the chain is judged at {@link #finish}. It
 * keeps the records of one sequence number (to tell a genuine record from one inserted with its
 * number it needs the next record's link) and the last one, never the chain: a day of millions
 * of records is checked in the same memory as a day of ten.
 */
public final class ChainVerifier {

    private final String chainDay;
    private final int partition;
    private final AuditChainHead head;
    private final List<ChainFinding> findings = new ArrayList<>();
    /** Records past the head, in the order they came; reported once the whole chain is known. */
    private final List<ChainFinding> pastEnd = new ArrayList<>();
    /** The records of the sequence number being read, not judged until the next number's link is known. */
    private final List<AuditRecord> candidates = new ArrayList<>();

    private String expectedPrev;
    private long expectedSeq = 1;
    private AuditRecord last;
    private AuditRecord lastAdded;
    private long added;
    private boolean finished;

    /** @param head the chain's head row, or null if it is missing */
    public ChainVerifier(String chainDay, int partition, AuditChainHead head) {
        this.chainDay = chainDay;
        this.partition = partition;
        this.head = head;
        this.expectedPrev = AuditHash.genesis(chainDay, partition);
    }

    /**
     * @param records the chain's records ordered by sequence number (then id)
     * @param head the chain's head row, or null if it is missing
     */
    public static List<ChainFinding> verify(
            String chainDay, int partition, List<AuditRecord> records, AuditChainHead head) {
        ChainVerifier chain = new ChainVerifier(chainDay, partition, head);
        records.forEach(chain::add);
        return chain.finish();
    }

    /** The chain's next record: sequence numbers never go down, equal ones come together. */
    public void add(AuditRecord record) {
        if (finished) {
            throw new IllegalStateException("chain " + chainDay + "/" + partition + " is already judged");
        }
        if (!candidates.isEmpty() && candidates.get(0).getSeq() != record.getSeq()) {
            judge(record.getPrevHash());
        }
        candidates.add(record);
        lastAdded = record;
        added++;
        if (head != null && record.getSeq() > head.getLastSeq()) {
            pastEnd.add(new ChainFinding(
                    Kind.INSERTED,
                    chainDay,
                    partition,
                    record.getSeq(),
                    record.getId(),
                    "past the chain's end " + head.getLastSeq()));
        }
    }

    /** Judges the chain's end against its head; returns every finding, in chain order. */
    public List<ChainFinding> finish() {
        if (finished) {
            return List.copyOf(findings);
        }
        finished = true;
        if (!candidates.isEmpty()) {
            judge(head == null ? null : head.getLastHash());
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
            findings.addAll(pastEnd);
        } else if (last != null && !Objects.equals(head.getLastHash(), last.getRecordHash())) {
            findings.add(new ChainFinding(
                    Kind.BROKEN_LINK,
                    chainDay,
                    partition,
                    lastSeq,
                    last.getId(),
                    "the chain's head does not end on it"));
        }
        return List.copyOf(findings);
    }

    /** How many records were added. */
    public long records() {
        return added;
    }

    /** Where the chain ends as read: the last record added (null if none), as a digest would sign it. */
    public DigestContent.ChainEnd end() {
        return lastAdded == null ? null : new DigestContent.ChainEnd(lastAdded.getSeq(), lastAdded.getRecordHash());
    }

    /** Judges the records of one number, now that the link of the record after them is known. */
    private void judge(String nextPrev) {
        long seq = candidates.get(0).getSeq();
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
        AuditRecord record = genuine(candidates, expectedPrev, nextPrev);
        for (AuditRecord other : candidates) {
            if (other != record) {
                findings.add(new ChainFinding(
                        Kind.INSERTED, chainDay, partition, seq, other.getId(), "a second record numbered " + seq));
            }
        }
        if (!AuditHash.of(record.getPrevHash(), record).equals(record.getRecordHash())) {
            findings.add(new ChainFinding(
                    Kind.CHANGED, chainDay, partition, seq, record.getId(), "its contents no longer give its hash"));
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
        candidates.clear();
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
