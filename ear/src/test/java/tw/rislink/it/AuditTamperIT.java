package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.audit.boundary.AuditDigests;
import tw.rislink.audit.boundary.AuditRetention;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.boundary.AuditVerification;
import tw.rislink.audit.control.AuditArchive;
import tw.rislink.audit.control.AuditHash;
import tw.rislink.audit.control.AuditSigner;
import tw.rislink.audit.control.ChainFinding;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;

/**
 * Someone with access to the database changes, deletes and inserts single audit rows with
 * plain SQL; verification finds each change and names the record. Every test puts the rows
 * back as they were, so the trail verifies intact again for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTamperIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(AuditTamperIT.class);
    }

    @EJB
    private AuditTrail audit;

    @EJB
    private AuditVerification verification;

    @EJB
    private AuditDigests digests;

    @EJB
    private AuditRetention retention;

    /** Timers, digests and archives are the platform's own work; verifying is the auditor's. */
    @EJB
    private AsPlatform platform;

    @EJB
    private AsAuditor auditor;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    private final LocalDate today = TaiwanTime.now().toLocalDate();

    @Test
    void a_changed_row_is_found_and_named() throws Exception {
        AuditRecord target = threeRecords().get(1);
        assertTrue(verify(today, today).intact());
        update("UPDATE rl_audit_record SET subject_ids = 'forged' WHERE id = ?", target.getId());
        try {
            ChainFinding finding = first(verify(today, today), target.getPartition());
            assertEquals(ChainFinding.Kind.CHANGED, finding.kind());
            assertEquals(target.getId(), finding.recordId());
            assertEquals(target.getSeq(), finding.seq());
        } finally {
            update(
                    "UPDATE rl_audit_record SET subject_ids = '" + target.getSubjectIds() + "' WHERE id = ?",
                    target.getId());
        }
        assertTrue(verify(today, today).intact());
    }

    @Test
    void a_deleted_row_is_found_by_its_number() throws Exception {
        AuditRecord target = threeRecords().get(1);
        Map<String, Object> row = row(target.getId());
        update("DELETE FROM rl_audit_record WHERE id = ?", target.getId());
        try {
            ChainFinding finding = first(verify(today, today), target.getPartition());
            assertEquals(ChainFinding.Kind.REMOVED, finding.kind());
            assertEquals(target.getSeq(), finding.seq());
        } finally {
            insert(row);
        }
        assertTrue(verify(today, today).intact());
    }

    @Test
    void an_inserted_row_is_found_and_named() throws Exception {
        AuditRecord target = threeRecords().get(1);
        Map<String, Object> row = row(target.getId());
        row.put("ID", 990_000_001L);
        row.put("SUBJECT_IDS", "inserted");
        insert(row);
        try {
            ChainFinding finding = first(verify(today, today), target.getPartition());
            assertEquals(ChainFinding.Kind.INSERTED, finding.kind());
            assertEquals(990_000_001L, finding.recordId());
        } finally {
            update("DELETE FROM rl_audit_record WHERE id = ?", 990_000_001L);
        }
        assertTrue(verify(today, today).intact());
    }

    /**
     * Two closed days with no digest, as after a server was down, are made up. A rewrite that keeps the chain consistent (every hash recomputed,
     * head included), a chain added to a signed day, a forged digest and a deleted digest are each
     * found by the signed digests.
     */
    @Test
    @Order(1)
    void signed_digests_catch_what_a_consistent_rewrite_hides() throws Exception {
        LocalDate twoDaysAgo = today.minusDays(2);
        LocalDate yesterday = today.minusDays(1);
        String day = AuditTrail.DAY.format(twoDaysAgo);
        List<Long> chain = forgeChain(day, 5, 991_000_000L, "genuine");
        assertEquals(2, platform.call(digests::makeUp), "the server was \"down\" for two days: both are signed now");
        assertEquals(0, platform.call(digests::makeUp), "and only once");
        VerificationReport signed = verify(twoDaysAgo, yesterday);
        assertTrue(signed.intact(), signed.findings().toString());
        assertEquals(2, signed.digests());

        Map<Long, Map<String, Object>> originals = new LinkedHashMap<>();
        for (long id : chain) {
            originals.put(id, row(id));
        }
        Map<String, Object> head = headRow(day, 5);
        update("DELETE FROM rl_audit_record WHERE chain_day = '" + day + "' AND partition_no = ?", 5L);
        update("DELETE FROM rl_audit_chain WHERE chain_day = '" + day + "' AND partition_no = ?", 5L);
        forgeChain(day, 5, 991_000_000L, "rewritten");
        try {
            VerificationReport rewritten = verify(twoDaysAgo, yesterday);
            assertEquals(1, rewritten.findings().size(), rewritten.findings().toString());
            ChainFinding finding = rewritten.findings().get(0);
            assertEquals(ChainFinding.Kind.CHANGED, finding.kind());
            assertEquals(day, finding.chainDay());
            assertEquals(5, finding.partition());
        } finally {
            update("DELETE FROM rl_audit_record WHERE chain_day = '" + day + "' AND partition_no = ?", 5L);
            update("DELETE FROM rl_audit_chain WHERE chain_day = '" + day + "' AND partition_no = ?", 5L);
            for (Map<String, Object> row : originals.values()) {
                insert(row);
            }
            insertInto("rl_audit_chain", head);
        }
        assertTrue(verify(twoDaysAgo, yesterday).intact());

        String yesterdayDay = AuditTrail.DAY.format(yesterday);
        forgeChain(yesterdayDay, 2, 992_000_000L, "added later");
        try {
            ChainFinding added = first(verify(twoDaysAgo, yesterday), 2);
            assertEquals(ChainFinding.Kind.INSERTED, added.kind());
            assertEquals(yesterdayDay, added.chainDay());
        } finally {
            update("DELETE FROM rl_audit_record WHERE chain_day = '" + yesterdayDay + "' AND partition_no = ?", 2L);
            update("DELETE FROM rl_audit_chain WHERE chain_day = '" + yesterdayDay + "' AND partition_no = ?", 2L);
        }

        Map<String, Object> digest = digestRow(day);
        update(
                "UPDATE rl_audit_digest SET content = REPLACE(content, 'chain 5 3', 'chain 5 2') WHERE digest_day = '"
                        + day + "' AND 1 = ?",
                1L);
        try {
            ChainFinding forged = verify(twoDaysAgo, yesterday).findings().get(0);
            assertEquals(ChainFinding.Kind.DIGEST_INVALID, forged.kind());
            assertEquals(day, forged.chainDay());
        } finally {
            update("DELETE FROM rl_audit_digest WHERE digest_day = '" + day + "' AND 1 = ?", 1L);
            insertInto("rl_audit_digest", digest);
        }

        update("DELETE FROM rl_audit_digest WHERE digest_day = '" + day + "' AND 1 = ?", 1L);
        try {
            ChainFinding missing = verify(twoDaysAgo, yesterday).findings().get(0);
            assertEquals(ChainFinding.Kind.DIGEST_MISSING, missing.kind());
            assertEquals(day, missing.chainDay());
        } finally {
            insertInto("rl_audit_digest", digest);
        }
        assertTrue(verify(twoDaysAgo, yesterday).intact());
    }

    /** After the digest test: a day past the three years is moved to a signed file that still verifies. */
    @Test
    @Order(2)
    void a_day_past_retention_is_archived_to_a_signed_file_that_still_verifies() throws Exception {
        LocalDate old = today.minusYears(3).minusDays(10);
        String day = AuditTrail.DAY.format(old);
        forgeChain(day, 1, 993_000_000L, "old");
        platform.call(() -> digests.digest(old));
        assertTrue(platform.call(retention::archiveDue) >= 1);
        assertEquals(0, count("SELECT COUNT(*) FROM rl_audit_record WHERE chain_day = '" + day + "'"));
        assertEquals(3, count("SELECT records FROM rl_audit_archive WHERE archive_day = '" + day + "'"));
        Path file = AuditArchive.fileOf(Path.of(System.getProperty("jboss.server.data.dir"), "audit-archive"), day);
        AuditSigner signer = platform.call(digests::signer);
        assertEquals(List.of(), AuditArchive.verify(file, signer));
        VerificationReport report = verify(old, old);
        assertTrue(report.intact(), report.findings().toString());
        assertEquals(1, report.digests());

        Path forged = file.resolveSibling("forged-" + file.getFileName());
        Files.writeString(forged, Files.readString(file).replace("old-2", "new-2"));
        Files.copy(
                file.resolveSibling(file.getFileName() + ".p7s"), forged.resolveSibling(forged.getFileName() + ".p7s"));
        List<ChainFinding> findings = AuditArchive.verify(forged, signer);
        assertEquals(ChainFinding.Kind.DIGEST_INVALID, findings.get(0).kind(), findings.toString());
        assertTrue(
                findings.stream().anyMatch(f -> f.kind() == ChainFinding.Kind.CHANGED && f.seq() == 2),
                findings.toString());
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private VerificationReport verify(LocalDate from, LocalDate to) throws Exception {
        return auditor.call(() -> verification.verify(from, to));
    }

    private List<AuditRecord> threeRecords() throws Exception {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AuditEntry entry = AuditEntry.system("TAMPER_TEST", "subject-" + i);
            records.add(platform.call(() -> audit.record(entry)));
        }
        return records;
    }

    /**
     * Writes a three-record chain for a day straight into the tables, hashes and head included,
     * as someone who knows the hashing would; returns the records' ids.
     */
    private List<Long> forgeChain(String day, int partition, long firstId, String subject) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String previous = AuditHash.genesis(day, partition);
        LocalDate date = LocalDate.parse(day, AuditTrail.DAY);
        for (int seq = 1; seq <= 3; seq++) {
            AuditRecord record =
                    new AuditRecord(AuditEntry.system("FORGED_TEST", subject + "-" + seq), date.atTime(10, 0, seq));
            record.chain(day, partition, seq, previous);
            record.seal(AuditHash.of(previous, record));
            previous = record.getRecordHash();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", firstId + seq);
            row.put("CHAIN_DAY", day);
            row.put("PARTITION_NO", partition);
            row.put("SEQ_NO", (long) seq);
            row.put("OCCURRED_AT", Timestamp.valueOf(record.getOccurredAt()));
            row.put("CHANNEL", record.getChannel().name());
            row.put("ACTION", record.getAction());
            row.put("SUBJECT_IDS", record.getSubjectIds());
            row.put("OUTCOME", record.getOutcome().name());
            row.put("PREV_HASH", record.getPrevHash());
            row.put("RECORD_HASH", record.getRecordHash());
            insert(row);
            ids.add(firstId + seq);
        }
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("CHAIN_DAY", day);
        head.put("PARTITION_NO", partition);
        head.put("LAST_SEQ", 3L);
        head.put("LAST_HASH", previous);
        insertInto("rl_audit_chain", head);
        return ids;
    }

    private static ChainFinding first(VerificationReport report, int partition) {
        return report.findings().stream()
                .filter(f -> f.partition() == partition)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no finding in partition " + partition + ": " + report.findings()));
    }

    private Map<String, Object> row(long id) throws SQLException {
        return select("SELECT * FROM rl_audit_record WHERE id = " + id);
    }

    private Map<String, Object> headRow(String day, int partition) throws SQLException {
        return select("SELECT * FROM rl_audit_chain WHERE chain_day = '" + day + "' AND partition_no = " + partition);
    }

    private Map<String, Object> digestRow(String day) throws SQLException {
        Map<String, Object> row = select("SELECT * FROM rl_audit_digest WHERE digest_day = '" + day + "'");
        row.replaceAll((column, value) -> value instanceof java.sql.Clob clob ? text(clob) : value);
        return row;
    }

    private static String text(java.sql.Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> select(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), sql);
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.put(meta.getColumnName(i).toUpperCase(), value instanceof java.sql.Clob clob ? text(clob) : value);
            }
            return row;
        }
    }

    private void insert(Map<String, Object> row) throws SQLException {
        insertInto("rl_audit_record", row);
    }

    private void insertInto(String table, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                s.setObject(i++, value);
            }
            s.executeUpdate();
        }
    }

    private void update(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            s.executeUpdate();
        }
    }
}
