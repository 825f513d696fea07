package tw.rislink.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.query.control.Answer.Field;
import tw.rislink.query.control.Answer.Items;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.register.entity.Address;
import tw.rislink.register.entity.Household;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.register.entity.MilitaryRecord;
import tw.rislink.register.entity.Person;
import tw.rislink.register.entity.RegisterEvent;
import tw.rislink.register.entity.VillageStatistic;

class AnswersTest {

    private final Person person = person("A123456789", "王小明", null);
    private final Household household = household();

    @Test
    void a_person_row_carries_the_approved_items_only_and_never_a_blank() {
        Items items = new Items(Set.of("PERSON_NAME", "ADDRESS", "SPOUSE"));
        Row row = Answers.person(items, person, household, id -> "陳大華", null);
        assertEquals(
                List.of("personId", "name", "address", "countyCode", "townCode", "villageCode"),
                row.fields().stream().map(Field::name).toList(),
                "the person has no spouse: the approved SPOUSE item adds nothing, not an empty field");
        assertEquals(Set.of("PERSON_NAME", "ADDRESS"), items.returned(), "only the items used are audited");
        assertEquals(null, row.value("birthDate"));
    }

    @Test
    void parents_and_spouse_are_named_through_the_register() {
        Person married = person("A123456789", "王小明", "B223456780");
        Map<String, String> names = Map.of("F123456789", "王大同", "B223456780", "李美麗");
        Row row = Answers.person(new Items(Set.of("PARENTS", "SPOUSE")), married, null, names::get, null);
        assertEquals("王大同", row.value("fatherName"));
        assertEquals("李美麗", row.value("spouseName"));
        assertEquals(null, row.value("motherName"), "a parent the register does not know is left out");
    }

    @Test
    void name_and_address_changes_need_their_own_items_and_repeat_no_household_change() {
        Row withoutItem = new Row("person");
        Answers.nameChanges(new Items(Set.of("PERSON_NAME")), withoutItem, List.of(event("NAME_CHANGE", 2010)));
        assertTrue(withoutItem.rows().isEmpty());

        Row household = new Row("household");
        Answers.addressChanges(
                new Items(Set.of("ADDRESS_CHANGES")),
                household,
                List.of(event("ADDRESS_CHANGE", 2015), event("ADDRESS_CHANGE", 2015), event("MOVE_IN", 2016)));
        assertEquals(1, household.rows().size(), "two members' records of one change are one change");
        assertEquals("1040101", household.rows().get(0).value("date"));
        assertEquals("舊址", household.rows().get(0).value("formerAddress"));
    }

    @Test
    void military_status_comes_from_the_latest_record_and_changes_list_every_record() {
        List<MilitaryRecord> records = List.of(military("常備兵役", 2010, "退伍"), military("後備軍人", 2011, null));
        Row status = new Row("person");
        Answers.military(new Items(Set.of("MILITARY_STATUS")), status, records);
        assertEquals("後備軍人", status.value("serviceCategory"));
        assertTrue(status.rows().isEmpty());
        Row changes = new Row("person");
        Answers.military(new Items(Set.of("MILITARY_CHANGES")), changes, records);
        assertEquals(null, changes.value("serviceCategory"));
        assertEquals(2, changes.rows().size());
        assertEquals("退伍", changes.rows().get(0).value("remark"));
    }

    @Test
    void statistics_count_people_at_the_periods_end_and_sum_its_events() {
        List<VillageStatistic> months = List.of(
                stat("11407", "63000010001", 100, 2, 1),
                stat("11408", "63000010001", 110, 3, 0),
                stat("11409", "63000010001", 120, 4, 2),
                stat("11409", "63000010002", 50, 1, 1),
                stat("11409", "63000020001", 30, 0, 0));
        List<Row> towns = Answers.statistics(new Items(Set.of("POPULATION_STATS")), "114Q3", "TOWN", months);
        assertEquals(2, towns.size());
        assertEquals("63000010", towns.get(0).value("areaCode"));
        assertEquals("170", towns.get(0).value("people_total"), "September's people, not a quarter's sum");
        assertEquals("10", towns.get(0).value("birth_total_m"), "births summed over the quarter");
        assertEquals("4", towns.get(0).value("death_m"));
        assertEquals("114Q3", towns.get(0).value("period"));
        assertEquals(
                List.of("areaCode", "period"),
                Answers.statistics(new Items(Set.of()), "11409", "COUNTY", months).get(0).fields().stream()
                        .map(Field::name)
                        .toList(),
                "without the item, no figure");
    }

