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
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import tw.rislink.platform.boundary.TimerRuns;
import tw.rislink.platform.control.Settings;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.verification.control.RequestForm;
import tw.rislink.verification.entity.AbnormalUseCase;
import tw.rislink.verification.entity.ApiUsage;
import tw.rislink.verification.entity.ApiUserSuspension;

/**
 * MOI's oversight of the ID-card verification API (seed 002). Abnormal use, read from the audit
 * trail every quarter hour (incrementally, see {@link ApiUsageCounter}): a user with too many wrong checks or too many distinct IDs in a day
 * is suspended (answer 8) and the company is asked to explain within 5 working days; an open
 * case past its deadline revokes the company's access. The yearly registry check is
 * {@link RegistryCheck}.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class ApiOversight {

    static final int EXPLAIN_WORKING_DAYS = 5;

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Holidays holidays;

    @EJB
    private IdCardVerifications verifications;

    @EJB
    private AccountService accounts;

    @EJB
    private CompanyMail mail;

    @EJB
    private ApiUsageCounter usage;

    @EJB
    private ApiCredentials credentials;

    @Resource
    private SessionContext context;

    @Schedule(minute = "*/15", hour = "*", timezone = "Asia/Taipei", info = "api-abnormal-use")
    @Interceptors(TimerRuns.class)
    void quarterHourly() {
        scan(
                TaiwanTime.now().toLocalDate(),
                Settings.integer("rislink.api.abnormal.max-wrong", 20),
                Settings.integer("rislink.api.abnormal.max-distinct-ids", 500));
    }

    @Schedule(hour = "0", minute = "30", timezone = "Asia/Taipei", info = "api-explanation-deadlines")
    @Interceptors(TimerRuns.class)
    void daily() {
        LocalDate today = TaiwanTime.now().toLocalDate();
        enforce(today);
        suspendDisused(today);
    }

    /**
     * Reads the audit records written since the last scan (the day's last minutes included, read
     * after midnight), then suspends every user above a limit on a day in reach and opens a case;
     * returns how many users it suspended. {@code today} is the scan's day: the days read are
     * today and the two before.
     */
    @RolesAllowed(Role.SYSTEM)
    public int scan(LocalDate today, int maxWrong, int maxDistinctIds) {
        usage.advance(today, maxDistinctIds);
        int suspended = 0;
        for (ApiUsage over : usage.overLimit(today, maxWrong, maxDistinctIds)) {
            String org = over.getOrgId();
            String user = over.getUserName();
            // One case per user and day (kept on the day's counts): once MOI has accepted the
            // explanation, the same day's counts do not suspend the user again. A user suspended
            // already has a case under way.
            if (em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(org, user)) != null) {
                continue;
            }
            String distinct = over.getDistinctIds() > maxDistinctIds
                    ? "超過 " + maxDistinctIds
                    : String.valueOf(over.getDistinctIds());
            String finding = RocDate.format(LocalDate.parse(over.getChainDay(), AuditTrail.DAY)) + "：錯誤查驗 "
                    + over.getWrongChecks() + " 次，查驗不同身分證 " + distinct + " 筆";
            verifications.suspendUser(org, user, finding);
            LocalDateTime now = TaiwanTime.now();
            AbnormalUseCase opened = new AbnormalUseCase(
                    org,
                    holderName(org),
                    user,
                    finding,
                    now,
                    holidays.workingDaysAfter(now.toLocalDate(), EXPLAIN_WORKING_DAYS));
            em.persist(opened);
            em.flush();
            over.caseOpened(opened.getId());
            audit.record(AuditEntry.system("API_ABNORMAL_USE_CASE", org + " " + user + " " + finding));
            mailCompany(
                    org,
                    "異常使用說明 #" + opened.getId(),
                    "內政部發現 貴公司使用者 " + user + " 之查驗有異常情形（" + finding + "），該使用者已暫停查驗。\n請於 "
                            + RocDate.format(opened.getDueOn()) + " 前至「異常使用說明」提出說明，逾期未說明將註銷查驗權限。");
            suspended++;
        }
        return suspended;
    }

    /** MOI runs the detection now, e.g. after a complaint; returns how many users it suspended. */
    @RolesAllowed("MOI_API_REVIEWER")
    public int scanNow() {
        return scan(
                TaiwanTime.now().toLocalDate(),
                Settings.integer("rislink.api.abnormal.max-wrong", 20),
                Settings.integer("rislink.api.abnormal.max-distinct-ids", 500));
    }

    /** The cases of the signed-in user's company, newest first. */
    @RolesAllowed("COMPANY_USER")
    public List<AbnormalUseCase> mine() {
        return em.createQuery(
                        "SELECT c FROM AbnormalUseCase c WHERE c.orgId = :org ORDER BY c.openedAt DESC, c.id DESC",
                        AbnormalUseCase.class)
                .setParameter("org", callerCompany())
                .getResultList();
    }

    /** Every case, those waiting for MOI first, then the newest. */
    @RolesAllowed("MOI_API_REVIEWER")
    public List<AbnormalUseCase> all() {
        List<AbnormalUseCase> cases = new ArrayList<>(em.createQuery(
                        "SELECT c FROM AbnormalUseCase c ORDER BY c.openedAt DESC, c.id DESC", AbnormalUseCase.class)
                .setMaxResults(500)
                .getResultList());
        cases.sort(Comparator.comparing(c -> !WAITING_FOR_MOI.contains(c.getStatus())));
        return cases;
    }

    /** The company's explanation of a case. */
    @RolesAllowed("COMPANY_USER")
    public void explain(long caseId, String explanation, String address) {
        AbnormalUseCase found = own(caseId);
        found.answer(RequestForm.required(
                explanation,
                1000,
                "invalid.text.explanation",
                "An explanation of at most 1000 characters is required"));
        recorded(found, "API_CASE_EXPLAINED", address);
    }

    /** The improvement plan of a company whose access was revoked. */
    @RolesAllowed("COMPANY_USER")
    public void proposePlan(long caseId, String plan, String address) {
        AbnormalUseCase found = own(caseId);
        found.proposePlan(RequestForm.required(
                plan, 2000, "invalid.text.plan", "An improvement plan of at most 2000 characters is required"));
        recorded(found, "API_CASE_PLAN", address);
    }

    /** MOI accepts the explanation: the user may check again. */
    @RolesAllowed("MOI_API_REVIEWER")
    public void accept(long caseId, String address) {
        AbnormalUseCase found = find(caseId);
        found.accept(TaiwanTime.now());
        ApiUserSuspension suspension =
                em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(found.getOrgId(), found.getUserId()));
        if (suspension != null) {
            em.remove(suspension);
        }
        decided(found, "API_CASE_ACCEPTED", address, "說明已接受，使用者 " + found.getUserId() + " 恢復查驗。");
    }

    /** MOI does not accept the explanation: the company's access is revoked at once. */
    @RolesAllowed("MOI_API_REVIEWER")
    public void refuse(long caseId, String reason, String address) {
        String why = RequestForm.required(
                reason, 500, "invalid.text.refuseReason", "Refusing an explanation needs its reason");
        AbnormalUseCase found = find(caseId);
        found.refuse(why, TaiwanTime.now());
        revoke(found.getOrgId(), "explanation of case #" + caseId + " refused");
        decided(found, "API_CASE_REFUSED", address, "說明未獲接受（" + why + "），查驗權限已註銷；重新申請前須提出改善做法並經核可。");
    }

    /** MOI accepts the improvement plan: the company may apply again. */
    @RolesAllowed("MOI_API_REVIEWER")
    public void acceptPlan(long caseId, String address) {
        AbnormalUseCase found = find(caseId);
        found.acceptPlan(TaiwanTime.now());
        decided(found, "API_CASE_PLAN_ACCEPTED", address, "改善做法已核可，得重新提出 API 申請。");
    }

    @RolesAllowed("MOI_API_REVIEWER")
    public void refusePlan(long caseId, String reason, String address) {
        String why =
                RequestForm.required(reason, 500, "invalid.text.refusePlanReason", "Refusing a plan needs its reason");
        AbnormalUseCase found = find(caseId);
        found.refusePlan(why);
        decided(found, "API_CASE_PLAN_REFUSED", address, "改善做法未獲核可：" + why);
    }

    /** Whether the company may file an application: no revocation for abnormal use without an accepted plan. */
    @RolesAllowed(Role.SYSTEM)
    public boolean mayApply(String orgId) {
        return em.createQuery(
                                "SELECT COUNT(c) FROM AbnormalUseCase c WHERE c.orgId = :org AND c.status IN :blocking",
                                Long.class)
                        .setParameter("org", orgId)
                        .setParameter(
                                "blocking", List.of(AbnormalUseCase.Status.REVOKED, AbnormalUseCase.Status.IMPROVING))
                        .getSingleResult()
                == 0;
    }

    /**
     * Suspends every key not used for {@code rislink.api.disuse} (default a year) since its last
     * call or its issue; returns how many. The company applies again to resume.
     */
    @RolesAllowed(Role.SYSTEM)
    public int suspendDisused(LocalDate today) {
        LocalDate before = today.minus(Settings.period("rislink.api.disuse", Period.ofYears(1)));
        int suspended = 0;
        for (ApiCredential credential : em.createQuery(
                        "SELECT c FROM ApiCredential c WHERE c.status = :active", ApiCredential.class)
                .setParameter("active", ApiCredential.Status.ACTIVE)
                .getResultList()) {
            if (credential.lastActiveOn().isBefore(before)) {
                credential.setStatus(ApiCredential.Status.SUSPENDED);
                audit.record(AuditEntry.system(
                        "API_SUSPENDED_DISUSE",
                        credential.getOrgId() + " " + credential.getAgencyAccount() + " last used "
                                + credential.lastActiveOn()));
                mailCompany(
                        credential.getOrgId(),
                        "API 停用通知 " + credential.getAgencyAccount(),
                        "機關帳號 " + credential.getAgencyAccount() + " 自 " + RocDate.format(credential.lastActiveOn())
                                + " 起未曾使用，已依規定停用。如需再使用，請重新提出 API 申請。");
                suspended++;
            }
        }
        return suspended;
    }

    /** Revokes the access of every company with a case still open after its deadline; returns how many cases. */
    @RolesAllowed(Role.SYSTEM)
    public int enforce(LocalDate today) {
        List<AbnormalUseCase> late = em.createQuery(
                        "SELECT c FROM AbnormalUseCase c WHERE c.status = :open AND c.dueOn < :today",
                        AbnormalUseCase.class)
                .setParameter("open", AbnormalUseCase.Status.OPEN)
                .setParameter("today", today)
                .getResultList();
        for (AbnormalUseCase found : late) {
            revoke(found.getOrgId(), "no explanation of case #" + found.getId() + " by " + found.getDueOn());
            found.lapse(TaiwanTime.now());
            mailCompany(
                    found.getOrgId(),
                    "異常使用說明 #" + found.getId() + "：查驗權限註銷",
                    "貴公司未於 " + RocDate.format(found.getDueOn()) + " 前說明異常使用情形，查驗權限已註銷；重新申請前須提出改善做法並經核可。");
        }
        return late.size();
    }

    private void revoke(String orgId, String why) {
        for (ApiCredential credential : credentials.revokeAll(orgId)) {
            audit.record(AuditEntry.system("API_REVOKED", orgId + " " + credential.getAgencyAccount() + " " + why));
        }
    }

    private static final Set<AbnormalUseCase.Status> WAITING_FOR_MOI =
            EnumSet.of(AbnormalUseCase.Status.ANSWERED, AbnormalUseCase.Status.IMPROVING);

    private String callerCompany() {
        return accounts.agencyCodeOf(context.getCallerPrincipal().getName());
    }

    /** A case of the caller's company; another company's case is as unknown as a missing one. */
    private AbnormalUseCase own(long caseId) {
        AbnormalUseCase found = find(caseId);
        if (!found.getOrgId().equals(callerCompany())) {
            throw new InvalidInputException("invalid.case.unknown", "No case #" + caseId, String.valueOf(caseId));
        }
        return found;
    }

    private void recorded(AbnormalUseCase found, String action, String address) {
        audit.record(AuditEntry.screen(
                context.getCallerPrincipal().getName(),
                address,
                action,
                found.getOrgId() + " #" + found.getId(),
                AuditOutcome.SUCCESS));
    }

    private void decided(AbnormalUseCase found, String action, String address, String text) {
        recorded(found, action, address);
        mailCompany(found.getOrgId(), "異常使用說明 #" + found.getId(), text);
    }

    private String holderName(String orgId) {
        return em.createQuery("SELECT c.holderName FROM ApiCredential c WHERE c.orgId = :org", String.class)
                .setParameter("org", orgId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(orgId);
    }

    private void mailCompany(String orgId, String subject, String body) {
        mail.send(orgId, subject, body);
    }

    private AbnormalUseCase find(long caseId) {
        AbnormalUseCase found = em.find(AbnormalUseCase.class, caseId);
        if (found == null) {
            throw new InvalidInputException("invalid.case.unknown", "No case #" + caseId, String.valueOf(caseId));
        }
        return found;
    }
}
