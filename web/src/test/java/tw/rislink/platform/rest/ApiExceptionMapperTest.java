package tw.rislink.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
