package tw.rislink.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void ids_and_household_numbers_are_normalised_and_checked() {
        assertEquals(
                "A123456789",
                Condition.ofPerson(" a123456789 ")
                        .checkedFor(Transaction.RQ02, TODAY)
                        .personId());
        QueryRefusal bad = refused(Condition.ofPerson("A123456788"), Transaction.RQ02);
        assertTrue(bad.getMessage().startsWith("personId \"A123456788\" is not a valid ID number"), bad.getMessage());
        assertEquals(QueryRefusal.Rule.INVALID_QUERY, bad.rule());
        assertEquals(
                "personId is missing",
                refused(Condition.ofHousehold("F1234567"), Transaction.RQ02).getMessage());
    }

    @Test
    void household_transactions_take_exactly_one_key() {
        assertTrue(refused(
                        new Condition("A123456789", "F1234567", null, null, null, null, List.of(), null, null),
                        Transaction.RQ01)
                .getMessage()
                .contains("exactly one"));
        assertTrue(
                refused(Condition.ofPerson(null), Transaction.RQ14).getMessage().contains("exactly one"));
        assertEquals(
                "A123456789",
                Condition.ofPerson("A123456789")
                        .checkedFor(Transaction.RQ01, TODAY)
                        .personId());
    }

    @ParameterizedTest
    @CsvSource({"1151203, is in the future", "1150230, is not a date", "115021, should be a 7-digit ROC date yyyMMdd"})
    void dates_are_roc_yyymmdd_and_not_in_the_future(String date, String reason) {
        QueryRefusal refused = refused(Condition.ofPersonBorn("A123456789", date), Transaction.V1C103);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "11409, 63000, , TOWN",
        "11409, 63000010, , VILLAGE",
        "114Q3, 63000, TOWN, TOWN",
        "114, 63000010, , VILLAGE",
        "114, 63000, county, COUNTY"
    })
    void statistics_take_a_period_an_area_and_a_level_at_or_below_it(
            String period, String area, String level, String expected) {
        Condition c = Condition.ofStatistics(period, area, level).checkedFor(Transaction.ST01, TODAY);
        assertEquals(expected, c.level());
    }

    @ParameterizedTest
    @CsvSource({
        "11413, 63000, , has no month 13",
        "114Q5, 63000, , should be a ROC month",
        "114, 6300, , should be a county",
        "114, 63000010, COUNTY, is above the area",
        "114, 63000, STREET, should be COUNTY, TOWN or VILLAGE"
    })
    void statistics_refuse_what_they_cannot_answer(String period, String area, String level, String reason) {
        QueryRefusal refused = refused(Condition.ofStatistics(period, area, level), Transaction.ST01);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void v1c104_takes_the_moi_names_and_checks_each_sent_value() {
        Condition c = ConditionMap.parse(
                        Transaction.V1C104,
                        Json.createObjectBuilder()
                                .add("ck_personId", "A123456789")
                                .add(
                                        "ck_areaCode",
                                        Json.createArrayBuilder().add("63000").add("65000"))
                                .add("ck_idMark", "3")
                                .build())
                .checkedFor(Transaction.V1C104, TODAY);
        assertEquals(List.of("63000", "65000"), c.issueAreas());
        assertEquals("3", c.idMark());
        assertEquals(null, c.birthDate());
        assertEquals(
                List.of("63000"),
                ConditionMap.parse(
                                Transaction.V1C104,
                                Json.createObjectBuilder(Map.of("ck_personId", "A123456789", "ck_areaCode", "63000"))
                                        .build())
                        .issueAreas(),
                "one code may come as a string");
        assertTrue(refused(
                        ConditionMap.parse(
                                Transaction.V1C104,
                                Json.createObjectBuilder(Map.of("ck_personId", "A123456789", "ck_idMark", "4"))
                                        .build()),
                        Transaction.V1C104)
                .getMessage()
                .startsWith("idMark \"4\""));
        QueryRefusal number = assertThrows(
                QueryRefusal.class,
                () -> ConditionMap.parse(
                        Transaction.RQ02,
                        Json.createObjectBuilder().add("personId", 123).build()));
        assertEquals("conditionMap.personId is 123: it should be a string", number.getMessage());
    }

    @Test
    void permits_cover_their_county_or_the_whole_country() {
        Permits permits = new Permits(Map.of("PERSON_NAME", "63000", "SEX", "65000"));
        assertEquals(Set.of("PERSON_NAME"), permits.itemsFor("63000"));
        assertEquals(Set.of(), permits.itemsFor("64000"));
        assertEquals(Set.of("SEX"), permits.itemsForArea("65000010001"));
        Map<String, String> national = new HashMap<>();
        national.put("PERSON_NAME", null);
        assertEquals(Set.of("PERSON_NAME"), new Permits(national).itemsFor("64000"));
    }

    private static QueryRefusal refused(Condition c, Transaction t) {
        return assertThrows(QueryRefusal.class, () -> c.checkedFor(t, TODAY));
    }
}
