package tw.rislink.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.platform.control.DatabaseDialect;
import tw.rislink.platform.control.SqlScript;

/**
 * The reader against a database that is written while it reads: writers append as the trail
 * does (lock the head, insert the record, move the head, commit), each on its own connection.
 */
class TrailReaderTest {

    private static final String URL = "jdbc:h2:mem:live;MODE=Oracle;DB_CLOSE_DELAY=-1";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final String CHAIN_DAY = "20261122";

    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong ids = new AtomicLong(1);
    private ExecutorService writers;
    private Connection connection;

    @BeforeEach
    void schema() throws Exception {
        connection = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        SqlScript.createSchema(connection, DatabaseDialect.H2);
    }

    @AfterEach
    void stop() throws Exception {
        writing.set(false);
        if (writers != null) {
            writers.shutdown();
        }
        connection.close();
    }

    @Test
    void a_day_verified_while_it_is_written_is_intact_every_time() throws Exception {
        List<Future<?>> running = startWriters(3);
        long during = 0;
        for (int i = 1; i <= 30; i++) {
            long before = written.get();
            VerificationReport report = TrailReader.verify(connection, DAY, DAY, DAY, null);
            during += written.get() - before;
            assertEquals(List.of(), report.findings(), "verification no. " + i);
        }
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get();
        }
        assertTrue(during > 0, "records were written while verifying");
        VerificationReport settled = TrailReader.verify(connection, DAY, DAY, DAY, null);
        assertTrue(settled.intact(), settled.findings().toString());
        assertEquals(written.get(), settled.records());
    }

    @Test
    void a_changed_record_is_the_only_finding_while_the_day_is_written() throws Exception {
        long id = append(connection, 7, "to be forged");
        startWriters(3);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE rl_audit_record SET subject_ids = 'forged' WHERE id = " + id);
        }
        for (int i = 0; i < 10; i++) {
            List<ChainFinding> findings =
                    TrailReader.verify(connection, DAY, DAY, DAY, null).findings();
            assertEquals(1, findings.size(), findings.toString());
            assertEquals(ChainFinding.Kind.CHANGED, findings.get(0).kind());
            assertEquals(id, findings.get(0).recordId());
        }
    }

    /**
     * A verification that runs while a record and its head's move are written but not committed,
     * and the next one after the commit with nothing written in between: the second sees both.
     */
    @Test
    void a_record_committed_after_one_verification_is_in_the_next() throws Exception {
        append(connection, 2, "before");
        try (Connection writer = DriverManager.getConnection(URL, "sa", "")) {
            writer.setAutoCommit(false);
            advance(writer, insert(writer, 2, "pending"));
            VerificationReport during = TrailReader.verify(connection, DAY, DAY, DAY, null);
            assertTrue(during.intact(), during.findings().toString());
            assertEquals(1, during.records());
            writer.commit();
        }
        VerificationReport after = TrailReader.verify(connection, DAY, DAY, DAY, null);
        assertTrue(after.intact(), after.findings().toString());
        assertEquals(2, after.records());
    }

    private List<Future<?>> startWriters(int count) throws InterruptedException {
        writers = Executors.newFixedThreadPool(count);
        List<Future<?>> running = new ArrayList<>();
        for (int partition = 0; partition < count; partition++) {
            int chain = partition;
            running.add(writers.submit(() -> {
                try (Connection own = DriverManager.getConnection(URL, "sa", "")) {
                    while (writing.get()) {
                        append(own, chain, "live");
                        // A steady trickle, as checks arrive; a tight loop would only grow the day.
                        Thread.sleep(1);
                    }
                }
                return null;
            }));
        }
        while (written.get() < count) {
            Thread.sleep(5);
        }
        return running;
    }

    /** One record appended as AuditTrail does it, committed with its head's move; returns its id. */
    private long append(Connection db, int partition, String subject) throws SQLException {
        db.setAutoCommit(false);
        try {
            Written record = insert(db, partition, subject);
            advance(db, record);
            db.commit();
            written.incrementAndGet();
            return record.id();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private record Written(int partition, long seq, long id, String hash) {}

    /** Locks the chain's head (starting the chain if need be) and inserts its next record, uncommitted. */
    private Written insert(Connection db, int partition, String subject) throws SQLException {
        String lastHash = AuditHash.genesis(CHAIN_DAY, partition);
        long lastSeq = 0;
        try (PreparedStatement lock = db.prepareStatement("SELECT last_seq, last_hash FROM rl_audit_chain"
                + " WHERE chain_day = ? AND partition_no = ? FOR UPDATE")) {
            lock.setString(1, CHAIN_DAY);
            lock.setInt(2, partition);
            try (ResultSet rs = lock.executeQuery()) {
                if (rs.next()) {
                    lastSeq = rs.getLong(1);
                    lastHash = rs.getString(2);
                } else {
                    try (PreparedStatement start = db.prepareStatement("INSERT INTO rl_audit_chain"
                            + " (chain_day, partition_no, last_seq, last_hash) VALUES (?, ?, 0, ?)")) {
                        start.setString(1, CHAIN_DAY);
                        start.setInt(2, partition);
                        start.setString(3, lastHash);
                        start.executeUpdate();
                    }
                }
            }
        }
        long seq = lastSeq + 1;
        long id = ids.getAndIncrement();
        AuditRecord record = new AuditRecord(
                AuditEntry.system("LIVE_TEST", subject + "-" + id),
                DAY.atTime(9, 0).plusNanos(id * 1_000_000));
        record.chain(CHAIN_DAY, partition, seq, lastHash);
        record.seal(AuditHash.of(lastHash, record));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rl_audit_record (id, chain_day,"
                + " partition_no, seq_no, occurred_at, channel, action, subject_ids, outcome, prev_hash,"
                + " record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, CHAIN_DAY);
            insert.setInt(3, partition);
            insert.setLong(4, seq);
            insert.setTimestamp(5, Timestamp.valueOf(record.getOccurredAt()));
            insert.setString(6, record.getChannel().name());
            insert.setString(7, record.getAction());
            insert.setString(8, record.getSubjectIds());
            insert.setString(9, record.getOutcome().name());
            insert.setString(10, record.getPrevHash());
            insert.setString(11, record.getRecordHash());
            insert.executeUpdate();
        }
        return new Written(partition, seq, id, record.getRecordHash());
    }

    /** Moves the head onto the inserted record, in the same transaction. */
    private void advance(Connection db, Written record) throws SQLException {
        try (PreparedStatement advance = db.prepareStatement("UPDATE rl_audit_chain SET last_seq = ?,"
                + " last_hash = ? WHERE chain_day = ? AND partition_no = ?")) {
            advance.setLong(1, record.seq());
            advance.setString(2, record.hash());
            advance.setString(3, CHAIN_DAY);
            advance.setInt(4, record.partition());
            advance.executeUpdate();
        }
    }
}
