package tw.rislink.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The end of one chain: its last sequence number and hash. Appending locks this row only, so
 * writers in other partitions never wait for each other.
 */
@Entity
@Table(name = "rl_audit_chain")
@IdClass(AuditChainHead.Key.class)
@NamedQuery(
        name = AuditChainHead.LOCK,
        query = "SELECT h FROM AuditChainHead h WHERE h.chainDay = :day AND h.partition = :partition",
        lockMode = LockModeType.PESSIMISTIC_WRITE,
        hints = @QueryHint(name = "eclipselink.refresh", value = "true"))
public class AuditChainHead {

    /**
     * Reads and locks one chain end. A named query is prepared once; a locking {@code find}
     * builds its SQL again on every append, which showed in the profile of every audited call.
     */
    public static final String LOCK = "AuditChainHead.lock";

    @Id
    @Column(name = "chain_day", length = 8)
    private String chainDay;

    @Id
    @Column(name = "partition_no")
    private int partition;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {}

    public AuditChainHead(String chainDay, int partition, String genesisHash) {
        this.chainDay = chainDay;
        this.partition = partition;
        this.lastSeq = 0;
        this.lastHash = genesisHash;
    }

    /** A chain end as stored, read without JPA (the verification command). */
    public static AuditChainHead stored(String chainDay, int partition, long lastSeq, String lastHash) {
        AuditChainHead head = new AuditChainHead(chainDay, partition, lastHash);
        head.lastSeq = lastSeq;
        return head;
    }

    public void advance(long seq, String hash) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException(
                    "Chain " + chainDay + "/" + partition + " expects " + (lastSeq + 1) + ", not " + seq);
        }
        lastSeq = seq;
        lastHash = hash;
    }

    public String getChainDay() {
        return chainDay;
    }

    public int getPartition() {
        return partition;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** The composite key (day, partition), in the form JPA's @IdClass asks for. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String chainDay;
        private int partition;

        public Key() {}

        public Key(String chainDay, int partition) {
            this.chainDay = chainDay;
            this.partition = partition;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && partition == key.partition && Objects.equals(chainDay, key.chainDay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chainDay, partition);
        }
    }
}
