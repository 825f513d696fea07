package tw.rislink.platform.control;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a database that cannot be reached from a call that the database refused. Every channel
 * answers the first "provider system unavailable, resend later" (nothing was done; the caller may
 * send the same call again) and the second as its own refusal or a server error.
 */
public final class Outage {

    /**
     * H2's error codes for a database it cannot reach or that went away: 90067 connection broken
     * (the TCP server is gone), 90098 database closed, 90121 database called at shutdown, 90020
     * database in use by another process (the file is locked), 90028 I/O error on the file or the
     * socket, 90013 database not found on a server that refuses to create it. H2 2.x gives most of
     * them SQL state 08xxx classes already; the codes cover older client code paths.
     */
    private static final Set<Integer> H2_CODES = Set.of(90067, 90098, 90121, 90020, 90028, 90013);

    /**
     * Oracle's codes for an instance or listener that is not there: ORA-01033/01034/01089 (instance
     * starting, not available, shutting down), ORA-03113/03114/03135 (connection lost), ORA-12514,
     * 12528, 12537, 12541 (listener), ORA-17002 (I/O error), ORA-17008 (connection closed),
     * ORA-17410 (no more data from the socket). The Oracle driver also gives them SQL state class 08
     * or {@link SQLRecoverableException}; the codes cover wrapped and older paths.
     */
    private static final Set<Integer> ORACLE_CODES =
            Set.of(1033, 1034, 1089, 3113, 3114, 3135, 12514, 12528, 12537, 12541, 17002, 17008, 17410);

    /**
     * IronJacamar's pool could not give a connection: IJ000453 "Unable to get managed connection",
     * IJ000655 "No managed connections available within configured blocking timeout", IJ031084
     * "Unable to create connection".
     */
    private static final Set<String> POOL_MESSAGES = Set.of(
            "IJ000453", "IJ000655", "IJ031084", "UNABLE TO GET MANAGED CONNECTION", "NO MANAGED CONNECTIONS AVAILABLE");

    private Outage() {}

    /**
     * Whether the failure, or any of its causes (including the chained SQL exceptions of an
     * {@link SQLException}), is the database not being reachable: SQL state class 08 (connection
     * exception), a transient or non-transient connection exception, a recoverable SQL exception
     * (Oracle's lost connection), the connection pool unable to give a connection, or the connection
     * codes of H2 and Oracle. A constraint violation, bad SQL or any other refusal of a database that
     * answered is not an outage, nor is a failure that has no database cause at all.
     */
    public static boolean isDatabase(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return walk(failure, seen);
    }

    private static boolean walk(Throwable failure, Map<Throwable, Boolean> seen) {
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (unreachable(sql)) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && walk(next, seen)) {
                    return true;
                }
            } else if (t instanceof ResourceException resource && fromPool(resource)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (walk(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException) {
            return true;
        }
        String state = sql.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        return H2_CODES.contains(sql.getErrorCode())
                        && (state == null || state.equals(String.valueOf(sql.getErrorCode())))
                || ORACLE_CODES.contains(sql.getErrorCode()) && oracleMessage(sql)
                || sql.getSQLState() == null && fromPoolMessage(sql.getMessage());
    }

    /** Oracle's error codes overlap other databases' numbers; its messages name them. */
    private static boolean oracleMessage(SQLException sql) {
        String message = sql.getMessage();
        return message != null
                && (message.contains(String.format(Locale.ROOT, "ORA-%05d", sql.getErrorCode()))
                        || message.contains("IO Error")
                        || message.contains("Closed Connection"));
    }

    private static boolean fromPool(ResourceException resource) {
        return fromPoolMessage(resource.getMessage())
                || resource.getErrorCode() != null && fromPoolMessage(resource.getErrorCode());
    }

    private static boolean fromPoolMessage(String message) {
        if (message == null) {
            return false;
        }
        String upper = message.toUpperCase(Locale.ROOT);
        return POOL_MESSAGES.stream().anyMatch(upper::contains);
    }
}
