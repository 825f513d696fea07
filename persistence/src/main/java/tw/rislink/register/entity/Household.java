package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A household (戶) of the register; read-only, as every register entity. */
@Entity
@ReadOnly
@Table(name = "rg_household")
public class Household {

    @Id
    @Column(name = "household_no")
    private String number;

    /** 1 共同生活戶, 2 共同事業戶, 3 單獨生活戶. */
    @Column(name = "household_type")
    private String type;

    @Column(name = "head_id")
    private String headId;

    @Embedded
    private Address address;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    protected Household() {}

    public String getNumber() {
        return number;
    }

    public String getType() {
        return type;
    }

    public String getHeadId() {
        return headId;
    }

    public Address getAddress() {
        return address;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }
}
