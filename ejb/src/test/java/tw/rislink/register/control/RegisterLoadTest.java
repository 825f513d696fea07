package tw.rislink.register.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
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

    @Test
    void every_card_holder_has_the_photo_of_the_latest_card_and_an_older_register_gets_them_once() throws Exception {
        assertFalse(RegisterPhotos.missing(connection));
        assertEquals(
                number("SELECT COUNT(DISTINCT person_id) FROM rg_id_card"), number("SELECT COUNT(*) FROM rg_id_photo"));
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM rg_id_photo f JOIN rg_id_card c ON c.id = f.card_id WHERE EXISTS"
                        + " (SELECT 1 FROM rg_id_card d WHERE d.person_id = c.person_id AND (d.issued_on > c.issued_on"
                        + " OR d.issued_on = c.issued_on AND d.id > c.id))"),
                "no photo of a card that a later one replaced");
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT f.image, f.media_type FROM rg_id_photo f"
                        + " ORDER BY f.person_id FETCH FIRST 1 ROWS ONLY")) {
            rs.next();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(rs.getBytes(1)));
            assertEquals(SyntheticPhoto.WIDTH, image.getWidth());
            assertEquals(SyntheticPhoto.HEIGHT, image.getHeight());
            assertEquals("image/png", rs.getString(2));
        }

        String digest =
                number("SELECT COUNT(*) FROM rg_id_photo") + ":" + number("SELECT SUM(LENGTH(image)) FROM rg_id_photo");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM rg_id_photo");
        }
        connection.commit();
        assertTrue(RegisterPhotos.missing(connection), "a register of cards without photos, as before V022");
        RegisterPhotos.fill(connection, 1000);
        assertEquals(
                digest,
                number("SELECT COUNT(*) FROM rg_id_photo") + ":" + number("SELECT SUM(LENGTH(image)) FROM rg_id_photo"),
                "drawn again the same");
    }

    @Test
    void a_woman_is_drawn_with_long_hair_and_a_man_without() throws Exception {
        int women = 0;
        int men = 0;
        for (int i = 0; i < 20; i++) {
            String id = "A1" + (23456700 + i);
            women += hairBesideTheNeck(SyntheticPhoto.png(id, 'F', 30)) > 0 ? 1 : 0;
            men += hairBesideTheNeck(SyntheticPhoto.png(id, 'M', 30)) > 0 ? 1 : 0;
        }
        assertEquals(20, women);
        assertEquals(0, men);
    }

    /** Pixels that are not the white ground left of the neck, between the chin and the shoulders. */
    private static int hairBesideTheNeck(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int count = 0;
        for (int x = 15; x < 20; x++) {
            for (int y = 60; y < 67; y++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return count;
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
