package tw.rislink.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tw.rislink.platform.entity.InvalidInputException;

class QueryPurposeTest {

    @Test
    void a_case_number_or_a_reason_and_the_business_item_are_required() {
        assertEquals(
                "invalid.egate.noCase",
                assertThrows(InvalidInputException.class, () -> new QueryPurpose(" ", null, "社會救助"))
                        .key());
        assertEquals(
                "invalid.egate.businessItem",
                assertThrows(InvalidInputException.class, () -> new QueryPurpose("A-1", null, " "))
                        .key());
        QueryPurpose byReason = new QueryPurpose(null, " 查核低收入戶資格 ", "社會救助");
        assertNull(byReason.caseNumber());
        assertEquals("查核低收入戶資格", byReason.reason());
        assertEquals("A-1", new QueryPurpose(" A-1 ", "", "社會救助").caseNumber());
    }

    @Test
    void texts_longer_than_their_columns_are_refused() {
        assertEquals(
                "invalid.egate.caseNumber",
                assertThrows(InvalidInputException.class, () -> new QueryPurpose("1".repeat(61), null, "x"))
                        .key());
        assertEquals(
                "invalid.egate.reason",
                assertThrows(InvalidInputException.class, () -> new QueryPurpose(null, "理".repeat(201), "x"))
                        .key());
        assertEquals(
                "invalid.egate.businessItem",
                assertThrows(InvalidInputException.class, () -> new QueryPurpose("A-1", null, "業".repeat(61)))
                        .key());
    }

    @Test
    void the_audit_reason_names_the_code_the_item_and_the_reason() {
        assertEquals(
                "code=ABCD-EFGH-JKMN-PQRS item=社會救助 reason=查核",
                new QueryPurpose("A-1", "查核", "社會救助").describe("ABCD-EFGH-JKMN-PQRS"));
    }
}
