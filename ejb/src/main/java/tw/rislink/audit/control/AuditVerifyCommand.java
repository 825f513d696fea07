package tw.rislink.audit.control;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;

/**
 * The verification command (bin/audit-verify.sh): checks the audit trail's chains and signed
 * digests over a range of days straight from the database, without the application, with the
 * audit signing certificate only. Prints what it found, first finding first; exits 0 when the
 * trail is intact, 1 when it is not, 2 when it could not check.
 *
 * <pre>
 * audit-verify --url jdbc:oracle:thin:@//db:1521/RISLINK --user rislink --certificate audit.pem
 *              --from 1151101 --to 1151122
 * </pre>
 *
 * The database password comes from the environment variable {@code RISLINK_DB_PASSWORD}, never
 * from the command line.
 */
public final class AuditVerifyCommand {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private AuditVerifyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv("RISLINK_DB_PASSWORD"), System.out));
    }

    /** @return the exit code */
    public static int run(String[] args, String password, PrintStream out) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (options.containsKey("--archive") && options.containsKey("--certificate")) {
            Path file = Path.of(options.get("--archive"));
            List<ChainFinding> findings = AuditArchive.verify(
                    file, AuditSigner.verifier(AuditSigner.certificate(Path.of(options.get("--certificate")))));
            if (findings.isEmpty()) {
                out.println(file.getFileName() + ": INTACT: the file, its digest and every chain verify");
                return 0;
            }
            out.println(file.getFileName() + ": NOT INTACT");
            findings.forEach(f -> out.println(line(f)));
            return 1;
        }
        for (String required : List.of("--url", "--certificate", "--from", "--to")) {
            if (!options.containsKey(required)) {
                out.println("usage: audit-verify --url <jdbc url> [--user <user>] --certificate <audit.pem>"
                        + " --from <yyyMMdd> --to <yyyMMdd>   (password in RISLINK_DB_PASSWORD)\n"
                        + "       audit-verify --archive <audit-yyyyMMdd.jsonl> --certificate <audit.pem>");
                return 2;
            }
        }
        try {
            LocalDate from = RocDate.parseCompact(options.get("--from"));
            LocalDate to = RocDate.parseCompact(options.get("--to"));
            AuditSigner signer = AuditSigner.verifier(AuditSigner.certificate(Path.of(options.get("--certificate"))));
            VerificationReport report;
            try (Connection connection =
                    DriverManager.getConnection(options.get("--url"), options.getOrDefault("--user", "sa"), password)) {
                report = verify(connection, from, to, signer);
            }
            out.printf(
                    "%s-%s: %d records in %d chains, %d signed daily digests%n",
                    RocDate.format(from), RocDate.format(to), report.records(), report.chains(), report.digests());
            if (report.intact()) {
                out.println("INTACT: nothing changed, removed or inserted");
                return 0;
            }
            out.println("NOT INTACT: " + report.findings().size() + " finding(s), the first is where it begins");
            report.findings().forEach(f -> out.println(line(f)));
            return 1;
        } catch (SQLException | RuntimeException e) {
            out.println("Could not verify: " + e.getMessage());
            return 2;
        }
    }

    private static String line(ChainFinding f) {
        return String.format(
                "%s chain %s/%d no. %d%s: %s",
                f.kind(),
                f.chainDay(),
                f.partition(),
                f.seq(),
                f.recordId() == null ? "" : " (record id " + f.recordId() + ")",
                f.detail());
    }

    /** Reads the range from the database and verifies it. */
    public static VerificationReport verify(Connection connection, LocalDate from, LocalDate to, AuditSigner signer)
            throws SQLException {
        String first = DAY.format(from);
        String last = DAY.format(to);
        List<AuditRecord> records = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, chain_day, partition_no, seq_no,"
                + " occurred_at, user_name, agency_code, address, channel, action, transaction_code, subject_ids,"
                + " case_number, reason, business_item, data_items, outcome, prev_hash, record_hash"
                + " FROM rl_audit_record WHERE chain_day >= ? AND chain_day <= ?"
                + " ORDER BY chain_day, partition_no, seq_no, id")) {
            query.setString(1, first);
            query.setString(2, last);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = new AuditEntry(
                            rs.getString("user_name"),
                            rs.getString("agency_code"),
                            rs.getString("address"),
                            AuditChannel.valueOf(rs.getString("channel")),
                            rs.getString("action"),
                            rs.getString("transaction_code"),
                            rs.getString("subject_ids"),
                            rs.getString("case_number"),
                            rs.getString("reason"),
                            rs.getString("business_item"),
                            rs.getString("data_items"),
                            AuditOutcome.valueOf(rs.getString("outcome")));
                    records.add(AuditRecord.stored(
                            rs.getLong("id"),
                            rs.getString("chain_day"),
                            rs.getInt("partition_no"),
                            rs.getLong("seq_no"),
                            rs.getTimestamp("occurred_at").toLocalDateTime(),
                            entry,
                            rs.getString("prev_hash"),
                            rs.getString("record_hash")));
                }
            }
        }
        List<AuditChainHead> heads = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT chain_day, partition_no, last_seq, last_hash"
                + " FROM rl_audit_chain WHERE chain_day >= ? AND chain_day <= ?")) {
            query.setString(1, first);
            query.setString(2, last);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    heads.add(AuditChainHead.stored(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        Map<String, AuditDigest> digests = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT digest_day, created_at, content, digest_hash,"
                        + " signature FROM rl_audit_digest WHERE (digest_day >= ? AND digest_day <= ?)"
                        + " OR digest_day = (SELECT MIN(digest_day) FROM rl_audit_digest)"
                        + " OR digest_day = (SELECT MAX(digest_day) FROM rl_audit_digest)")) {
            query.setString(1, DAY.format(from.minusDays(1)));
            query.setString(2, last);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    digests.put(
                            rs.getString(1),
                            new AuditDigest(
                                    rs.getString(1),
                                    rs.getTimestamp(2).toLocalDateTime(),
                                    text(rs.getClob(3)),
                                    rs.getString(4),
                                    text(rs.getClob(5))));
                }
            }
        }
        Set<String> archived = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT archive_day FROM rl_audit_archive WHERE archive_day >= ? AND archive_day <= ?")) {
            query.setString(1, first);
            query.setString(2, last);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    archived.add(rs.getString(1));
                }
            }
        }
        LocalDate today = TaiwanTime.now().toLocalDate();
        return TrailVerifier.verify(from, to, today, records, heads, digests, archived, signer);
    }

    private static String text(Clob clob) throws SQLException {
        return clob.getSubString(1, (int) clob.length());
    }
}
