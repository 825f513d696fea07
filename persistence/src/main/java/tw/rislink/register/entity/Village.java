package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/** A village (村里) of a town. */
@Entity
@ReadOnly
@Table(name = "rg_village")
public class Village {

    @Id
    @Column(name = "village_code")
    private String code;

    @Column(name = "town_code")
    private String townCode;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "name_zh")
    private String name;

    protected Village() {}

    public String getCode() {
        return code;
    }

    public String getTownCode() {
        return townCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getName() {
        return name;
    }
}
