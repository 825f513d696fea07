package tw.rislink.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.query.control.Answer.Items;
import tw.rislink.query.control.Answer.Row;

class StoredAnswerTest {

    private static Answer household() {
        Items items = new Items(Set.of("PERSON_NAME", "ADDRESS"));
        Row household =
                new Row("household").key("householdNumber", "F1234567").add(items, "ADDRESS", "address", "臺北市信義區市府路1號");
        household.child(new Row("person").key("personId", "A123456789").add(items, "PERSON_NAME", "name", "王𠀋明"));
        household.child(new Row("person").key("personId", "B123456780").add(items, "PERSON_NAME", "name", "李小華"));
        return new Answer(Transaction.RQ01, List.of(household), items.returned());
    }

    @Test
    void an_answer_reads_back_the_same_rows_items_and_fields_with_their_data_items() {
        Answer answer = household();
        Answer read = StoredAnswer.parse(StoredAnswer.json(answer));
        assertEquals(answer, read);
        assertNull(read.rows().get(0).fields().get(0).item(), "a key field has no data item");
        assertEquals("ADDRESS", read.rows().get(0).fields().get(1).item());
        assertEquals(3, StoredAnswer.records(read), "the household and its two members");
    }

    @Test
    void the_digest_is_the_sha256_of_the_text_and_changes_with_any_value() {
        String json = StoredAnswer.json(household());
        assertEquals(StoredAnswer.digest(json), StoredAnswer.digest(StoredAnswer.json(household())));
        assertTrue(StoredAnswer.digest(json).matches("[0-9a-f]{64}"));
        assertNotEquals(StoredAnswer.digest(json), StoredAnswer.digest(json.replace("李小華", "李小畫")));
    }

    @Test
    void codes_are_four_groups_of_unmistakable_characters_and_read_back_as_typed() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = StoredAnswer.newCode();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}"), code);
            assertEquals(code, StoredAnswer.normalCode(code.toLowerCase().replace("-", " ")));
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        assertNull(StoredAnswer.normalCode("ABCD-EFGH-IJKL-MNPQ"), "I and L are never in a code");
        assertNull(StoredAnswer.normalCode("ABCD-EFGH"));
        assertNull(StoredAnswer.normalCode(null));
        assertNull(StoredAnswer.normalCode("' OR 1=1 --"));
    }
}
