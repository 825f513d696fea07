package tw.rislink.verification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.boundary.Holidays;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.boundary.MailService;
import tw.rislink.verification.control.RequestForm;
import tw.rislink.verification.entity.ApiRequest;

/**
 * The companies' requests and MOI's review (seed 002): a company files an API application, a
 * host address change or a suspension; MOI decides within 5 working days, or asks for more
 * information (the company then has 5 working days). Approving an application issues the
 * agency account and the Iss key bound to the company's public key; approving an address change
 * changes the credential's addresses only then. Every decision is audited and e-mailed.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class ApiRequests {

    static final int REVIEW_WORKING_DAYS = 5;

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private Holidays holidays;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    @EJB
    private MailService mail;

    @Resource
    private SessionContext context;

    @EJB
    private ApiOversight oversight;

    /** @throws IllegalArgumentException listing every problem of the form */
    @RolesAllowed("COMPANY_USER")
    public ApiRequest submit(ApiRequest.Type type, RequestForm form, String address) {
        String user = context.getCallerPrincipal().getName();
        String company = accounts.agencyCodeOf(user);
        List<RequestForm.Problem> problems = form.problems(type == ApiRequest.Type.APPLICATION);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(
                    "; ", problems.stream().map(RequestForm.Problem::message).toList()));
        }
        if (!form.businessId().strip().equals(company)) {
            throw new IllegalArgumentException("The business ID is not the one of your company (" + company + ")");
        }
        if (type == ApiRequest.Type.APPLICATION && !oversight.mayApply(company)) {
            throw new IllegalArgumentException("Access was revoked after abnormal use: an application needs an"
                    + " improvement plan accepted by MOI first (異常使用說明)");
        }
        LocalDateTime now = TaiwanTime.now();
        ApiRequest request = new ApiRequest(
                type,
                form.businessId().strip(),
                form.companyName().strip(),
                String.join(",", form.addresses()),
                form.contactName().strip(),
                form.landline().strip(),
                form.mobile().strip(),
                form.email().strip(),
                form.purpose().strip(),
                form.legalBasis().strip(),
                type == ApiRequest.Type.APPLICATION ? form.publicKey() : null,
                user,
                now,
                holidays.workingDaysAfter(now.toLocalDate(), REVIEW_WORKING_DAYS));
        em.persist(request);
        em.flush();
        audit.record(AuditEntry.screen(
                user,
                address,
                "API_REQUEST_" + type,
                request.getBusinessId() + " #" + request.getId(),
                AuditOutcome.SUCCESS));
        return request;
    }

    /** Every request of the signed-in user's company, newest first. */
    @RolesAllowed("COMPANY_USER")
    public List<ApiRequest> mine() {
        String user = context.getCallerPrincipal().getName();
        String company = accounts.agencyCodeOf(user);
        return em.createQuery(
                        "SELECT r FROM ApiRequest r WHERE r.businessId = :company ORDER BY r.submittedAt DESC, r.id DESC",
                        ApiRequest.class)
                .setParameter("company", company)
                .getResultList();
    }

    /** Requests waiting for MOI, the earliest deadline first. */
    @RolesAllowed("MOI_API_REVIEWER")
    public List<ApiRequest> queue() {
        return em.createQuery(
                        "SELECT r FROM ApiRequest r WHERE r.status = :submitted ORDER BY r.dueOn, r.id",
                        ApiRequest.class)
                .setParameter("submitted", ApiRequest.Status.SUBMITTED)
                .getResultList();
    }

    @RolesAllowed("MOI_API_REVIEWER")
    public ApiRequest approve(long id, String address) {
        ApiRequest request = find(id);
        String reviewer = context.getCallerPrincipal().getName();
        request.decide(ApiRequest.Status.APPROVED, reviewer, null, TaiwanTime.now(), null);
        List<ApiCredential> current = activeCredentials(request.getBusinessId());
        switch (request.getType()) {
            case APPLICATION -> {
                ApiCredential issued = credentials.issue(
                        nextAccount(),
                        request.getBusinessId(),
                        request.getCompanyName(),
                        request.getPublicKey(),
                        List.of(request.getHostAddresses().split(",")),
                        List.of(IdCardVerifications.JOB));
                request.credential(issued.getIssKey(), issued.getAgencyAccount());
            }
            case ADDRESS_CHANGE -> {
                if (current.isEmpty()) {
                    throw new IllegalArgumentException("The company has no active credential to change");
                }
                current.forEach(
                        c -> c.setAddresses(List.of(request.getHostAddresses().split(","))));
            }
            case SUSPENSION -> current.forEach(c -> c.setStatus(ApiCredential.Status.SUSPENDED));
        }
        decided(request, reviewer, address, "核准 approved");
        return request;
    }

    @RolesAllowed("MOI_API_REVIEWER")
    public ApiRequest reject(long id, String reason, String address) {
        requireText(reason, "A rejection needs its reason");
        ApiRequest request = find(id);
        String reviewer = context.getCallerPrincipal().getName();
        request.decide(ApiRequest.Status.REJECTED, reviewer, reason.strip(), TaiwanTime.now(), null);
        decided(request, reviewer, address, "駁回 rejected: " + reason.strip());
        return request;
    }

    /** Asks the company for more information; it has 5 working days from today to answer. */
    @RolesAllowed("MOI_API_REVIEWER")
    public ApiRequest askForMore(long id, String question, String address) {
        requireText(question, "Say what information is missing");
        ApiRequest request = find(id);
        String reviewer = context.getCallerPrincipal().getName();
        LocalDateTime now = TaiwanTime.now();
        request.decide(
                ApiRequest.Status.MORE_INFO,
                reviewer,
                question.strip(),
                now,
                holidays.workingDaysAfter(now.toLocalDate(), REVIEW_WORKING_DAYS));
        decided(
                request,
                reviewer,
                address,
                "請補件 more information, by " + RocDate.format(request.getDueOn()) + ": " + question.strip());
        return request;
    }

    /** Flags the requests whose review or answer is past its deadline. */
    @Schedule(hour = "0", minute = "20", timezone = "Asia/Taipei", info = "api-request-deadlines")
    void flagOverdue() {
        LocalDate today = TaiwanTime.now().toLocalDate();
        for (ApiRequest request : em.createQuery(
                        "SELECT r FROM ApiRequest r WHERE r.status IN :open AND r.dueOn < :today AND r.overdue = FALSE",
                        ApiRequest.class)
                .setParameter("open", List.of(ApiRequest.Status.SUBMITTED, ApiRequest.Status.MORE_INFO))
                .setParameter("today", today)
                .getResultList()) {
            request.markOverdue();
            audit.record(AuditEntry.system("API_REQUEST_OVERDUE", "#" + request.getId()));
        }
    }

    private void decided(ApiRequest request, String reviewer, String address, String text) {
        audit.record(AuditEntry.screen(
                reviewer,
                address,
                "API_REQUEST_" + request.getStatus(),
                request.getBusinessId() + " #" + request.getId(),
                AuditOutcome.SUCCESS));
        mail.send(
                request.getEmail(),
                "戶役政 API 申請 #" + request.getId() + "：" + request.getStatus(),
                request.getCompanyName() + " 您好：\n\n您於 " + RocDate.format(request.getSubmittedAt()) + " 提出的申請 #"
                        + request.getId() + " 審查結果：" + text + "\n請至申請進度查詢查看詳情。\n");
    }

    private ApiRequest find(long id) {
        ApiRequest request = em.find(ApiRequest.class, id);
        if (request == null) {
            throw new IllegalArgumentException("No request #" + id);
        }
        return request;
    }

    /** A company's host and suspension apply to every key it holds. */
    private List<ApiCredential> activeCredentials(String businessId) {
        return em.createQuery(
                        "SELECT c FROM ApiCredential c WHERE c.orgId = :org AND c.status = :active",
                        ApiCredential.class)
                .setParameter("org", businessId)
                .setParameter("active", ApiCredential.Status.ACTIVE)
                .getResultList();
    }

    private String nextAccount() {
        long issued = em.createQuery(
                        "SELECT COUNT(c) FROM ApiCredential c WHERE c.agencyAccount LIKE 'AW%'", Long.class)
                .getSingleResult();
        for (long n = issued + 1; n < 1000; n++) {
            String account = String.format("AW%03d", n);
            if (em.createQuery("SELECT COUNT(c) FROM ApiCredential c WHERE c.agencyAccount = :a", Long.class)
                            .setParameter("a", account)
                            .getSingleResult()
                    == 0) {
                return account;
            }
        }
        throw new IllegalStateException("No agency account number left under AW");
    }

    private static void requireText(String text, String message) {
        RequestForm.required(text, 500, message + " (at most 500 characters)");
    }
}
