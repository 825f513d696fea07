package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;

/** A company's request about the ID-card verification API, and its review. */
@Entity
@Table(name = "rl_api_request")
public class ApiRequest {

    public enum Type {
        APPLICATION,
        ADDRESS_CHANGE,
        SUSPENSION
    }

    public enum Status {
        SUBMITTED,
        MORE_INFO,
        APPROVED,
        REJECTED,
        /** Not approved: MOI asked for more information and the company did not answer in time. */
        LAPSED
    }

    @Id
    @SequenceGenerator(name = "rl_api_request_seq", sequenceName = "rl_api_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_api_request_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private Type type;

    @Column(name = "business_id", nullable = false, length = 8)
    private String businessId;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "host_addresses", nullable = false)
    private String hostAddresses;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "landline", nullable = false)
    private String landline;

    @Column(name = "mobile", nullable = false)
    private String mobile;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    /** The RSA public key (X.509 SubjectPublicKeyInfo, base64) that will verify the company's calls. */
    @Lob
    @Column(name = "public_key")
    private String publicKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "review_note")
    private String reviewNote;

    /** The company's answer to MOI's request for more information (the question is the review note). */
    @Column(name = "company_answer", length = 1000)
    private String companyAnswer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "iss_key", length = 32)
    private String issKey;

    @Column(name = "agency_account", length = 5)
    private String agencyAccount;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ApiRequest() {}

    public ApiRequest(
            Type type,
            String businessId,
            String companyName,
            String hostAddresses,
            String contactName,
            String landline,
            String mobile,
            String email,
            String purpose,
            String legalBasis,
            String publicKey,
            String submittedBy,
            LocalDateTime submittedAt,
            LocalDate dueOn) {
        this.type = type;
        this.businessId = businessId;
        this.companyName = companyName;
        this.hostAddresses = hostAddresses;
        this.contactName = contactName;
        this.landline = landline;
        this.mobile = mobile;
        this.email = email;
        this.purpose = purpose;
        this.legalBasis = legalBasis;
        this.publicKey = publicKey;
        this.status = Status.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.dueOn = dueOn;
    }

    public void decide(Status decision, String reviewer, String note, LocalDateTime at, LocalDate newDue) {
        if (isClosed()) {
            throw new InvalidInputException(
                    "invalid.request.decided", "Request " + id + " was already decided: " + status, String.valueOf(id));
        }
        this.status = decision;
        this.reviewedBy = reviewer;
        this.reviewNote = note;
        this.reviewedAt = at;
        this.overdue = false;
        if (newDue != null) {
            this.dueOn = newDue;
        }
    }

    public boolean isClosed() {
        return status == Status.APPROVED || status == Status.REJECTED || status == Status.LAPSED;
    }

    /**
     * The company answers MOI's question by its deadline: the request returns to MOI's queue
     * with a new review deadline.
     */
    public void answer(String text, LocalDateTime at, LocalDate reviewDue) {
        if (status != Status.MORE_INFO) {
            throw new InvalidInputException(
                    "invalid.request.notWaiting",
                    "Request " + id + " is not waiting for more information (" + status + ")",
                    String.valueOf(id));
        }
        if (at.toLocalDate().isAfter(dueOn)) {
            throw new InvalidInputException(
                    "invalid.request.late",
                    "The deadline to answer request " + id + " was " + dueOn
                            + ": the request was closed as not approved; file a new one",
                    String.valueOf(id),
                    RocDate.format(dueOn));
        }
        this.companyAnswer = text;
        this.answeredAt = at;
        this.status = Status.SUBMITTED;
        this.dueOn = reviewDue;
        this.overdue = false;
    }

    /** No answer by the deadline: closed, not approved. */
    public void lapse(LocalDateTime at) {
        if (status != Status.MORE_INFO) {
            throw new InvalidInputException(
                    "invalid.request.notWaiting",
                    "Request " + id + " is not waiting for more information (" + status + ")",
                    String.valueOf(id));
        }
        this.status = Status.LAPSED;
        this.reviewedAt = at;
        this.overdue = false;
    }

    public void credential(String issKey, String agencyAccount) {
        this.issKey = issKey;
        this.agencyAccount = agencyAccount;
    }

    public void markOverdue() {
        this.overdue = true;
    }

    public Long getId() {
        return id;
    }

    public Type getType() {
        return type;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getHostAddresses() {
        return hostAddresses;
    }

    public String getContactName() {
        return contactName;
    }

    public String getLandline() {
        return landline;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public Status getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getCompanyAnswer() {
        return companyAnswer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getIssKey() {
        return issKey;
    }

    public String getAgencyAccount() {
        return agencyAccount;
    }
}
