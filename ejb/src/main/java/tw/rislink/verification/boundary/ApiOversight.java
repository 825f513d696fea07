package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.calendar.boundary.Holidays;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.control.Settings;
import tw.rislink.verification.control.CompanyRegistry;
import tw.rislink.verification.entity.AbnormalUseCase;
import tw.rislink.verification.entity.ApiUserSuspension;

/**
 * MOI's oversight of the ID-card verification API (seed 002). Abnormal use, read from the audit
 * trail every quarter hour: a user with too many wrong checks or too many distinct IDs in a day
 * is suspended (answer 8) and the company is asked to explain within 5 working days; an open
 * case past its deadline revokes the company's access. Every year, each company with access
 * must still be in the company registry under its name, or its access is revoked at once.
 */
@Stateless
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

    @Inject
    private CompanyRegistry registry;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "api-abnormal-use")
    void quarterHourly() {
        scan(
                TaiwanTime.now().toLocalDate(),
                Settings.integer("rislink.api.abnormal.max-wrong", 20),
                Settings.integer("rislink.api.abnormal.max-distinct-ids", 500));
    }

    @Schedule(hour = "0", minute = "30", timezone = "Asia/Taipei", info = "api-explanation-deadlines")
    void daily() {
        enforce(TaiwanTime.now().toLocalDate());
    }

    @Schedule(month = "1", dayOfMonth = "2", hour = "4", timezone = "Asia/Taipei", info = "api-yearly-check")
    void yearly() {
        yearlyCheck();
    }

    /** Suspends the users of a day above the limits and opens their cases; returns how many. */
    public int scan(LocalDate day, int maxWrong, int maxDistinctIds) {
        String chainDay = AuditTrail.DAY.format(day);
        String usage = " FROM AuditRecord r WHERE r.chainDay = :day AND r.action = 'ID_CARD_CHECK'"
                + " AND r.userName IS NOT NULL";
        Map<List<String>, long[]> byUser = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.agencyCode, r.userName, COUNT(DISTINCT r.subjectIds)" + usage
                                + " GROUP BY r.agencyCode, r.userName",
                        Object[].class)
                .setParameter("day", chainDay)
                .getResultList()) {
            byUser.put(List.of((String) row[0], (String) row[1]), new long[] {0, ((Number) row[2]).longValue()});
        }
        for (Object[] row : em.createQuery(
                        "SELECT r.agencyCode, r.userName, COUNT(r)" + usage + " AND r.dataItems IN :wrong"
                                + " GROUP BY r.agencyCode, r.userName",
                        Object[].class)
                .setParameter("day", chainDay)
                .setParameter("wrong", List.of("checkIdCardApply=2", "checkIdCardApply=3", "checkIdCardApply=4"))
                .getResultList()) {
            byUser.get(List.of((String) row[0], (String) row[1]))[0] = ((Number) row[2]).longValue();
        }
        int suspended = 0;
        for (Map.Entry<List<String>, long[]> entry : byUser.entrySet()) {
            String org = entry.getKey().get(0);
            String user = entry.getKey().get(1);
            long wrong = entry.getValue()[0];
            long distinct = entry.getValue()[1];
            if ((wrong > maxWrong || distinct > maxDistinctIds)
                    && em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(org, user)) == null) {
                String finding = day + ": " + wrong + " wrong checks, " + distinct + " distinct IDs";
                verifications.suspendUser(org, user, finding);
                LocalDateTime now = TaiwanTime.now();
                em.persist(new AbnormalUseCase(
                        org, user, finding, now, holidays.workingDaysAfter(now.toLocalDate(), EXPLAIN_WORKING_DAYS)));
                audit.record(AuditEntry.system("API_ABNORMAL_USE_CASE", org + " " + user + " " + finding));
                suspended++;
            }
        }
        return suspended;
    }

    /** The company's explanation of a case. */
    @RolesAllowed("COMPANY_USER")
    public void explain(long caseId, String explanation) {
        if (explanation == null || explanation.isBlank() || explanation.strip().length() > 1000) {
            throw new IllegalArgumentException("An explanation of at most 1000 characters is required");
        }
        find(caseId).answer(explanation.strip());
    }

    /** MOI accepts the explanation: the user may check again. */
    @RolesAllowed("MOI_API_REVIEWER")
    public void accept(long caseId) {
        AbnormalUseCase found = find(caseId);
        found.close(AbnormalUseCase.Status.ACCEPTED, TaiwanTime.now());
        ApiUserSuspension suspension =
                em.find(ApiUserSuspension.class, new ApiUserSuspension.Key(found.getOrgId(), found.getUserId()));
        if (suspension != null) {
            em.remove(suspension);
        }
        audit.record(AuditEntry.system("API_ABNORMAL_USE_ACCEPTED", "#" + caseId));
    }

    /** Revokes the access of every company with a case still open after its deadline; returns how many cases. */
    public int enforce(LocalDate today) {
        List<AbnormalUseCase> late = em.createQuery(
                        "SELECT c FROM AbnormalUseCase c WHERE c.status = :open AND c.dueOn < :today",
                        AbnormalUseCase.class)
                .setParameter("open", AbnormalUseCase.Status.OPEN)
                .setParameter("today", today)
                .getResultList();
        for (AbnormalUseCase found : late) {
            revoke(found.getOrgId(), "no explanation of case #" + found.getId() + " by " + found.getDueOn());
            found.close(AbnormalUseCase.Status.REVOKED, TaiwanTime.now());
        }
        return late.size();
    }

    /** Revokes every company no longer registered under its name; returns how many companies. */
    public int yearlyCheck() {
        int revoked = 0;
        for (ApiCredential credential : em.createQuery(
                        "SELECT c FROM ApiCredential c WHERE c.status <> :revoked", ApiCredential.class)
                .setParameter("revoked", ApiCredential.Status.REVOKED)
                .getResultList()) {
            if (!credential.getOrgId().matches("\\d{8}")) {
                continue;
            }
            Optional<CompanyRegistry.Registration> registration = registry.lookup(credential.getOrgId());
            if (registration.isEmpty()
                    || !registration.get().registered()
                    || !registration.get().name().equals(credential.getHolderName())) {
                credential.setStatus(ApiCredential.Status.REVOKED);
                audit.record(AuditEntry.system(
                        "API_REVOKED", credential.getOrgId() + " " + credential.getAgencyAccount() + " yearly check"));
                revoked++;
            }
        }
        return revoked;
    }

    private void revoke(String orgId, String why) {
        for (ApiCredential credential : em.createQuery(
                        "SELECT c FROM ApiCredential c WHERE c.orgId = :org AND c.status <> :revoked",
                        ApiCredential.class)
                .setParameter("org", orgId)
                .setParameter("revoked", ApiCredential.Status.REVOKED)
                .getResultList()) {
            credential.setStatus(ApiCredential.Status.REVOKED);
            audit.record(AuditEntry.system("API_REVOKED", orgId + " " + credential.getAgencyAccount() + " " + why));
        }
    }

    private AbnormalUseCase find(long caseId) {
        AbnormalUseCase found = em.find(AbnormalUseCase.class, caseId);
        if (found == null) {
            throw new IllegalArgumentException("No case #" + caseId);
        }
        return found;
    }
}
