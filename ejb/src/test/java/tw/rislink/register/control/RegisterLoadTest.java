package tw.rislink.register.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.control.DatabaseDialect;
import tw.rislink.platform.control.SqlScript;

/** A register loaded into H2 in Oracle mode: the statistics agree with the persons. */
class RegisterLoadTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    private static Connection connection;
    private static RegisterLoad.Result result;

    @BeforeAll
    static void load() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:load;MODE=Oracle;DB_CLOSE_DELAY=-1", "sa", "");
        SqlScript.createSchema(connection, DatabaseDialect.H2);
        connection.setAutoCommit(false);
        assertTrue(RegisterLoad.empty(connection));
        result = RegisterLoad.run(connection, 7, AS_OF, 5_000, 12);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void the_load_is_recorded_and_the_register_is_no_longer_empty() throws Exception {
        assertFalse(RegisterLoad.empty(connection));
        assertEquals(result.summary().persons(), number("SELECT persons FROM rg_load WHERE seed = 7"));
        assertEquals(result.summary().persons(), number("SELECT COUNT(*) FROM rg_person WHERE status = 'A'"));
        assertEquals(result.summary().households(), number("SELECT COUNT(*) FROM rg_household"));
        assertTrue(result.rows() > result.summary().persons() * 5L, "rows " + result.rows());
    }

    @Test
    void statistics_of_the_last_month_count_the_persons_per_village_and_sex() throws Exception {
        Map<String, Integer> register = counts("SELECT h.village_code || p.sex, COUNT(*) FROM rg_person p"
                + " JOIN rg_household h ON h.household_no = p.household_no WHERE p.status = 'A'"
                + " GROUP BY h.village_code, p.sex");
        Map<String, Integer> statistics = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT village_code, people_m, people_f FROM rg_village_stat WHERE stat_month = '11510'")) {
            while (rs.next()) {
                if (rs.getInt(2) > 0) {
                    statistics.put(rs.getString(1) + "M", rs.getInt(2));
                }
                if (rs.getInt(3) > 0) {
                    statistics.put(rs.getString(1) + "F", rs.getInt(3));
                }
            }
        }
        assertEquals(register, statistics);
        assertEquals(
                number("SELECT COUNT(*) FROM rg_household"),
                number("SELECT SUM(household_no) FROM rg_village_stat WHERE stat_month = '11510'"));
        assertEquals(
                number("SELECT SUM(people_total) FROM rg_village_stat WHERE stat_month = '11510'"),
                number("SELECT SUM(age_0_14 + age_15_64 + age_65_up) FROM rg_village_stat WHERE stat_month = '11510'"));
    }

    @Test
    void twelve_months_are_computed_and_births_and_deaths_match_the_events() throws Exception {
        assertEquals(12, number("SELECT COUNT(DISTINCT stat_month) FROM rg_village_stat"));
        assertEquals(
                number("SELECT COUNT(*) FROM rg_event WHERE event_type = 'BIRTH' AND household_no IS NOT NULL"
                        + " AND event_date >= DATE '2025-11-01' AND event_date <= DATE '2026-10-31'"),
                number("SELECT SUM(birth_m + birth_f) FROM rg_village_stat"));
        assertEquals(
                number("SELECT COUNT(*) FROM rg_person WHERE removal_reason = '1'"
                        + " AND removed_on >= DATE '2025-11-01' AND removed_on <= DATE '2026-10-31'"),
                number("SELECT SUM(death_m + death_f) FROM rg_village_stat"));
        assertTrue(number("SELECT SUM(birth_m + birth_f) FROM rg_village_stat") > 0, "a year has births");
    }

    @Test
    void every_card_was_issued_under_an_issuing_area_valid_on_its_day() throws Exception {
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM rg_id_card c WHERE NOT EXISTS (SELECT 1 FROM rl_code s"
                        + " WHERE s.code_table = 'ISSUE_SITE' AND s.code = c.issue_site"
                        + " AND s.valid_from <= c.issued_on AND (s.valid_to IS NULL OR s.valid_to >= c.issued_on))"));
        assertEquals(
                0,
                number(
                        "SELECT COUNT(*) FROM rg_household h WHERE NOT EXISTS"
                                + " (SELECT 1 FROM rg_village v WHERE v.village_code = h.village_code AND v.town_code = h.town_code)"));
    }

    private static int number(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<String, Integer> counts(String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}
