package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A company's wrong ID-card checks of one ID number on one Taiwan day, created by the first
 * wrong one. It is read and counted only under the lock of its {@link IdCheckLock} stripe, so
 * concurrent checks of the same ID are decided one after another.
 */
@Entity
@Table(name = "rl_idcheck_attempt")
@IdClass(IdCheckAttempts.Key.class)
public class IdCheckAttempts {

    /** Wrong checks that lock the ID for the rest of the day. */
    public static final int LIMIT = 3;

    @Id
    @Column(name = "org_id", length = 10)
    private String orgId;

    @Id
    @Column(name = "check_day", length = 8)
    private String day;

    @Id
    @Column(name = "person_id", length = 10)
    private String personId;

    @Column(name = "wrong", nullable = false)
    private int wrong;

    protected IdCheckAttempts() {}

    public IdCheckAttempts(String orgId, String day, String personId) {
        this.orgId = orgId;
        this.day = day;
        this.personId = personId;
    }

    public boolean locked() {
        return wrong >= LIMIT;
    }

    /** Counts a wrong check; returns how many there have been today. */
    public int countWrong() {
        return ++wrong;
    }

    public int getWrong() {
        return wrong;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String orgId;
        private String day;
        private String personId;

        public Key() {}

        public Key(String orgId, String day, String personId) {
            this.orgId = orgId;
            this.day = day;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(orgId, that.orgId)
                    && Objects.equals(day, that.day)
                    && Objects.equals(personId, that.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orgId, day, personId);
        }
    }
}
