package tw.rislink.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is told apart from a database that refused the statement. */
class OutageTest {

    @Test
    void the_pool_unable_to_get_a_connection_wrapped_by_eclipselink_and_the_container_is_an_outage() {
        SQLException h2 = new SQLNonTransientConnectionException(
                "Connection is broken: \"java.net.ConnectException: Connection refused\" [90067-224]", "90067", 90067);
        ResourceException create = new ResourceException("IJ031084: Unable to create connection", h2);
        ResourceException pool = new ResourceException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/RislinkDS", create);
        SQLException wrapper = new SQLException(pool.getMessage(), pool);
        DatabaseException eclipseLink = DatabaseException.sqlException(wrapper);
        assertTrue(Outage.isDatabase(
                new EJBTransactionRolledbackException("rolled back", new PersistenceException(eclipseLink))));
        assertTrue(Outage.isDatabase(new EJBException(new ResourceException(
                "IJ000655: No managed connections available within configured blocking timeout (1000 [ms])"))));
    }

    @Test
    void sql_state_class_08_and_the_connection_exception_classes_are_an_outage() {
        assertTrue(Outage.isDatabase(new SQLException("connection failure", "08006")));
        assertTrue(Outage.isDatabase(new SQLException("unable to connect", "08001")));
        assertTrue(Outage.isDatabase(new RuntimeException(new SQLTransientConnectionException("timeout"))));
        assertTrue(Outage.isDatabase(new SQLNonTransientConnectionException("closed")));
        SQLException chained = new SQLException("batch failed", "HY000");
        chained.setNextException(new SQLException("socket closed", "08S01"));
        assertTrue(Outage.isDatabase(chained), "a chained SQL exception counts");
    }

    @Test
    void oracle_says_it_with_a_recoverable_exception_or_its_connection_codes() {
        assertTrue(Outage.isDatabase(new SQLRecoverableException(
                "IO Error: The Network Adapter could not establish the connection", null, 17002)));
        assertTrue(Outage.isDatabase(new SQLException("ORA-03113: end-of-file on communication channel", "", 3113)));
        assertTrue(Outage.isDatabase(new SQLException("ORA-01034: ORACLE not available", "", 1034)));
        assertFalse(Outage.isDatabase(new SQLException("Some other database's error", "HY000", 1034)));
    }

    @Test
    void a_database_that_answered_with_a_refusal_is_no_outage() {
        assertFalse(Outage.isDatabase(DatabaseException.sqlException(
                new SQLIntegrityConstraintViolationException("ORA-00001: unique constraint violated", "23000", 1))));
        assertFalse(Outage.isDatabase(new PersistenceException(
                new SQLSyntaxErrorException("Syntax error in SQL statement [42000-224]", "42000", 42000))));
        assertFalse(Outage.isDatabase(new ResourceException("IJ000460: Error checking for a transaction")));
        assertFalse(Outage.isDatabase(new IllegalStateException("no database here")));
        assertFalse(Outage.isDatabase(null));
    }

    @Test
    void a_cause_chain_with_a_cycle_ends() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Outage.isDatabase(a));
    }

    @Test
    void h2_as_it_fails_when_its_tcp_server_is_gone_and_when_it_refuses_a_statement() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:outage;MODE=Oracle";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (id NUMBER PRIMARY KEY)");
            statement.execute("INSERT INTO t VALUES (1)");
            SQLException duplicate =
                    assertThrows(SQLException.class, () -> statement.execute("INSERT INTO t VALUES (1)"));
            assertFalse(Outage.isDatabase(duplicate), duplicate.toString());
            SQLException badSql = assertThrows(SQLException.class, () -> statement.execute("SELEC 1"));
            assertFalse(Outage.isDatabase(badSql), badSql.toString());

            server.stop();
            SQLException broken = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT 1 FROM DUAL"));
            assertTrue(Outage.isDatabase(new PersistenceException(broken)), broken.toString());
        } finally {
            server.stop();
        }
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        SQLException refused = assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection("jdbc:h2:tcp://localhost:" + closedPort + "/mem:none", "sa", ""));
        assertTrue(Outage.isDatabase(refused), refused.toString());
    }
}
