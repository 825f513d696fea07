package tw.rislink.platform.control;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a violation of one named unique constraint from any other failure of a write. Two
 * transactions that both checked a value free may both insert it; the constraint refuses the
 * second, and this lets the service say that as the same reason its check gives.
 */
public final class UniqueConstraint {

    private UniqueConstraint() {}

    /**
     * Whether the failure, or one of its causes, is the database refusing a row because of the
     * constraint: an SQL integrity violation (SQL state class 23: H2's 23505, Oracle's ORA-00001
     * as 23000) whose message names it, as both databases' messages do.
     */
    public static boolean violated(Throwable failure, String constraint) {
        String name = constraint.toUpperCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null
                    && sql.getMessage().toUpperCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
