package tw.rislink.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import tw.rislink.audit.entity.AuditRecord;

/**
 * SHA-256 over the previous record's hash and a canonical form of every field of a record.
 * Each field is written with its length, so that no two different records share a form.
 */
public final class AuditHash {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditHash() {}

    /** The hash a chain starts from: fixed by its day and partition. */
    public static String genesis(String chainDay, int partition) {
        return sha256("rislink-audit-genesis|" + chainDay + "|" + partition);
    }

    /** The hash of a record, given the hash of the one before it. */
    public static String of(String prevHash, AuditRecord r) {
        StringBuilder form = new StringBuilder(prevHash);
        append(form, r.getChainDay());
        append(form, Integer.toString(r.getPartition()));
        append(form, Long.toString(r.getSeq()));
        append(form, r.getOccurredAt() == null ? null : TIME.format(r.getOccurredAt()));
        append(form, r.getUserName());
        append(form, r.getAgencyCode());
        append(form, r.getAddress());
        append(form, r.getChannel() == null ? null : r.getChannel().name());
        append(form, r.getAction());
        append(form, r.getTransactionCode());
        append(form, r.getSubjectIds());
        append(form, r.getCaseNumber());
        append(form, r.getReason());
        append(form, r.getBusinessItem());
        append(form, r.getDataItems());
        append(form, r.getOutcome() == null ? null : r.getOutcome().name());
        return sha256(form.toString());
    }

    private static void append(StringBuilder form, String value) {
        form.append('|');
        if (value == null) {
            form.append("-1:");
        } else {
            form.append(value.length()).append(':').append(value);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
