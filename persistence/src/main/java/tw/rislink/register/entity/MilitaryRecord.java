package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A period of the military service register (兵籍) in one MILITARY_CATEGORY. */
@Entity
@ReadOnly
@Table(name = "rg_military")
public class MilitaryRecord {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "category")
    private String category;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Column(name = "remark")
    private String remark;

    protected MilitaryRecord() {}

    public long getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getRemark() {
        return remark;
    }
}
