package tw.rislink.audit.control;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.platform.control.DatabaseDialect;

/**
 * Reads a range of the audit trail with JDBC and verifies it with {@link TrailVerifier}: the
 * chain heads, then the records streamed through a forward-only result set, then the heads
 * again, then the digests. The auditor screen (on the server's data source) and the
 * verification command (on its own connection) both read here. JDBC rather than JPA because
 * EclipseLink's {@code getResultStream} reads the whole list first and every entity read stays
 * in the persistence context: a day would be held in memory twice over.
 */
public final class TrailReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Rows per round trip: a day is read in pieces, not at once (Oracle's default is 10). */
    static final int FETCH_SIZE = 500;

    private TrailReader() {}

    /** Reads the range from the database in one consistent view and verifies it. */
    public static VerificationReport verify(
            Connection connection, LocalDate from, LocalDate to, LocalDate today, AuditSigner signer)
            throws SQLException {
        String first = DAY.format(from);
        String last = DAY.format(to);
        boolean h2 = DatabaseDialect.of(connection.getMetaData().getDatabaseProductName()) == DatabaseDialect.H2;
        if (h2) {
            lazy(connection, true);
        }
        try {
            TrailVerifier trail = new TrailVerifier(from, to, heads(connection, first, last));
            records(connection, first, last, trail);
            List<AuditChainHead> after = heads(connection, first, last);
            return trail.finish(after, today, digests(connection, from, to), archived(connection, first, last), signer);
        } finally {
            if (h2) {
                lazy(connection, false);
            }
        }
    }

    /**
     * H2 (2.2, OPTIMIZE_REUSE_RESULTS) hands a query it ran before in the session its last result
     * again while the tables it reads show no change since; racing a commit, that result can miss
     * the commit. Three writers appending while a reader took heads, records, heads on one
     * connection: in 3 to 7 % of rounds records lay past the second reading or short of the
     * first, in none with lazy execution or with result reuse off. A lazy query is never handed
     * an old result (and H2 then reads rows as the result set moves instead of all at once). Set
     * back to H2's default afterwards, for the pooled connection's next user.
     */
    private static void lazy(Connection connection, boolean lazy) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
    }

    static List<AuditChainHead> heads(Connection connection, String first, String last) throws SQLException {
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
        return heads;
    }

    private static void records(Connection connection, String first, String last, TrailVerifier trail)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, chain_day, partition_no, seq_no,"
                        + " occurred_at, user_name, agency_code, address, channel, action, transaction_code, subject_ids,"
                        + " case_number, reason, business_item, data_items, outcome, prev_hash, record_hash"
                        + " FROM rl_audit_record WHERE chain_day >= ? AND chain_day <= ?"
                        + " ORDER BY chain_day, partition_no, seq_no, id",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
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
                    trail.add(AuditRecord.stored(
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
    }

    private static Map<String, AuditDigest> digests(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, AuditDigest> digests = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT digest_day, created_at, content, digest_hash,"
                        + " signature FROM rl_audit_digest WHERE (digest_day >= ? AND digest_day <= ?)"
                        + " OR digest_day = (SELECT MIN(digest_day) FROM rl_audit_digest)"
                        + " OR digest_day = (SELECT MAX(digest_day) FROM rl_audit_digest)")) {
            query.setString(1, DAY.format(from.minusDays(1)));
            query.setString(2, DAY.format(to));
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
        return digests;
    }

    private static Set<String> archived(Connection connection, String first, String last) throws SQLException {
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
        return archived;
    }

    private static String text(Clob clob) throws SQLException {
        return clob.getSubString(1, (int) clob.length());
    }
}
