package tw.rislink.audit.control;

/**
 * Something verification found wrong in one chain: which kind, where (day, partition,
 * sequence number), and the record it points at (null where the record is gone).
 */
public record ChainFinding(Kind kind, String chainDay, int partition, long seq, Long recordId, String detail) {

    public enum Kind {
        /** The record's contents no longer give its hash. */
        CHANGED,
        /** Sequence numbers are missing: records were removed. */
        REMOVED,
        /** A record that does not belong to the chain: a second record with a sequence number, or one past the chain's end. */
        INSERTED,
        /** The record is intact but does not follow the one before it: that one was replaced, or this one inserted. */
        BROKEN_LINK,
        /** A closed day has no signed digest although the days around it have one, or records. */
        DIGEST_MISSING,
        /** A digest's signature does not verify, or it does not follow the previous day's digest. */
        DIGEST_INVALID
    }
}
