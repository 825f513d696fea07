package tw.rislink.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastSessionTest {

    @Test
    void a_lost_connection_is_neither_pinged_nor_retried() {
        DatabaseLogin login = new DatabaseLogin();
        DatabaseSession session = new Project(login).createDatabaseSession();
        new FailFastSession().customize(session);
        assertEquals(0, login.getQueryRetryAttemptCount());
        assertEquals(0, login.getDelayBetweenConnectionAttempts());
        assertFalse(login.isConnectionHealthValidatedOnError());
    }
}
