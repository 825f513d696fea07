package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A registration application form (登記申請書), in outline: the event it applied for. */
@Entity
@ReadOnly
@Table(name = "rg_application")
public class ApplicationForm {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "form_no")
    private String formNumber;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "household_no")
    private String householdNumber;

    @Column(name = "apply_item")
    private String applyItem;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    /** The registration office, by town code. */
    @Column(name = "office_code")
    private String officeCode;

    protected ApplicationForm() {}

    public long getId() {
        return id;
    }

    public String getFormNumber() {
        return formNumber;
    }

    public long getEventId() {
        return eventId;
    }

    public String getPersonId() {
        return personId;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public String getApplyItem() {
        return applyItem;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getOfficeCode() {
        return officeCode;
    }
}
