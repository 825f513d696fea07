package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** An ID-card issuance (領補換): apply code 1 first issue, 2 replacement, 3 renewal. */
@Entity
@ReadOnly
@Table(name = "rg_id_card")
public class IdCardIssue {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "apply_code")
    private String applyCode;

    /** The issuing area (issueSiteId), a code of the ISSUE_SITE table valid on the day. */
    @Column(name = "issue_site")
    private String issueSite;

    @Column(name = "reported_lost_on")
    private LocalDate reportedLostOn;

    protected IdCardIssue() {}

    public long getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getApplyCode() {
        return applyCode;
    }

    public String getIssueSite() {
        return issueSite;
    }

    public LocalDate getReportedLostOn() {
        return reportedLostOn;
    }
}
