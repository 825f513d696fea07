package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A person of the household register, by national ID. */
@Entity
@ReadOnly
@Table(name = "rg_person")
public class Person {

    @Id
    @Column(name = "person_id")
    private String id;

    @Column(name = "name")
    private String name;

    /** M or F. */
    @Column(name = "sex")
    private String sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** The county code of the place of birth. */
    @Column(name = "birth_place")
    private String birthPlace;

    @Column(name = "father_id")
    private String fatherId;

    @Column(name = "mother_id")
    private String motherId;

    @Column(name = "spouse_id")
    private String spouseId;

    /** A in the register, R removed (除戶). */
    @Column(name = "status")
    private String status;

    /** The household the person is (or, when removed, was last) a member of. */
    @Column(name = "household_no")
    private String householdNumber;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Column(name = "removal_reason")
    private String removalReason;

    protected Person() {}

    public boolean isRemoved() {
        return "R".equals(status);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public String getFatherId() {
        return fatherId;
    }

    public String getMotherId() {
        return motherId;
    }

    public String getSpouseId() {
        return spouseId;
    }

    public String getStatus() {
        return status;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
