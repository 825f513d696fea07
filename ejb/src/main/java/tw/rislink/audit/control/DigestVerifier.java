package tw.rislink.audit.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tw.rislink.audit.control.ChainFinding.Kind;
import tw.rislink.audit.entity.AuditDigest;

/**
 * Checks the signed digests of a range of closed days against the chains the database holds:
 * each digest's signature, its link to the previous day's digest, and that every chain ends
 * where the digest signed it. This catches what the chains alone cannot: a chain rewritten
 * from a changed record to its end, head included, or a whole chain or day removed.
 */
public final class DigestVerifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private DigestVerifier() {}

    /**
     * @param digests the digests by day, including the day before {@code from} where there is one
     * @param ends the chains' actual ends by day and partition, from the records
     * @param today days from today on are open and have no digest yet
     * @param archived days whose records were moved to archive files (their chains are checked there)
     */
    public static List<ChainFinding> verify(
            LocalDate from,
            LocalDate to,
            LocalDate today,
            Map<String, AuditDigest> digests,
            Map<String, Map<Integer, DigestContent.ChainEnd>> ends,
            Set<String> archived,
            AuditSigner signer) {
        List<ChainFinding> findings = new ArrayList<>();
        String firstDigest = digests.keySet().stream().min(String::compareTo).orElse(null);
        String lastDigest = digests.keySet().stream().max(String::compareTo).orElse(null);
        for (LocalDate date = from; !date.isAfter(to) && date.isBefore(today); date = date.plusDays(1)) {
            String day = DAY.format(date);
            AuditDigest digest = digests.get(day);
            Map<Integer, DigestContent.ChainEnd> actual = ends.getOrDefault(day, Map.of());
            if (digest == null) {
                boolean inGap = firstDigest != null && firstDigest.compareTo(day) < 0 && lastDigest.compareTo(day) > 0;
                if (inGap || !actual.isEmpty()) {
                    findings.add(new ChainFinding(
                            Kind.DIGEST_MISSING, day, -1, 0, null, "the day's signed digest is missing"));
                }
                continue;
            }
            String content = digest.getContent();
            if (!signer.verify(DigestContent.bytes(content), digest.getSignature())
                    || !DigestContent.hash(content).equals(digest.getDigestHash())
                    || !day.equals(DigestContent.day(content))) {
                findings.add(new ChainFinding(
                        Kind.DIGEST_INVALID, day, -1, 0, null, "the digest's signature does not verify its content"));
                continue;
            }
            AuditDigest previous = digests.get(DAY.format(date.minusDays(1)));
            String expectedPrevious = previous != null
                    ? previous.getDigestHash()
                    : day.equals(firstDigest) ? DigestContent.previous(content) : null;
            if (expectedPrevious != null && !expectedPrevious.equals(DigestContent.previous(content))) {
                findings.add(new ChainFinding(
                        Kind.DIGEST_INVALID, day, -1, 0, null, "the digest does not follow the previous day's digest"));
            }
            if (archived.contains(day)) {
                if (!actual.isEmpty()) {
                    findings.add(new ChainFinding(
                            Kind.INSERTED, day, -1, 0, null, "records of a day already moved to its archive file"));
                }
                continue;
            }
            Map<Integer, DigestContent.ChainEnd> signed = DigestContent.chains(content);
            TreeSet<Integer> partitions = new TreeSet<>(signed.keySet());
            partitions.addAll(actual.keySet());
            for (int partition : partitions) {
                findings.addAll(compare(day, partition, signed.get(partition), actual.get(partition)));
            }
        }
        return findings;
    }

    private static List<ChainFinding> compare(
            String day, int partition, DigestContent.ChainEnd signed, DigestContent.ChainEnd actual) {
        if (signed == null) {
            return List.of(new ChainFinding(
                    Kind.INSERTED, day, partition, 1, null, "the whole chain is not in the day's signed digest"));
        }
        long actualSeq = actual == null ? 0 : actual.lastSeq();
        if (signed.lastSeq() > actualSeq) {
            return List.of(new ChainFinding(
                    Kind.REMOVED,
                    day,
                    partition,
                    actualSeq + 1,
                    null,
                    "the signed digest has the chain end at " + signed.lastSeq() + "; records " + (actualSeq + 1) + "-"
                            + signed.lastSeq() + " are missing"));
        }
        if (signed.lastSeq() < actualSeq) {
            return List.of(new ChainFinding(
                    Kind.INSERTED,
                    day,
                    partition,
                    signed.lastSeq() + 1,
                    null,
                    "records after " + signed.lastSeq() + " were added after the day was signed"));
        }
        if (!Objects.equals(signed.lastHash(), actual.lastHash())) {
            return List.of(new ChainFinding(
                    Kind.CHANGED,
                    day,
                    partition,
                    signed.lastSeq(),
                    null,
                    "the chain no longer ends on the hash its signed digest holds: its records were rewritten"));
        }
        return List.of();
    }
}
