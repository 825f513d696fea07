package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A person's membership of a household, with the relationship to its head (稱謂). */
@Entity
@ReadOnly
@Table(name = "rg_membership")
public class Membership {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "household_no")
    private String householdNumber;

    @Column(name = "person_id")
    private String personId;

    /** Code of the RELATIONSHIP table. */
    @Column(name = "relationship")
    private String relationship;

    @Column(name = "moved_in")
    private LocalDate movedIn;

    @Column(name = "moved_out")
    private LocalDate movedOut;

    protected Membership() {}

    public long getId() {
        return id;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public String getPersonId() {
        return personId;
    }

    public String getRelationship() {
        return relationship;
    }

    public LocalDate getMovedIn() {
        return movedIn;
    }

    public LocalDate getMovedOut() {
        return movedOut;
    }
}
