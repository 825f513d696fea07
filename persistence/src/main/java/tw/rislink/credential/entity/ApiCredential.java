package tw.rislink.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * What an Iss key stands for: the holder (business ID or agency code, agency account), the RSA
 * public key its JWTs are verified with, the host addresses it may call from and the jobs it
 * may run.
 */
@Entity
@Table(name = "rl_api_credential")
public class ApiCredential {

    public enum Status {
        ACTIVE,
        SUSPENDED,
        REVOKED
    }

    @Id
    @Column(name = "iss_key", length = 32)
    private String issKey;

    @Column(name = "agency_account", nullable = false, length = 5)
    private String agencyAccount;

    @Column(name = "org_id", nullable = false, length = 10)
    private String orgId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    /** X.509 SubjectPublicKeyInfo, base64. */
    @Lob
    @Column(name = "public_key", nullable = false)
    private String publicKey;

    /** Comma-separated IPv4/IPv6 addresses. */
    @Column(name = "addresses", nullable = false)
    private String addresses;

    /** Comma-separated job IDs, e.g. V2C201. */
    @Column(name = "jobs", nullable = false)
    private String jobs;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_on")
    private LocalDate lastUsedOn;

    /**
     * Set when the key was replaced by a rotation: the old key keeps working until then (Taiwan
     * time), so the holder can switch its clients over; null while the key is the current one.
     */
    @Column(name = "valid_until")
    private LocalDateTime validUntil;

    protected ApiCredential() {}

    public ApiCredential(
            String issKey,
            String agencyAccount,
            String orgId,
            String holderName,
            String publicKey,
            List<String> addresses,
            List<String> jobs,
            LocalDateTime createdAt) {
        this.issKey = issKey;
        this.agencyAccount = agencyAccount;
        this.orgId = orgId;
        this.holderName = holderName;
        this.publicKey = publicKey;
        this.addresses = String.join(",", addresses);
        this.jobs = String.join(",", jobs);
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
    }

    public List<String> addressList() {
        return Arrays.stream(addresses.split(",")).map(String::strip).toList();
    }

    public List<String> jobList() {
        return Arrays.stream(jobs.split(",")).map(String::strip).toList();
    }

    public boolean allowsJob(String jobId) {
        return Arrays.stream(jobs.split(",")).map(String::strip).anyMatch(j -> j.equals(jobId));
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public void setAddresses(List<String> addresses) {
        this.addresses = String.join(",", addresses);
    }

    public String getIssKey() {
        return issKey;
    }

    public String getAgencyAccount() {
        return agencyAccount;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public Status getStatus() {
        return status;
    }

    /** Notes a call; writes only on the first call of a day. */
    public void usedOn(LocalDate day) {
        if (!day.equals(lastUsedOn)) {
            lastUsedOn = day;
        }
    }

    /** The day of the last call, or of the issue when there was none. */
    public LocalDate lastActiveOn() {
        return lastUsedOn != null ? lastUsedOn : createdAt.toLocalDate();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    /** The key was replaced; it is accepted until {@code end}. */
    public void replacedUntil(LocalDateTime end) {
        this.validUntil = end;
    }

    /** Whether a replaced key's grace period is over at {@code now} (never for a current key). */
    public boolean graceEndedAt(LocalDateTime now) {
        return validUntil != null && !validUntil.isAfter(now);
    }
}
