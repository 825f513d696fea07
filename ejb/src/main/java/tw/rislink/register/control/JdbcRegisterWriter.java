package tw.rislink.register.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.rislink.register.entity.Address;

/**
 * Writes generated rows into the register tables in JDBC batches, committing every
 * {@code commitEvery} rows so that a load of millions neither holds one huge transaction nor
 * commits row by row. The caller owns the connection (auto-commit off) and commits the rest by
 * {@link #close()}.
 */
public final class JdbcRegisterWriter implements RegisterSink, AutoCloseable {

    private final Connection connection;
    private final int commitEvery;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement villages;
    private final PreparedStatement households;
    private final PreparedStatement persons;
    private final PreparedStatement memberships;
    private final PreparedStatement events;
    private final PreparedStatement cards;
    private final PreparedStatement military;
    private final PreparedStatement applications;
    private final PreparedStatement retired;
    private int pending;
    private long rows;

    public JdbcRegisterWriter(Connection connection, int commitEvery) throws SQLException {
        this.connection = connection;
        this.commitEvery = commitEvery;
        villages =
                prepare("INSERT INTO rg_village (village_code, town_code, county_code, name_zh) VALUES (?, ?, ?, ?)");
        households = prepare("INSERT INTO rg_household (household_no, household_type, head_id, county_code, town_code,"
                + " village_code, neighbourhood, street, section, lane, alley, house_number, floor, established_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        persons = prepare(
                "INSERT INTO rg_person (person_id, name, sex, birth_date, birth_place, father_id, mother_id,"
                        + " spouse_id, status, household_no, removed_on, removal_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        memberships =
                prepare("INSERT INTO rg_membership (id, household_no, person_id, relationship, moved_in, moved_out)"
                        + " VALUES (?, ?, ?, ?, ?, ?)");
        events = prepare("INSERT INTO rg_event (id, person_id, event_type, event_date, household_no, old_value,"
                + " new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        cards = prepare("INSERT INTO rg_id_card (id, person_id, issued_on, apply_code, issue_site, reported_lost_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        military = prepare("INSERT INTO rg_military (id, person_id, category, from_date, to_date, remark)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        applications = prepare("INSERT INTO rg_application (id, form_no, event_id, person_id, household_no, apply_item,"
                + " submitted_on, office_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        retired = prepare("INSERT INTO rg_retired_id (retired_id, person_id, retired_on) VALUES (?, ?, ?)");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statements.add(statement);
        return statement;
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    @Override
    public void village(Village v) {
        add(villages, v.code(), v.townCode(), v.countyCode(), v.name());
    }

    @Override
    public void household(Household h) {
        Address a = h.address();
        add(
                households,
                h.number(),
                h.type(),
                h.headId(),
                a.getCountyCode(),
                a.getTownCode(),
                a.getVillageCode(),
                a.getNeighbourhood(),
                a.getStreet(),
                a.getSection(),
                a.getLane(),
                a.getAlley(),
                a.getHouseNumber(),
                a.getFloor(),
                h.establishedOn());
    }

    @Override
    public void person(Person p) {
        add(
                persons,
                p.id(),
                p.name(),
                String.valueOf(p.sex()),
                p.birthDate(),
                p.birthPlace(),
                p.fatherId(),
                p.motherId(),
                p.spouseId(),
                p.removed() ? "R" : "A",
                p.householdNumber(),
                p.removedOn(),
                p.removalReason());
    }

    @Override
    public void membership(Membership m) {
        add(memberships, m.id(), m.householdNumber(), m.personId(), m.relationship(), m.movedIn(), m.movedOut());
    }

    @Override
    public void event(Event e) {
        add(
                events,
                e.id(),
                e.personId(),
                e.type(),
                e.date(),
                e.householdNumber(),
                e.oldValue(),
                e.newValue(),
                e.reason());
    }

    @Override
    public void idCard(IdCard c) {
        add(
                cards,
                c.id(),
                c.personId(),
                c.issuedOn(),
                String.valueOf(c.applyCode()),
                c.issueSite(),
                c.reportedLostOn());
    }

    @Override
    public void military(Military m) {
        add(military, m.id(), m.personId(), String.valueOf(m.category()), m.from(), m.to(), m.remark());
    }

    @Override
    public void application(Application a) {
        add(
                applications,
                a.id(),
                a.formNumber(),
                a.eventId(),
                a.personId(),
                a.householdNumber(),
                a.applyItem(),
                a.submittedOn(),
                a.officeCode());
    }

    @Override
    public void retiredId(RetiredId r) {
        add(retired, r.retiredId(), r.personId(), r.retiredOn());
    }

    private void add(PreparedStatement statement, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else if (value instanceof LocalDate day) {
                    statement.setDate(i + 1, Date.valueOf(day));
                } else if (value instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else if (value instanceof Integer number) {
                    statement.setInt(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) value);
                }
            }
            statement.addBatch();
            rows++;
            if (++pending >= commitEvery) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the register failed after " + rows + " rows", e);
        }
    }

    /** Sends the batches, parents first, and commits. */
    public void flush() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }
}
