package tw.rislink.audit.control;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Reads the range from the database in one consistent view and verifies it. */
    public static VerificationReport verify(Connection connection, LocalDate from, LocalDate to, AuditSigner signer)
            throws SQLException {
        return TrailReader.verify(connection, from, to, TaiwanTime.now().toLocalDate(), signer);
    }
}
