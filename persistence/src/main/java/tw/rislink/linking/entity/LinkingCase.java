package tw.rislink.linking.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;

/**
 * An agency's application to link through one channel (seed 000), from the officer's draft to
 * go-live: what it asks for, where the review stands (its status and the steps now waiting, each
 * with a deadline) and what the review produced (the link test date, the certificate, the Iss
 * key). Its history, documents, assigned ranges and password table are rows of their own.
 */
@Entity
@Table(name = "rl_linking_case")
@NamedQuery(
        name = LinkingCase.OF_AGENCY,
        query = "SELECT c FROM LinkingCase c WHERE c.agency = :agency ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = LinkingCase.BY_NUMBER, query = "SELECT c FROM LinkingCase c WHERE c.caseNumber = :number")
public class LinkingCase {

    public static final String OF_AGENCY = "LinkingCase.ofAgency";
    public static final String BY_NUMBER = "LinkingCase.byNumber";

    @Id
    @SequenceGenerator(name = "rl_linking_case_seq", sequenceName = "rl_linking_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_linking_case_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "local_unit_id", nullable = false)
    private Agency localUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Column(name = "first_time", nullable = false)
    private boolean firstTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false, length = 10)
    private DataScope dataScope;

    /** Comma-separated {@link DeliveryMode} names. */
    @Column(name = "delivery_modes", nullable = false, length = 100)
    private String deliveryModes;

    @Column(name = "purpose", nullable = false, length = 1000)
    private String purpose;

    /** Comma-separated addresses of the applicant's hosts, as the applicant gave them. */
    @Column(name = "host_addresses", nullable = false, length = 500)
    private String hostAddresses;

    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "contact_email", nullable = false, length = 100)
    private String contactEmail;

    @Column(name = "supervisor_name", nullable = false, length = 50)
    private String supervisorName;

    /** The officer who filed it (user name). */
    @Column(name = "officer", nullable = false, length = 30)
    private String officer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CaseStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "ciso_reviewed_by", length = 30)
    private String cisoReviewedBy;

    @Column(name = "ciso_reviewed_at")
    private LocalDateTime cisoReviewedAt;

    @Column(name = "supervisor_approved_by", length = 30)
    private String supervisorApprovedBy;

    @Column(name = "supervisor_approved_at")
    private LocalDateTime supervisorApprovedAt;

    @Column(name = "link_test_on")
    private LocalDate linkTestOn;

    /** The agency certificate (X.509, PEM) submitted at step 11. */
    @Lob
    @Column(name = "certificate")
    private String certificate;

    @Column(name = "iss_key", length = 32)
    private String issKey;

    /**
     * The one county whose household data the application asks for, from the local unit that
     * provides it (DOMAIN.md §2, provider agency); null asks for nationwide data, which MOI provides.
     */
    @Column(name = "county_code", length = 5)
    private String countyCode;

    @OneToMany(mappedBy = "linkingCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<OpenStep> openSteps = new ArrayList<>();

    @OneToMany(mappedBy = "linkingCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<CaseItem> items = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LinkingCase() {}

    /** A new draft, waiting for its officer to submit it. */
    public LinkingCase(Agency agency, String officer, LocalDateTime now) {
        this.agency = Objects.requireNonNull(agency);
        this.officer = Objects.requireNonNull(officer);
        this.createdAt = Objects.requireNonNull(now);
        this.status = CaseStatus.IN_REVIEW;
    }

    /** The application's content, as the officer fills it in; only while the officer holds the case. */
    public void describe(
            Agency localUnit,
            Channel channel,
            boolean firstTime,
            DataScope dataScope,
            Set<DeliveryMode> deliveryModes,
            String purpose,
            List<String> hostAddresses,
            String contactName,
            String contactPhone,
            String contactEmail,
            String supervisorName) {
        this.localUnit = Objects.requireNonNull(localUnit);
        this.channel = Objects.requireNonNull(channel);
        this.firstTime = firstTime;
        this.dataScope = Objects.requireNonNull(dataScope);
        this.deliveryModes =
                String.join(",", deliveryModes.stream().sorted().map(Enum::name).toList());
        this.purpose = Objects.requireNonNull(purpose);
        this.hostAddresses = String.join(",", hostAddresses);
        this.contactName = Objects.requireNonNull(contactName);
        this.contactPhone = Objects.requireNonNull(contactPhone);
        this.contactEmail = Objects.requireNonNull(contactEmail);
        this.supervisorName = Objects.requireNonNull(supervisorName);
    }

    /** Replaces the requested items: item → legal basis; an item kept has its basis changed in place. */
    public void request(Map<DataItem, String> legalBases) {
        items.removeIf(i -> !legalBases.containsKey(i.getItem()));
        for (Map.Entry<DataItem, String> wanted : legalBases.entrySet()) {
            items.stream()
                    .filter(i -> i.getItem().equals(wanted.getKey()))
                    .findFirst()
                    .ifPresentOrElse(
                            present -> present.basedOn(wanted.getValue()),
                            () -> items.add(new CaseItem(this, wanted.getKey(), wanted.getValue())));
        }
    }

    /** Limits the application to one county's data (the local unit's), or not (null). */
    public void coverCounty(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    /** Its number, given once it is persisted (and so has its id), before it is written. */
    public void numbered(String number) {
        this.caseNumber = Objects.requireNonNull(number);
    }

    /**
     * Moves the review on: {@code status} and the steps now open; a step that stays open keeps its
     * opening time and deadline, a newly opened one gets {@code dueOn.apply(step)}.
     */
    public void moveTo(CaseStatus status, Set<Step> open, LocalDateTime now, Function<Step, LocalDate> dueOn) {
        this.status = Objects.requireNonNull(status);
        openSteps.removeIf(s -> !open.contains(s.getStep()));
        Set<Step> present = openStepSet();
        for (Step step : open) {
            if (!present.contains(step)) {
                openSteps.add(new OpenStep(this, step, now, dueOn.apply(step)));
            }
        }
    }

    public void submitted(LocalDateTime at) {
        if (submittedAt == null) {
            submittedAt = at;
        }
    }

    public void securityAgreementReviewed(String ciso, LocalDateTime at) {
        this.cisoReviewedBy = ciso;
        this.cisoReviewedAt = at;
    }

    public void internalUseApproved(String supervisor, LocalDateTime at) {
        this.supervisorApprovedBy = supervisor;
        this.supervisorApprovedAt = at;
    }

    /** The officer changed what was reviewed or approved: both must look again. */
    public void reviewsVoided() {
        cisoReviewedBy = null;
        cisoReviewedAt = null;
        supervisorApprovedBy = null;
        supervisorApprovedAt = null;
    }

    public void linkTestOn(LocalDate day) {
        this.linkTestOn = day;
    }

    public void certificate(String pem) {
        this.certificate = pem;
    }

    public void issKey(String issKey) {
        this.issKey = issKey;
    }

    public void hostAddresses(List<String> addresses) {
        this.hostAddresses = String.join(",", addresses);
    }

    public Set<Step> openStepSet() {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        openSteps.forEach(s -> steps.add(s.getStep()));
        return steps;
    }

    /** The steps waiting, in the procedure's order. */
    public List<OpenStep> getOpenSteps() {
        return openSteps.stream()
                .sorted(Comparator.comparing(OpenStep::getStep))
                .toList();
    }

    public List<CaseItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public Set<DeliveryMode> deliveryModeSet() {
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        if (deliveryModes != null && !deliveryModes.isEmpty()) {
            Arrays.stream(deliveryModes.split(",")).map(DeliveryMode::valueOf).forEach(modes::add);
        }
        return modes;
    }

    public List<String> hostAddressList() {
        return hostAddresses == null || hostAddresses.isEmpty()
                ? List.of()
                : Arrays.stream(hostAddresses.split(",")).map(String::strip).toList();
    }

    public boolean isDescribed() {
        return channel != null;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Agency getAgency() {
        return agency;
    }

    public Agency getLocalUnit() {
        return localUnit;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isFirstTime() {
        return firstTime;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public String getOfficer() {
        return officer;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getCisoReviewedBy() {
        return cisoReviewedBy;
    }

    public LocalDateTime getCisoReviewedAt() {
        return cisoReviewedAt;
    }

    public String getSupervisorApprovedBy() {
        return supervisorApprovedBy;
    }

    public LocalDateTime getSupervisorApprovedAt() {
        return supervisorApprovedAt;
    }

    public LocalDate getLinkTestOn() {
        return linkTestOn;
    }

    public String getCertificate() {
        return certificate;
    }

    public String getIssKey() {
        return issKey;
    }
}
