package tw.rislink.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.RdEnvelope;

class ApiExceptionMapperTest {

    @Test
    void a_server_failure_is_answered_with_a_reference_and_without_its_cause() {
        ApiRefusal answer = new ApiExceptionMapper().refusal(new IllegalStateException("ORA-00942 at rl_secret_table"));
        assertEquals(500, answer.httpStatus());
        assertEquals(RdEnvelope.TRANSMISSION_ERROR, answer.rdCode());
        assertTrue(answer.getMessage().contains("reference "), answer.getMessage());
        assertFalse(answer.getMessage().contains("ORA-00942"), "the cause stays in the server's log");
    }

    @Test
    void a_refusal_is_answered_as_it_is() {
        ApiRefusal refusal = ApiRefusal.invalidQuery("conditionMap.personId is missing");
        assertEquals(refusal, new ApiExceptionMapper().refusal(refusal));
    }

    @Test
    void a_database_that_cannot_be_reached_is_answered_unavailable_resend_later() {
        SQLException pool = new SQLException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/RislinkDS",
                new ResourceException(
                        "IJ000453: Unable to get managed connection for java:jboss/datasources/RislinkDS"));
        ApiRefusal answer = new ApiExceptionMapper().refusal(new EJBException(new PersistenceException(pool)));
        assertEquals(503, answer.httpStatus());
        assertEquals(RdEnvelope.UNAVAILABLE, answer.rdCode());

        ApiRefusal constraint = new ApiExceptionMapper()
                .refusal(new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505")));
        assertEquals(500, constraint.httpStatus(), "a database that answered with a refusal is a server error");
    }

    @Test
    void an_unavailable_answer_is_not_audited_and_a_record_that_fails_does_not_replace_the_answer() {
        AtomicBoolean tried = new AtomicBoolean();
        ApiExceptionMapper.audit(ApiRefusal.unavailable(), () -> tried.set(true));
        assertFalse(tried.get(), "the database is down: the record is not tried");

        ApiExceptionMapper.audit(ApiRefusal.invalidQuery("bad"), () -> {
            tried.set(true);
            throw new EJBException("audit failed");
        });
        assertTrue(tried.get());
    }

    @Test
    void the_log_names_the_causes_types_and_states_not_their_messages() {
        String causes = ApiExceptionMapper.causes(
                new EJBException(new SQLException("jdbc:oracle:thin:scott/tiger@db", "08006", 17002)));
        assertTrue(causes.contains("java.sql.SQLException [08006/17002]"), causes);
        assertFalse(causes.contains("tiger"), causes);
    }
}
