package tw.rislink.audit.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tw.rislink.audit.control.ChainFinding.Kind;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditRecord;

/**
 * Verifies the audit trail of a range of days from what storage holds: every chain with
 * {@link ChainVerifier}, every closed day's signed digest with {@link DigestVerifier}. The
 * auditor screen and the verification command both read through {@link TrailReader} and end here.
 *
 * <p>The trail may be written while it is verified. The chain heads are read first, then the
 * records are fed one at a time ({@link #add}), then the heads are read again ({@link #finish}).
 * A record commits together with its head's move, so every record up to a head's first reading
 * was committed before the records were read: each chain is verified up to that head. Records
 * past it that the second reading covers were appended while verifying and are left out; records
 * past the second reading are inserted, as is every record of a chain that started while
 * verifying and that its head does not cover. Only records past the first head are kept until the
 * end (their number and id), so memory grows with what was written during the verification,
 * not with the range.
 */
public final class TrailVerifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final LocalDate from;
    private final LocalDate to;
    private final Map<Chain, AuditChainHead> before = new HashMap<>();
    private final Map<Chain, ChainVerifier> chains = new HashMap<>();
    /** Records past a chain's first head, or of a chain that had none: judged once the second reading is known. */
    private final Map<Chain, List<Later>> later = new HashMap<>();

    /** @param heads the range's chain heads, read before any record */
    public TrailVerifier(LocalDate from, LocalDate to, Collection<AuditChainHead> heads) {
        this.from = from;
        this.to = to;
        for (AuditChainHead head : heads) {
            Chain chain = new Chain(head.getChainDay(), head.getPartition());
            before.put(chain, head);
            chains.put(chain, new ChainVerifier(chain.day(), chain.partition(), head));
        }
    }

    /** The range's next record; the records of a chain come ordered by sequence number, then id. */
    public void add(AuditRecord record) {
        Chain chain = new Chain(record.getChainDay(), record.getPartition());
        AuditChainHead head = before.get(chain);
        if (head == null) {
            // Either the chain's head was removed, or the chain started after the heads were read:
            // which one, the second reading tells.
            chains.computeIfAbsent(chain, c -> new ChainVerifier(c.day(), c.partition(), null))
                    .add(record);
            later.computeIfAbsent(chain, c -> new ArrayList<>()).add(new Later(record.getSeq(), record.getId()));
        } else if (record.getSeq() > head.getLastSeq()) {
            later.computeIfAbsent(chain, c -> new ArrayList<>()).add(new Later(record.getSeq(), record.getId()));
        } else {
            chains.get(chain).add(record);
        }
    }

    /**
     * @param heads the range's chain heads, read again after the last record
     * @param digests the range's digests, the day before it, and the first and last digest ever made
     * @param archived the range's days whose records are in archive files
     * @param today days from today on are open and have no digest yet
     */
    public VerificationReport finish(
            Collection<AuditChainHead> heads,
            LocalDate today,
            Map<String, AuditDigest> digests,
            Set<String> archived,
            AuditSigner signer) {
        Map<Chain, AuditChainHead> after = new HashMap<>();
        for (AuditChainHead head : heads) {
            after.put(new Chain(head.getChainDay(), head.getPartition()), head);
        }
        TreeSet<Chain> all = new TreeSet<>(chains.keySet());
        all.addAll(later.keySet());
        List<ChainFinding> findings = new ArrayList<>();
        Map<String, Map<Integer, DigestContent.ChainEnd>> ends = new HashMap<>();
        long records = 0;
        int verified = 0;
        for (Chain chain : all) {
            AuditChainHead first = before.get(chain);
            AuditChainHead second = after.get(chain);
            List<Later> tail = later.getOrDefault(chain, List.of());
            if (first == null && second != null) {
                List<ChainFinding> inserted = beyond(chain, tail, second.getLastSeq());
                findings.addAll(inserted);
                records += inserted.size();
                verified += inserted.isEmpty() ? 0 : 1;
                continue;
            }
            ChainVerifier verifier = chains.get(chain);
            findings.addAll(verifier.finish());
            records += verifier.records();
            verified++;
            if (first != null) {
                long end = second != null && second.getLastSeq() > first.getLastSeq()
                        ? second.getLastSeq()
                        : first.getLastSeq();
                List<ChainFinding> inserted = beyond(chain, tail, end);
                findings.addAll(inserted);
                records += inserted.size();
            }
            DigestContent.ChainEnd end = verifier.end();
            if (end != null) {
                ends.computeIfAbsent(chain.day(), d -> new HashMap<>()).put(chain.partition(), end);
            }
        }
        findings.addAll(DigestVerifier.verify(from, to, today, digests, ends, archived, signer));
        String firstDay = DAY.format(from);
        String lastDay = DAY.format(to);
        int signedDays = (int) digests.keySet().stream()
                .filter(day -> day.compareTo(firstDay) >= 0 && day.compareTo(lastDay) <= 0)
                .count();
        return new VerificationReport(from, to, records, verified, signedDays, findings);
    }

    private static List<ChainFinding> beyond(Chain chain, List<Later> tail, long end) {
        List<ChainFinding> inserted = new ArrayList<>();
        for (Later record : tail) {
            if (record.seq() > end) {
                inserted.add(new ChainFinding(
                        Kind.INSERTED,
                        chain.day(),
                        chain.partition(),
                        record.seq(),
                        record.id(),
                        "past the chain's end " + end));
            }
        }
        return inserted;
    }

    private record Chain(String day, int partition) implements Comparable<Chain> {
        private static final Comparator<Chain> ORDER =
                Comparator.comparing(Chain::day).thenComparingInt(Chain::partition);

        @Override
        public int compareTo(Chain other) {
            return ORDER.compare(this, other);
        }
    }

    private record Later(long seq, Long id) {}
}
