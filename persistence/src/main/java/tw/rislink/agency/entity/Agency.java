package tw.rislink.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/** An agency or company, known by its government agency code (機關代號) or business ID. */
@Entity
@Table(name = "rl_agency")
@NamedQuery(name = Agency.BY_CODE, query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_CODE = "Agency.byCode";

    @Id
    @SequenceGenerator(name = "rl_agency_seq", sequenceName = "rl_agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_agency_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 10)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private AgencyKind kind;

    /** For a municipal or county government: the county (5-digit code) whose register it provides. */
    @Column(name = "county_code", length = 5)
    private String countyCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Agency() {}

    public Agency(String code, String nameZh, String nameEn, AgencyKind kind) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.kind = Objects.requireNonNull(kind);
    }

    /** Records the county a municipal or county government provides the register of. */
    public void providesCounty(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public AgencyKind getKind() {
        return kind;
    }
}
