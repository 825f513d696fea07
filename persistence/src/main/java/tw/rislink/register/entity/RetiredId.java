package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A national ID no longer in use after a change of number (統號變更), with the current one. */
@Entity
@ReadOnly
@Table(name = "rg_retired_id")
public class RetiredId {

    @Id
    @Column(name = "retired_id")
    private String retiredId;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected RetiredId() {}

    public String getRetiredId() {
        return retiredId;
    }

    public String getPersonId() {
        return personId;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }
}
