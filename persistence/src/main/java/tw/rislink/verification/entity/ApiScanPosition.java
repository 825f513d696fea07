package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where the abnormal-use scan stopped in one audit chain (day, partition): the last sequence
 * number it read. A chain's numbers are given under its head's lock, so a record with a lower
 * number never becomes visible after one with a higher number: the next scan starts here.
 */
@Entity
@Table(name = "rl_api_scan_position")
@IdClass(ApiScanPosition.Key.class)
public class ApiScanPosition {

    @Id
    @Column(name = "chain_day", length = 8)
    private String chainDay;

    @Id
    @Column(name = "partition_no")
    private int partition;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected ApiScanPosition() {}

    public ApiScanPosition(String chainDay, int partition, long lastSeq) {
        this.chainDay = chainDay;
        this.partition = partition;
        this.lastSeq = lastSeq;
    }

    public void advance(long seq) {
        if (seq < lastSeq) {
            throw new IllegalStateException("A scan position never goes back: " + seq + " < " + lastSeq);
        }
        lastSeq = seq;
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
            return other instanceof Key that && Objects.equals(chainDay, that.chainDay) && partition == that.partition;
        }

        @Override
        public int hashCode() {
            return Objects.hash(chainDay, partition);
        }
    }
}
