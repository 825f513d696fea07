package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A registration event of a person: BIRTH, MOVE_IN, MOVE_OUT, MARRIAGE, DIVORCE, NAME_CHANGE,
 * ID_CHANGE, ADDRESS_CHANGE (門牌異動) or REMOVAL (除戶, with the REMOVAL_REASON code).
 */
@Entity
@ReadOnly
@Table(name = "rg_event")
public class RegisterEvent {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "event_type")
    private String type;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "household_no")
    private String householdNumber;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "reason")
    private String reason;

    protected RegisterEvent() {}

    public long getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public String getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }
}
