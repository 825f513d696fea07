package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.register.boundary.RegisterEncodings;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;
import tw.rislink.register.control.Unencodable;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.register.entity.NationalId;
import tw.rislink.register.entity.Person;
import tw.rislink.register.entity.RegisterEvent;
import tw.rislink.register.entity.RetiredId;
import tw.rislink.register.entity.VillageStatistic;

/**
 * Runs inside the server, on the register the server generated at startup, reading it the way
 * the platform does ({@link RegisterLookup}, as the platform's beans: {@link AsPlatform}; the
 * statistics as their screen's DHR reviewer) and checking it against the tables with SQL.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

    private static final Logger LOG = Logger.getLogger(RegisterIT.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(RegisterIT.class);
    }

    @EJB
    private RegisterLookup lookup;

    @EJB
    private RegisterEncodings encodings;

    @EJB
    private AsPlatform platform;

    @EJB
    private AsDhrReviewer dhr;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @Test
    void the_startup_loaded_about_ten_thousand_persons_as_of_the_configured_day() throws Exception {
        assertEquals(
                LocalDate.of(2026, 10, 31), LocalDate.parse(text("SELECT CAST(as_of AS VARCHAR(10)) FROM rg_load")));
        int persons = number("SELECT COUNT(*) FROM rg_person WHERE status = 'A'");
        assertTrue(persons >= 10_000 && persons < 10_300, "persons " + persons);
        assertEquals(persons, number("SELECT persons FROM rg_load"));
    }

    @Test
    void households_read_back_with_their_members_and_histories_that_agree() throws Exception {
        List<String> numbers = texts("SELECT household_no FROM rg_household ORDER BY household_no", 200);
        int members = 0;
        for (String number : numbers) {
            RegisterLookup.HouseholdView view = platform.call(() -> lookup.household(HouseholdNumber.of(number)))
                    .orElseThrow();
            assertFalse(view.members().isEmpty(), number);
            assertTrue(
                    view.members().stream()
                            .anyMatch(m ->
                                    m.person().getId().equals(view.household().getHeadId())
                                            && m.membership().getRelationship().equals("01")),
                    "the head is a member: " + number);
            for (RegisterLookup.Member member : view.members()) {
                Person person = member.person();
                members++;
                assertFalse(person.isRemoved(), person.getId());
                assertEquals(number, person.getHouseholdNumber());
                RegisterLookup.History history = platform.call(() -> lookup.history(person.getId()));
                assertEquals("BIRTH", history.events().get(0).getType(), person.getId());
                assertEquals(person.getBirthDate(), history.events().get(0).getDate());
                assertTrue(history.events().stream().noneMatch(e -> e.getType().equals("REMOVAL")));
                for (IdCardIssue card : history.cards()) {
                    assertTrue(ChronoUnit.YEARS.between(person.getBirthDate(), card.getIssuedOn()) >= 14);
                }
                if (!history.cards().isEmpty()) {
                    assertEquals("1", history.cards().get(0).getApplyCode(), "the first card is a first issue");
                }
                assertEquals(
                        1,
                        history.memberships().stream()
                                .filter(m -> m.getMovedOut() == null)
                                .count());
            }
        }
        assertEquals(
                number("SELECT COUNT(*) FROM rg_person WHERE status = 'A' AND household_no IN (SELECT household_no FROM"
                        + " (SELECT household_no FROM rg_household ORDER BY household_no) WHERE ROWNUM <= 200)"),
                members);
    }

    @Test
    void removed_persons_have_their_removal_in_their_history() throws Exception {
        for (String id : texts("SELECT person_id FROM rg_person WHERE status = 'R' ORDER BY person_id", 50)) {
            Person person =
                    platform.call(() -> lookup.person(NationalId.of(id))).orElseThrow();
            assertTrue(person.isRemoved());
            RegisterEvent last = platform.call(() -> lookup.history(id)).events().stream()
                    .filter(e -> e.getType().equals("REMOVAL"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(person.getRemovedOn(), last.getDate());
            assertEquals(person.getRemovalReason(), last.getReason());
        }
    }

    @Test
    void a_number_no_longer_in_use_leads_to_the_current_one() throws Exception {
        List<String> retired = texts("SELECT retired_id FROM rg_retired_id ORDER BY retired_id", 5);
        assertFalse(retired.isEmpty(), "ten thousand persons include some changes of number");
        for (String id : retired) {
            assertTrue(platform.call(() -> lookup.person(NationalId.of(id))).isEmpty());
            RetiredId change =
                    platform.call(() -> lookup.retired(NationalId.of(id))).orElseThrow();
            Person current = platform.call(() -> lookup.person(NationalId.of(change.getPersonId())))
                    .orElseThrow();
            assertTrue(platform.call(() -> lookup.history(current.getId())).events().stream()
                    .anyMatch(e -> e.getType().equals("ID_CHANGE") && id.equals(e.getOldValue())));
        }
    }

    @Test
    void statistics_count_the_persons_of_each_village_by_sex() throws Exception {
        String month = dhr.call(lookup::statisticMonths).get(0);
        assertEquals("11510", month, "the month of the register's day");
        assertEquals(12, dhr.call(lookup::statisticMonths).size());
        Map<String, Integer> register = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT h.village_code, p.sex, COUNT(*) FROM rg_person p"
                        + " JOIN rg_household h ON h.household_no = p.household_no WHERE p.status = 'A'"
                        + " GROUP BY h.village_code, p.sex")) {
            while (rs.next()) {
                register.put(rs.getString(1) + rs.getString(2), rs.getInt(3));
            }
        }
        Map<String, Integer> statistics = new HashMap<>();
        int households = 0;
        for (VillageStatistic row : dhr.call(() -> lookup.statistics(month, ""))) {
            if (row.getMale() > 0) {
                statistics.put(row.getVillageCode() + "M", row.getMale());
            }
            if (row.getFemale() > 0) {
                statistics.put(row.getVillageCode() + "F", row.getFemale());
            }
            assertEquals(row.getTotal(), row.getAge0to14() + row.getAge15to64() + row.getAge65up());
            households += row.getHouseholds();
        }
        assertEquals(register, statistics);
        assertEquals(number("SELECT COUNT(*) FROM rg_household"), households);
        Object[] taipei = dhr.call(() -> lookup.monthlyTotals("63000")).get(11);
        assertEquals(
                number("SELECT COUNT(*) FROM rg_person p JOIN rg_household h ON h.household_no = p.household_no"
                        + " WHERE p.status = 'A' AND h.county_code = '63000'"),
                ((Number) taipei[1]).intValue());
    }

    @Test
    void rare_names_show_what_each_encoding_cannot_carry() throws Exception {
        assertTrue(platform.call(encodings::big5eExtensionLoaded), "the tests configure the fixture tables");
        RegisterTextCodec codec = platform.call(encodings::codec);
        List<String> rare = new ArrayList<>();
        for (String name : texts("SELECT name FROM rg_person ORDER BY person_id", 20_000)) {
            if (!codec.unencodable(name, TextEncoding.BIG5).isEmpty()) {
                rare.add(name);
            }
        }
        assertTrue(rare.size() > 50, "rare names: " + rare.size());
        Map<TextEncoding, Integer> refused = new EnumMap<>(TextEncoding.class);
        StringBuilder report = new StringBuilder("What each encoding could not carry:\n");
        for (String name : rare) {
            for (TextEncoding encoding : TextEncoding.values()) {
                List<Unencodable> problems = codec.unencodable(name, encoding);
                if (problems.isEmpty()) {
                    byte[] bytes = codec.encode(name, encoding);
                    assertEquals(name, codec.decode(bytes, encoding), encoding + " " + name);
                } else {
                    refused.merge(encoding, 1, Integer::sum);
                    report.append(name)
                            .append(' ')
                            .append(encoding)
                            .append(' ')
                            .append(problems)
                            .append('\n');
                    for (Unencodable problem : problems) {
                        assertEquals(
                                name.codePointAt(name.offsetByCodePoints(0, problem.position())), problem.codePoint());
                    }
                }
            }
        }
        LOG.info(report::toString);
        assertEquals(null, refused.get(TextEncoding.UTF_8));
        assertEquals(null, refused.get(TextEncoding.EUC_TW_4BYTE), "CNS 11643 carries every rare character used");
        assertEquals(null, refused.get(TextEncoding.CNS11643));
        assertEquals(rare.size(), refused.get(TextEncoding.BIG5));
        assertTrue(
                refused.getOrDefault(TextEncoding.BIG5E, 0) < rare.size(),
                "the fixture's three characters pass in BIG-5E");
        assertTrue(refused.getOrDefault(TextEncoding.BIG5E, 0) > 0, "the others are reported, not replaced");
    }

    private int number(String sql) throws SQLException {
        return Integer.parseInt(text(sql));
    }

    private String text(String sql) throws SQLException {
        return texts(sql, 1).get(0);
    }

    private List<String> texts(String sql, int limit) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next() && values.size() < limit) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
