package tw.rislink.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The code tables as the schema scripts seed them, read on H2 in Oracle mode. */
class CodeTablesSeedTest {

    private static Connection connection;

    @BeforeAll
    static void migrate() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:codes;MODE=Oracle;DB_CLOSE_DELAY=-1", "sa", "");
        SqlScript.createSchema(connection, DatabaseDialect.H2);
    }

    @Test
    void all_27_issuing_areas_of_v2c201_are_there() throws Exception {
        assertEquals(27, count("ISSUE_SITE", null));
    }

    @Test
    void merged_counties_issue_no_cards_after_the_merger() throws Exception {
        assertEquals(22, count("ISSUE_SITE", LocalDate.of(2026, 11, 22)));
        assertEquals(23, count("ISSUE_SITE", LocalDate.of(2010, 12, 24)), "before 2010-12-25: none of 65000-68000");
    }

    @Test
    void every_current_county_has_its_towns() throws Exception {
        assertEquals(368, count("TOWN", LocalDate.of(2026, 11, 22)));
        assertEquals(12, countLike("TOWN", "63000%"), "臺北市 has 12 districts");
        assertEquals(29, countLike("TOWN", "65000%"), "新北市 has 29 districts");
        assertEquals(260, count("TOWN", LocalDate.of(2010, 12, 24)), "before 新北, 臺中 and 臺南 had districts");
        assertEquals(355, count("TOWN", LocalDate.of(2014, 12, 24)), "before 桃園 had districts");
    }

    @Test
    void apply_codes_are_0_to_3() throws Exception {
        assertEquals(4, count("APPLY_CODE", LocalDate.of(2026, 11, 22)));
    }

    private static int countLike(String table, String code) throws Exception {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT COUNT(*) FROM rl_code WHERE code_table = ? AND code LIKE ?")) {
            query.setString(1, table);
            query.setString(2, code);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int count(String table, LocalDate on) throws Exception {
        String sql = "SELECT COUNT(*) FROM rl_code WHERE code_table = ?"
                + (on == null ? "" : " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            if (on != null) {
                query.setObject(2, on);
                query.setObject(3, on);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
