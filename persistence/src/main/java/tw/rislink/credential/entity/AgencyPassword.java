package tw.rislink.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import tw.rislink.agency.entity.Agency;

/**
 * One line of a password table (密碼表) DHR issued at step 7: an agency account and the bcrypt
 * hash of its password. The password itself is shown once, when the table is issued, and kept
 * nowhere.
 */
@Entity
@Table(name = "rl_agency_password")
@NamedQuery(name = AgencyPassword.BY_ACCOUNT, query = "SELECT p FROM AgencyPassword p WHERE p.account = :account")
@NamedQuery(
        name = AgencyPassword.OF_CASE,
        query = "SELECT p FROM AgencyPassword p WHERE p.caseId = :caseId ORDER BY p.account")
public class AgencyPassword {

    public static final String BY_ACCOUNT = "AgencyPassword.byAccount";
    public static final String OF_CASE = "AgencyPassword.ofCase";

    @Id
    @SequenceGenerator(name = "rl_agency_password_seq", sequenceName = "rl_agency_password_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_agency_password_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "account", nullable = false, unique = true, length = 20)
    private String account;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected AgencyPassword() {}

    public AgencyPassword(Agency agency, Long caseId, String account, String passwordHash, LocalDateTime issuedAt) {
        this.agency = Objects.requireNonNull(agency);
        this.caseId = Objects.requireNonNull(caseId);
        this.account = Objects.requireNonNull(account);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Agency getAgency() {
        return agency;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAccount() {
        return account;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
