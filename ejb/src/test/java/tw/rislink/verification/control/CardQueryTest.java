package tw.rislink.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.RdEnvelope;

class CardQueryTest {

    private final LocalDate today = LocalDate.of(2026, 12, 1);

    @Test
    void a_well_formed_query_is_read() {
        CardQuery query = CardQuery.parse(query().build(), today);
        assertEquals("A123456789", query.personId());
        assertEquals(LocalDate.of(2020, 11, 22), query.appliedOn());
        assertEquals("63000", query.site());
    }

    @Test
    void a_wrong_check_digit_is_an_invalid_query_that_says_which_digit() {
        ApiRefusal refusal = assertThrows(
                ApiRefusal.class,
                () -> CardQuery.parse(query().add("personId", "A123456788").build(), today));
        assertEquals(RdEnvelope.INVALID_QUERY, refusal.rdCode());
        assertTrue(refusal.getMessage().contains("check digit should be 9, not 8"), refusal.getMessage());
    }

    @Test
    void an_issue_date_after_today_is_an_invalid_query() {
        ApiRefusal refusal = assertThrows(
                ApiRefusal.class,
                () -> CardQuery.parse(query().add("applyYyymmdd", "1151202").build(), today));
        assertEquals(RdEnvelope.INVALID_QUERY, refusal.rdCode());
        assertTrue(refusal.getMessage().contains("\"1151202\" is in the future"), refusal.getMessage());
        CardQuery.parse(query().add("applyYyymmdd", "1151201").build(), today);
    }

    @Test
    void refusals_name_the_value_sent() {
        assertTrue(assertThrows(
                        ApiRefusal.class,
                        () -> CardQuery.parse(
                                query().add("issueSiteId", "99999").build(), today))
                .getMessage()
                .contains("\"99999\""));
        assertTrue(assertThrows(
                        ApiRefusal.class,
                        () -> CardQuery.parse(query().add("applyCode", 1).build(), today))
                .getMessage()
                .contains("is 1: it should be a string"));
        assertTrue(assertThrows(
                        ApiRefusal.class,
                        () -> CardQuery.parse(
                                query().add("applyYyymmdd", "1151331").build(), today))
                .getMessage()
                .contains("\"1151331\" is not a date"));
        String huge = "B" + "9".repeat(5000);
        assertTrue(assertThrows(
                                ApiRefusal.class,
                                () -> CardQuery.parse(
                                        query().add("personId", huge).build(), today))
                        .getMessage()
                        .length()
                < 200);
    }

    private static JsonObjectBuilder query() {
        return Json.createObjectBuilder()
                .add("personId", "A123456789")
                .add("applyCode", "1")
                .add("applyYyymmdd", "1091122")
                .add("issueSiteId", "63000");
    }
}
