package tw.rislink.platform.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a call fail at once when the database cannot be reached, so that every channel answers
 * "provider system unavailable, resend later" within a second. EclipseLink would otherwise retry
 * a query or transaction begun on a lost connection three times, 5 s apart, after pinging the
 * connection to find out whether it was lost (a DatabaseOutageIT call took 15 s); the connection
 * pool already validates every connection it hands out, so a retry here only delays the answer,
 * and the caller resends.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            login.setConnectionHealthValidatedOnError(false);
        }
    }
}
