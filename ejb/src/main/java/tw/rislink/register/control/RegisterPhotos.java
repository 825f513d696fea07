package tw.rislink.register.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the photo of each card holder's latest card ({@link SyntheticPhoto}) into the synthetic
 * register's {@code rg_id_photo}, from the persons and cards already there: after a fresh load,
 * and once on a database loaded before photos existed (migration V022), so both get the same
 * photos. Never run against Oracle, whose register belongs to the registration system.
 */
public final class RegisterPhotos {

    private record Holder(String personId, long cardId, char sex, int age) {}

    private RegisterPhotos() {}

    /** The register has cards but no photo yet. */
    public static boolean missing(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT (SELECT COUNT(*) FROM rg_id_photo)," + " (SELECT COUNT(*) FROM rg_id_card) FROM dual");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0 && rs.getLong(2) > 0;
        }
    }

    /**
     * Writes the photos, committing every {@code commitEvery}; the connection's auto-commit must
     * be off.
     *
     * @return how many photos were written
     */
    public static int fill(Connection connection, int commitEvery) throws SQLException {
        // The holders first, then the writes: one statement reads every card once, in order.
        List<Holder> holders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.person_id, c.id, c.issued_on, p.sex,"
                        + " p.birth_date FROM rg_id_card c JOIN rg_person p ON p.person_id = c.person_id"
                        + " ORDER BY c.person_id, c.issued_on, c.id");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String personId = rs.getString(1);
                LocalDate issued = rs.getDate(3).toLocalDate();
                LocalDate born = rs.getDate(5).toLocalDate();
                Holder holder =
                        new Holder(personId, rs.getLong(2), rs.getString(4).charAt(0), (int)
                                ChronoUnit.YEARS.between(born, issued));
                int last = holders.size() - 1;
                if (last >= 0 && holders.get(last).personId().equals(personId)) {
                    holders.set(last, holder);
                } else {
                    holders.add(holder);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rg_id_photo (person_id, card_id, media_type, image) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Holder h : holders) {
                insert.setString(1, h.personId());
                insert.setLong(2, h.cardId());
                insert.setString(3, SyntheticPhoto.MEDIA_TYPE);
                insert.setBytes(4, SyntheticPhoto.png(h.personId(), h.sex(), h.age()));
                insert.addBatch();
                if (++pending == commitEvery) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return holders.size();
    }
}
