package tw.rislink.verification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
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
import tw.rislink.platform.boundary.TimerRuns;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.verification.control.RequestForm;
import tw.rislink.verification.entity.ApiRequest;

/**
 * The companies' requests and MOI's review (seed 002): a company files an API application, a
 * host address change or a suspension; MOI decides within 5 working days, or asks for more
 * information. The company then has 5 working days to answer on its progress screen, and the
 * answered request returns to MOI's queue with 5 working days for the review; unanswered, it
 * closes as not approved. Approving an application issues the agency account and the Iss key
 * bound to the company's public key; approving an address change changes the credential's
 * addresses only then. Every decision is audited and e-mailed once it is committed.
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

    /** @throws InvalidForm listing every problem of the form */
    @RolesAllowed("COMPANY_USER")
    public ApiRequest submit(ApiRequest.Type type, RequestForm form, String address) {
        String user = context.getCallerPrincipal().getName();
        String company = accounts.agencyCodeOf(user);
        List<InvalidForm.Problem> problems = form.problems(type == ApiRequest.Type.APPLICATION);
        if (!problems.isEmpty()) {
            throw new InvalidForm("invalid.request.form", problems);
        }
        if (!form.businessId().strip().equals(company)) {
            throw new InvalidInputException(
                    "invalid.request.notYourCompany",
                    "The business ID is not the one of your company (" + company + ")",
                    company);
        }
        if (type == ApiRequest.Type.APPLICATION && !oversight.mayApply(company)) {
            throw new InvalidInputException(
                    "invalid.request.revoked",
                    "Access was revoked after abnormal use: an application needs an"
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
                        credentials.nextAccount("AW"),
                        request.getBusinessId(),
                        request.getCompanyName(),
                        request.getPublicKey(),
                        List.of(request.getHostAddresses().split(",")),
                        List.of(IdCardVerifications.JOB));
                request.credential(issued.getIssKey(), issued.getAgencyAccount());
            }
            case ADDRESS_CHANGE -> {
                if (current.isEmpty()) {
                    throw new InvalidInputException(
                            "invalid.request.noCredential", "The company has no active credential to change");
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
        requireText(reason, "invalid.text.rejectReason", "A rejection needs its reason");
        ApiRequest request = find(id);
        String reviewer = context.getCallerPrincipal().getName();
        request.decide(ApiRequest.Status.REJECTED, reviewer, reason.strip(), TaiwanTime.now(), null);
        decided(request, reviewer, address, "駁回 rejected: " + reason.strip());
        return request;
    }

    /** Asks the company for more information; it has 5 working days from today to answer. */
    @RolesAllowed("MOI_API_REVIEWER")
    public ApiRequest askForMore(long id, String question, String address) {
        requireText(question, "invalid.text.question", "Say what information is missing");
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

    /**
     * The company answers MOI's request for more information, by its deadline, on its progress
     * screen: the request returns to MOI's queue, with 5 working days from today for the review.
     */
    @RolesAllowed("COMPANY_USER")
    public ApiRequest answer(long id, String text, String address) {
        String answer = RequestForm.required(
                text, 1000, "invalid.text.answer", "An answer of at most 1000 characters is required");
        String user = context.getCallerPrincipal().getName();
        ApiRequest request = find(id);
        if (!request.getBusinessId().equals(accounts.agencyCodeOf(user))) {
            throw new InvalidInputException("invalid.request.unknown", "No request #" + id, String.valueOf(id));
        }
        LocalDateTime now = TaiwanTime.now();
        request.answer(answer, now, holidays.workingDaysAfter(now.toLocalDate(), REVIEW_WORKING_DAYS));
        audit.record(AuditEntry.screen(
                user,
                address,
                "API_REQUEST_ANSWERED",
                request.getBusinessId() + " #" + request.getId(),
                AuditOutcome.SUCCESS));
        return request;
    }

    /** Flags the requests whose review is past its deadline and closes those whose answer is. */
    @Schedule(hour = "0", minute = "20", timezone = "Asia/Taipei", info = "api-request-deadlines")
    @Interceptors(TimerRuns.class)
    void flagOverdue() {
        LocalDate today = TaiwanTime.now().toLocalDate();
        closeUnanswered(today);
        // The flag is tested here, not in the query: H2 refuses to compare its NUMBER(1) column
        // with the boolean EclipseLink binds (the job failed on every run until a test ran it).
        for (ApiRequest request : em.createQuery(
                        "SELECT r FROM ApiRequest r WHERE r.status = :submitted AND r.dueOn < :today", ApiRequest.class)
                .setParameter("submitted", ApiRequest.Status.SUBMITTED)
                .setParameter("today", today)
                .getResultList()) {
            if (request.isOverdue()) {
                continue;
            }
            request.markOverdue();
            audit.record(AuditEntry.system("API_REQUEST_OVERDUE", "#" + request.getId()));
        }
    }

    /**
     * Closes as not approved every request whose company did not answer MOI's question by its
     * deadline (before {@code today}), and tells the company; returns how many.
     */
    @RolesAllowed(Role.SYSTEM)
    public int closeUnanswered(LocalDate today) {
        List<ApiRequest> unanswered = em.createQuery(
                        "SELECT r FROM ApiRequest r WHERE r.status = :asked AND r.dueOn < :today ORDER BY r.id",
                        ApiRequest.class)
                .setParameter("asked", ApiRequest.Status.MORE_INFO)
                .setParameter("today", today)
                .getResultList();
        for (ApiRequest request : unanswered) {
            LocalDate due = request.getDueOn();
            request.lapse(TaiwanTime.now());
            audit.record(AuditEntry.system(
                    "API_REQUEST_LAPSED", request.getBusinessId() + " #" + request.getId() + " unanswered by " + due));
            mail(request, "逾期未補件，不予核准 not approved: no answer by " + RocDate.format(due));
        }
        return unanswered.size();
    }

    private void decided(ApiRequest request, String reviewer, String address, String text) {
        audit.record(AuditEntry.screen(
                reviewer,
                address,
                "API_REQUEST_" + request.getStatus(),
                request.getBusinessId() + " #" + request.getId(),
                AuditOutcome.SUCCESS));
        mail(request, text);
    }

    private void mail(ApiRequest request, String text) {
        mail.send(
                request.getEmail(),
                "戶役政 API 申請 #" + request.getId() + "：" + request.getStatus(),
                request.getCompanyName() + " 您好：\n\n您於 " + RocDate.format(request.getSubmittedAt()) + " 提出的申請 #"
                        + request.getId() + " 審查結果：" + text + "\n請至申請進度查詢查看詳情。\n");
    }

    private ApiRequest find(long id) {
        ApiRequest request = em.find(ApiRequest.class, id);
        if (request == null) {
            throw new InvalidInputException("invalid.request.unknown", "No request #" + id, String.valueOf(id));
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

    private static void requireText(String text, String key, String message) {
        RequestForm.required(text, 500, key, message + " (at most 500 characters)");
    }
}
