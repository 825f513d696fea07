package tw.rislink.register.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import tw.rislink.calendar.entity.RocDate;

/**
 * Monthly population statistics per village (the open-data columns of DOMAIN.md §8a) computed
 * from the register: who was a member of a household in the village at the end of the month,
 * by sex and age group, and the month's births, deaths, marriages and divorces.
 */
public final class VillageStatistics {

    /** One village's figures for a month. */
    public static final class Row {
        public int households;
        public int male;
        public int female;
        public int age0to14;
        public int age15to64;
        public int age65up;
        public int birthMale;
        public int birthFemale;
        public int deathMale;
        public int deathFemale;
        public int marriages;
        public int divorces;
    }

    private static final String MEMBERS_AT_MONTH_END = " FROM rg_membership m"
            + " JOIN rg_household h ON h.household_no = m.household_no"
            + " JOIN rg_person p ON p.person_id = m.person_id"
            + " WHERE m.moved_in <= ? AND (m.moved_out IS NULL OR m.moved_out > ?)";

    private VillageStatistics() {}

    /** ROC year and month: 2026-10 → {@code 11510}. */
    public static String statMonth(YearMonth month) {
        return String.format("%03d%02d", month.getYear() - RocDate.YEAR_OFFSET, month.getMonthValue());
    }

    /** Computes a month and replaces its rows in {@code rg_village_stat}; returns the villages written. */
    public static int compute(Connection connection, YearMonth month) throws SQLException {
        Map<String, Row> rows = new TreeMap<>();
        LocalDate first = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        Date endDate = Date.valueOf(end);
        try (PreparedStatement query =
                connection.prepareStatement("SELECT h.village_code, COUNT(DISTINCT m.household_no)"
                        + MEMBERS_AT_MONTH_END + " GROUP BY h.village_code")) {
            query.setDate(1, endDate);
            query.setDate(2, endDate);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    row(rows, rs.getString(1)).households = rs.getInt(2);
                }
            }
        }
        String ageGroup = "CASE WHEN p.birth_date > ? THEN 0 WHEN p.birth_date > ? THEN 1 ELSE 2 END";
        try (PreparedStatement query = connection.prepareStatement("SELECT village_code, sex, age_group, COUNT(*) FROM"
                + " (SELECT h.village_code, p.sex, " + ageGroup + " AS age_group" + MEMBERS_AT_MONTH_END + ") t"
                + " GROUP BY village_code, sex, age_group")) {
            query.setDate(1, Date.valueOf(end.minusYears(15)));
            query.setDate(2, Date.valueOf(end.minusYears(65)));
            query.setDate(3, endDate);
            query.setDate(4, endDate);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Row row = row(rows, rs.getString(1));
                    int count = rs.getInt(4);
                    if ("M".equals(rs.getString(2))) {
                        row.male += count;
                    } else {
                        row.female += count;
                    }
                    switch (rs.getInt(3)) {
                        case 0 -> row.age0to14 += count;
                        case 1 -> row.age15to64 += count;
                        default -> row.age65up += count;
                    }
                }
            }
        }
        try (PreparedStatement query =
                connection.prepareStatement("SELECT h.village_code, e.event_type, p.sex, COUNT(*)"
                        + " FROM rg_event e JOIN rg_household h ON h.household_no = e.household_no"
                        + " JOIN rg_person p ON p.person_id = e.person_id"
                        + " WHERE e.event_date >= ? AND e.event_date <= ?"
                        + " AND (e.event_type IN ('BIRTH', 'MARRIAGE', 'DIVORCE')"
                        + " OR (e.event_type = 'REMOVAL' AND e.reason IN ('1', '2')))"
                        + " GROUP BY h.village_code, e.event_type, p.sex")) {
            query.setDate(1, Date.valueOf(first));
            query.setDate(2, endDate);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Row row = row(rows, rs.getString(1));
                    boolean male = "M".equals(rs.getString(3));
                    int count = rs.getInt(4);
                    switch (rs.getString(2)) {
                        case "BIRTH" -> {
                            if (male) {
                                row.birthMale += count;
                            } else {
                                row.birthFemale += count;
                            }
                        }
                        case "REMOVAL" -> {
                            if (male) {
                                row.deathMale += count;
                            } else {
                                row.deathFemale += count;
                            }
                        }
                        // A marriage is recorded on both spouses: count the husbands' records as pairs.
                        case "MARRIAGE" -> row.marriages += male ? count : 0;
                        // A divorce is recorded on the member still in the register, once per pair.
                        default -> row.divorces += count;
                    }
                }
            }
        }
        String stat = statMonth(month);
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM rg_village_stat WHERE stat_month = ?")) {
            delete.setString(1, stat);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rg_village_stat (stat_month,"
                + " village_code, household_no, people_total, people_m, people_f, age_0_14, age_15_64, age_65_up,"
                + " birth_m, birth_f, death_m, death_f, marry_pair, divorce_pair)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Row> entry : rows.entrySet()) {
                Row r = entry.getValue();
                int[] values = {
                    r.households,
                    r.male + r.female,
                    r.male,
                    r.female,
                    r.age0to14,
                    r.age15to64,
                    r.age65up,
                    r.birthMale,
                    r.birthFemale,
                    r.deathMale,
                    r.deathFemale,
                    r.marriages,
                    r.divorces
                };
                insert.setString(1, stat);
                insert.setString(2, entry.getKey());
                for (int i = 0; i < values.length; i++) {
                    insert.setInt(3 + i, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    private static Row row(Map<String, Row> rows, String village) {
        return rows.computeIfAbsent(village, v -> new Row());
    }
}