    @Test
    void a_period_names_its_months() {
        assertEquals(List.of("11409"), Answers.monthsOf("11409"));
        assertEquals(List.of("11404", "11405", "11406"), Answers.monthsOf("114Q2"));
        assertEquals(12, Answers.monthsOf("114").size());
        assertEquals("11412", Answers.monthsOf("114").get(11));
    }

    @Test
    void checks_answer_1_0_or_na_and_check_all_only_what_was_sent() {
        IdCardIssue card = card("3", LocalDate.of(2012, 1, 9), "65000", null);
        Condition sent =
                new Condition("A123456789", null, "0790315", null, null, null, List.of("63000", "65000"), "3", null);
        Row row = Answers.checks(Transaction.V1C104, sent, person, card);
        assertEquals("1", row.value("checkAll"));
        assertEquals("1", row.value("checkAreaCode"));
        assertEquals("N/A", row.value("checkIdMarkDate"));
        assertEquals("N/A", row.value("checkHouseholdId"));

        Row lost = Answers.checks(
                Transaction.V1C104,
                sent,
                person,
                card("3", LocalDate.of(2012, 1, 9), "65000", LocalDate.of(2013, 1, 1)));
        assertEquals("0", lost.value("checkIdMark"), "a card reported lost matches nothing");
        assertEquals("0", lost.value("checkAll"));

        Row unknown = Answers.checks(Transaction.V1C103, sent, null, null);
        assertEquals(
                List.of("checkAll", "checkPersonId", "checkBirthDate"),
                unknown.fields().stream().map(Field::name).toList());
        assertEquals("0", unknown.value("checkPersonId"));
        assertEquals("0", unknown.value("checkBirthDate"));
    }

    private static Person person(String id, String name, String spouse) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", id);
        fields.put("name", name);
        fields.put("sex", "M");
        fields.put("birthDate", LocalDate.of(1990, 3, 15));
        fields.put("fatherId", "F123456789");
        fields.put("spouseId", spouse);
        fields.put("status", "A");
        fields.put("householdNumber", "F1234567");
        return Entities.of(Person.class, fields);
    }

    private static Household household() {
        return Entities.of(
                Household.class,
                Map.of(
                        "number",
                        "F1234567",
                        "address",
                        new Address("65000", "65000010", "65000010001", 3, "中正路", null, null, null, "1號", null)));
    }

    private static RegisterEvent event(String type, int year) {
        return Entities.of(
                RegisterEvent.class,
                Map.of("type", type, "date", LocalDate.of(year, 1, 1), "oldValue", "舊址", "newValue", "新址"));
    }

    private static MilitaryRecord military(String category, int year, String remark) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("category", category);
        fields.put("from", LocalDate.of(year, 1, 1));
        fields.put("remark", remark);
        return Entities.of(MilitaryRecord.class, fields);
    }

    private static VillageStatistic stat(String month, String village, int total, int births, int deaths) {
        return Entities.of(
                VillageStatistic.class,
                Map.of(
                        "month", month,
                        "villageCode", village,
                        "total", total,
                        "birthMale", births,
                        "deathMale", deaths));
    }

    private static IdCardIssue card(String code, LocalDate issued, String site, LocalDate lost) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("applyCode", code);
        fields.put("issuedOn", issued);
        fields.put("issueSite", site);
        fields.put("reportedLostOn", lost);
        return Entities.of(IdCardIssue.class, fields);
    }
}
