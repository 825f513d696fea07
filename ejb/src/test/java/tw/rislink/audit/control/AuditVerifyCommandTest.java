package tw.rislink.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.control.DatabaseDialect;
import tw.rislink.platform.control.SqlScript;

/** The verification command against a database written the way the audit trail writes it. */
class AuditVerifyCommandTest {

    private static final String URL = "jdbc:h2:mem:verify;MODE=Oracle;DB_CLOSE_DELAY=-1";

    @TempDir
    Path folder;

    private Connection connection;
    private Path certificate;
    private final LocalDate yesterday = TaiwanTime.now().toLocalDate().minusDays(1);

    @BeforeEach
    void trail() throws Exception {
        connection = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        SqlScript.createSchema(connection, DatabaseDialect.H2);
        AuditSigner signer = AuditSigner.load(folder.resolve("audit.p12"), "test".toCharArray(), "audit", true);
        certificate = folder.resolve("audit.cer");
        Files.write(certificate, signer.certificate().getEncoded());
        String chainDay = yesterday.toString().replace("-", "");
        String previous = AuditHash.genesis(chainDay, 0);
        for (int seq = 1; seq <= 3; seq++) {
            AuditRecord record =
                    new AuditRecord(AuditEntry.system("TEST", "subject-" + seq), yesterday.atTime(9, 0, seq));
            record.chain(chainDay, 0, seq, previous);
            record.seal(AuditHash.of(previous, record));
            previous = record.getRecordHash();
            insert(100 + seq, record);
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO rl_audit_chain (chain_day, partition_no, last_seq, last_hash) VALUES (?, 0, 3, ?)")) {
            head.setString(1, chainDay);
            head.setString(2, previous);
            head.executeUpdate();
        }
        TreeMap<Integer, DigestContent.ChainEnd> ends = new TreeMap<>();
        ends.put(0, new DigestContent.ChainEnd(3, previous));
        String content = DigestContent.of(chainDay, DigestContent.GENESIS, ends);
        try (PreparedStatement digest = connection.prepareStatement("INSERT INTO rl_audit_digest (digest_day,"
                + " created_at, content, digest_hash, signature) VALUES (?, ?, ?, ?, ?)")) {
            digest.setString(1, chainDay);
            digest.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
            digest.setString(3, content);
            digest.setString(4, DigestContent.hash(content));
            digest.setString(5, signer.sign(DigestContent.bytes(content)));
            digest.executeUpdate();
        }
    }

    @Test
    void an_intact_trail_exits_0() {
        Result result = run();
        assertEquals(0, result.code(), result.output());
        assertTrue(result.output().contains("3 records in 1 chains, 1 signed daily digests"), result.output());
        assertTrue(result.output().contains("INTACT"), result.output());
    }

    @Test
    void a_changed_record_exits_1_and_is_named() throws Exception {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE rl_audit_record SET subject_ids = 'forged' WHERE id = 102");
        }
        Result result = run();
        assertEquals(1, result.code(), result.output());
        assertTrue(
                result.output()
                        .contains(
                                "CHANGED chain " + yesterday.toString().replace("-", "") + "/0 no. 2 (record id 102)"),
                result.output());
    }

    @Test
    void a_wrong_certificate_or_missing_option_exits_2_or_reports_the_digest() throws Exception {
        Path other = folder.resolve("other");
        Files.createDirectories(other);
        AuditSigner stranger = AuditSigner.load(other.resolve("x.p12"), "x".toCharArray(), "audit", true);
        Files.write(certificate, stranger.certificate().getEncoded());
        Result result = run();
        assertEquals(1, result.code(), result.output());
        assertTrue(result.output().contains("DIGEST_INVALID"), result.output());
        assertEquals(2, run("--url", URL).code());
    }

    @Test
    void an_archive_file_verifies_offline_and_a_changed_one_does_not() throws Exception {
        String day = yesterday.toString().replace("-", "");
        AuditSigner signer = AuditSigner.load(folder.resolve("audit.p12"), "test".toCharArray(), "audit", false);
        AuditDigest digest;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT content, digest_hash, signature FROM rl_audit_digest")) {
            rs.next();
            digest = new AuditDigest(day, LocalDateTime.now(), rs.getString(1), rs.getString(2), rs.getString(3));
        }
        List<AuditRecord> records = new ArrayList<>();
        try (Statement s = connection.createStatement();
                java.sql.ResultSet rs =
                        s.executeQuery("SELECT id, seq_no, occurred_at, subject_ids, prev_hash, record_hash"
                                + " FROM rl_audit_record ORDER BY seq_no")) {
            while (rs.next()) {
                records.add(AuditRecord.stored(
                        rs.getLong(1),
                        day,
                        0,
                        rs.getLong(2),
                        rs.getTimestamp(3).toLocalDateTime(),
                        AuditEntry.system("TEST", rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)));
            }
        }
        Path file = AuditArchive.write(folder.resolve("archive"), digest, records, signer);
        Result intact = run("--archive", file.toString(), "--certificate", certificate.toString());
        assertEquals(0, intact.code(), intact.output());
        Files.writeString(file, Files.readString(file).replace("subject-2", "subject-X"));
        Result changed = run("--archive", file.toString(), "--certificate", certificate.toString());
        assertEquals(1, changed.code(), changed.output());
        assertTrue(changed.output().contains("CHANGED chain " + day + "/0 no. 2 (record id 102)"), changed.output());
    }

    private Result run() {
        String day = RocDate.formatCompact(yesterday);
        return run("--url", URL, "--certificate", certificate.toString(), "--from", day, "--to", day);
    }

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AuditVerifyCommand.run(args, "", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {}

    private void insert(long id, AuditRecord r) throws Exception {
        try (PreparedStatement s =
                connection.prepareStatement("INSERT INTO rl_audit_record (id, chain_day, partition_no,"
                        + " seq_no, occurred_at, channel, action, subject_ids, outcome, prev_hash, record_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, r.getChainDay());
            s.setInt(3, r.getPartition());
            s.setLong(4, r.getSeq());
            s.setTimestamp(5, Timestamp.valueOf(r.getOccurredAt()));
            s.setString(6, r.getChannel().name());
            s.setString(7, r.getAction());
            s.setString(8, r.getSubjectIds());
            s.setString(9, r.getOutcome().name());
            s.setString(10, r.getPrevHash());
            s.setString(11, r.getRecordHash());
            s.executeUpdate();
        }
    }
}
