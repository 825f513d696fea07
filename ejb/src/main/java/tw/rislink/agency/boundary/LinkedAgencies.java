package tw.rislink.agency.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyPermission;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.agency.entity.AgencyStanding.Standing;
import tw.rislink.agency.entity.AgencyTermination;
import tw.rislink.agency.entity.AgencyViolation;
import tw.rislink.agency.entity.StaffChange;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.boundary.Holidays;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.AgencyPassword;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A linked agency after go-live (seed 001 §12, §19, §20). {@link #mayLink} is the one check every
 * channel makes; a provider (county registration unit or DHR) records violations, suspends and
 * restores, and acknowledges staff changes; the agency remedies, reports staff changes and gives
 * notice. Every decision is taken under the agency's standing row lock, audited as the
 * transaction's last write, and mailed to the agency's officers once committed. The deadlines
 * are {@link AgencyDeadlines}'.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class LinkedAgencies {

    private static final String PROVIDERS = "LOCAL_REGISTRATION";
    private static final String DHR = "DHR_REVIEWER";
    private static final String OFFICER = "APPLICANT_OFFICER";
    private static final String SUPERVISOR = "AGENCY_SUPERVISOR";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private AuditTrail audit;

    @EJB
    private Holidays holidays;

    @EJB
    private AgencyMail mail;

    @Resource
    private SessionContext context;

    // ---- the channels' check

    /**
     * Whether the agency may link now: its standing says LINKED, or it went live before it had a
     * standing (its permissions are there and nothing has happened to it since). Read from the
     * database on every call, never from a cache, so a suspension refuses the next call on every
     * node as soon as it commits.
     */
    @RolesAllowed(Role.SYSTEM)
    public boolean mayLink(String agencyCode) {
        List<Standing> standing = em.createQuery(
                        "SELECT s.standing FROM AgencyStanding s WHERE s.agency.code = :code", Standing.class)
                .setParameter("code", agencyCode)
                .getResultList();
        if (!standing.isEmpty()) {
            return standing.get(0) == Standing.LINKED;
        }
        return hasPermissions(agencyCode);
    }

    /** @throws NotLinkedException unless {@link #mayLink} */
    @RolesAllowed(Role.SYSTEM)
    public void requireLinked(String agencyCode) {
        if (!mayLink(agencyCode)) {
            throw new NotLinkedException(agencyCode, "not linked, suspended, to apply again or terminated");
        }
    }

    /**
     * The review calls this when a case goes live (after writing the permissions): the agency
     * links, also after it had to apply again or had terminated.
     */
    @RolesAllowed(Role.SYSTEM)
    public void wentLive(String agencyCode) {
        Agency agency = agency(agencyCode);
        AgencyStanding standing = standingForUpdate(agency);
        if (standing == null) {
            standing = new AgencyStanding(agency, TaiwanTime.now());
            em.persist(standing);
        } else if (isEnded(standing)) {
            // A new case after "must apply again" or a termination links again; a suspension
            // stays until its remedy is accepted, whatever else goes live meanwhile.
            credentials.reactivate(standing.restore(TaiwanTime.now()));
        }
        audit.record(AuditEntry.system("AGENCY_LINKED", agencyCode));
    }

    /**
     * The agency's standing, row-locked for the rest of the caller's transaction (null if it has
     * none yet): the review takes it before it issues or replaces a key, so that a suspension
     * decided at the same moment sees that key.
     */
    @RolesAllowed(Role.SYSTEM)
    public Standing lockStanding(String agencyCode) {
        AgencyStanding standing = standingForUpdate(agency(agencyCode));
        return standing == null ? null : standing.getStanding();
    }

    // ---- the provider's side

    /** Every linked agency (standing or permissions), with its open violations and pending staff changes. */
    @RolesAllowed({PROVIDERS, DHR})
    public List<AgencyOverview> all() {
        Map<String, Agency> agencies = new TreeMap<>();
        for (Agency agency : em.createQuery("SELECT s.agency FROM AgencyStanding s", Agency.class)
                .getResultList()) {
            agencies.put(agency.getCode(), agency);
        }
        for (Agency agency : em.createQuery("SELECT DISTINCT p.agency FROM AgencyPermission p", Agency.class)
                .getResultList()) {
            agencies.put(agency.getCode(), agency);
        }
        List<AgencyOverview> all = new ArrayList<>();
        for (Agency agency : agencies.values()) {
            if (providesFor(agency)) {
                all.add(overview(agency, true));
            }
        }
        // Those that wait for the provider first: overdue staff changes, remedies to decide.
        all.sort(Comparator.comparing((AgencyOverview o) -> !o.isOverdue())
                .thenComparing(
                        o -> o.violations().stream().noneMatch(v -> v.getOutcome() == AgencyViolation.Outcome.REMEDIED))
                .thenComparing(AgencyOverview::code));
        return all;
    }

    /**
     * Records a violation. The agency's officers are told by e-mail once it commits (the same
     * day); with {@code suspend} the agency is suspended at once: every channel refuses it and its
     * active Iss keys are suspended, until a remedy is accepted.
     */
    @RolesAllowed({PROVIDERS, DHR})
    public AgencyViolation recordViolation(String agencyCode, String description, boolean suspend, String address) {
        String what = TypedText.required(
                description, 2000, "invalid.text.violation", "A description of at most 2000 characters is required");
        String user = caller();
        Agency provider = agency(accounts.agencyCodeOf(user));
        Agency agency = agency(agencyCode);
        requireProviderOf(agency);
        AgencyStanding standing = linkedForUpdate(agency);
        LocalDateTime now = TaiwanTime.now();
        AgencyViolation violation = new AgencyViolation(agency, user, provider, now, what, suspend);
        em.persist(violation);
        if (suspend) {
            standing.suspend(credentials.suspendActive(agency.getCode()), now);
        }
        em.flush();
        mail.toOfficers(
                agency,
                "違規通知 #" + violation.getId(),
                provider.getNameZh() + " 於 " + RocDate.format(now) + " 發現 貴機關之連結作業有違規情形：\n" + what + "\n\n"
                        + (suspend ? "自即日起暫停 貴機關之連結作業及檔案使用，改善經本機關同意後恢復。\n" : "")
                        + "請於 " + RocDate.format(violation.getRemedyDue()) + " 前提出改善說明；逾期未改善者，須重新申請。");
        recorded(user, address, suspend ? "AGENCY_VIOLATION_SUSPENDED" : "AGENCY_VIOLATION", agency, violation.getId());
        return violation;
    }

    /** Accepts the agency's remedy; the last open suspending violation accepted, the agency links again. */
    @RolesAllowed({PROVIDERS, DHR})
    public void acceptRemedy(long violationId, String address) {
        AgencyViolation violation = decidedHere(violation(violationId));
        AgencyStanding standing = standingForUpdate(violation.getAgency());
        em.refresh(violation);
        LocalDateTime now = TaiwanTime.now();
        violation.accept(caller(), now);
        boolean restored = false;
        if (standing != null && standing.getStanding() == Standing.SUSPENDED && !stillSuspending(violation)) {
            credentials.reactivate(standing.restore(now));
            restored = true;
        }
        em.flush();
        mail.toOfficers(
                violation.getAgency(),
                "違規通知 #" + violationId + "：改善已同意",
                "貴機關就違規通知 #" + violationId + " 所提改善說明已獲同意。" + (restored ? "連結作業及檔案使用自即日起恢復。" : ""));
        recorded(
                caller(),
                address,
                restored ? "AGENCY_REMEDY_ACCEPTED_RESTORED" : "AGENCY_REMEDY_ACCEPTED",
                violation.getAgency(),
                violationId);
    }

    /** Refuses the remedy with a reason: the agency may describe another until the deadline. */
    @RolesAllowed({PROVIDERS, DHR})
    public void refuseRemedy(long violationId, String reason, String address) {
        String why = TypedText.required(
                reason,
                500,
                "invalid.text.remedyRefusal",
                "Refusing a remedy needs its reason (at most 500 characters)");
        AgencyViolation violation = decidedHere(violation(violationId));
        standingForUpdate(violation.getAgency());
        em.refresh(violation);
        violation.refuse(why, caller(), TaiwanTime.now());
        em.flush();
        mail.toOfficers(
                violation.getAgency(),
                "違規通知 #" + violationId + "：改善未獲同意",
                "貴機關所提改善說明未獲同意：" + why + "\n請於 " + RocDate.format(violation.getRemedyDue())
                        + " 前再提出改善說明；逾期未改善者，須重新申請。");
        recorded(caller(), address, "AGENCY_REMEDY_REFUSED", violation.getAgency(), violationId);
    }

    @RolesAllowed({PROVIDERS, DHR})
    public void acknowledgeStaffChange(long staffChangeId, String address) {
        StaffChange change = em.find(StaffChange.class, staffChangeId);
        if (change == null || !providesFor(change.getAgency())) {
            throw new InvalidInputException(
                    "invalid.staffChange.unknown", "No staff change #" + staffChangeId, String.valueOf(staffChangeId));
        }
        standingForUpdate(change.getAgency());
        em.refresh(change);
        if (!change.acknowledge(caller(), TaiwanTime.now())) {
            throw new InvalidInputException(
                    "invalid.staffChange.acknowledged",
                    "Staff change #" + staffChangeId + " was acknowledged already",
                    String.valueOf(staffChangeId));
        }
        em.flush();
        recorded(caller(), address, "AGENCY_STAFF_CHANGE_ACKNOWLEDGED", change.getAgency(), staffChangeId);
    }

    // ---- the agency's side

    /** The caller's own agency: standing, permissions, every violation and staff change. */
    @RolesAllowed({OFFICER, SUPERVISOR})
    public AgencyOverview mine() {
        return overview(callerAgency(), false);
    }

    @RolesAllowed({OFFICER, SUPERVISOR})
    public void submitRemedy(long violationId, String text, String address) {
        String remedy = TypedText.required(
                text, 2000, "invalid.text.remedy", "A remedy of at most 2000 characters is required");
        AgencyViolation violation = violation(violationId);
        Agency own = callerAgency();
        if (!violation.getAgency().getId().equals(own.getId())) {
            throw unknownViolation(violationId);
        }
        standingForUpdate(own);
        em.refresh(violation);
        violation.remedy(remedy, caller(), TaiwanTime.now());
        em.flush();
        recorded(caller(), address, "AGENCY_REMEDY_SUBMITTED", own, violationId);
    }

    @RolesAllowed({OFFICER, SUPERVISOR})
    public StaffChange reportStaffChange(StaffChange.Kind kind, String previousName, String newName, String address) {
        if (kind == null) {
            throw new InvalidInputException("invalid.staffChange.kind", "Officer or supervisor?");
        }
        String before = TypedText.required(
                previousName, 50, "invalid.text.staffName", "A name of at most 50 characters is required");
        String after = TypedText.required(
                newName, 50, "invalid.text.staffName", "A name of at most 50 characters is required");
        Agency own = callerAgency();
        linkedForUpdate(own);
        LocalDateTime now = TaiwanTime.now();
        StaffChange change = new StaffChange(
                own,
                kind,
                before,
                after,
                caller(),
                now,
                holidays.workingDaysAfter(now.toLocalDate(), StaffChange.ACKNOWLEDGE_WORKING_DAYS));
        em.persist(change);
        em.flush();
        recorded(caller(), address, "AGENCY_STAFF_CHANGE_" + kind, own, change.getId());
        return change;
    }

    /** Gives notice to end linking: it takes effect one month after today. */
    @RolesAllowed({OFFICER, SUPERVISOR})
    public AgencyTermination requestTermination(String address) {
        Agency own = callerAgency();
        linkedForUpdate(own);
        if (!em.createNamedQuery(AgencyTermination.PENDING_OF, AgencyTermination.class)
                .setParameter("agency", own)
                .getResultList()
                .isEmpty()) {
            throw new InvalidInputException(
                    "invalid.termination.pending", "Notice was given already for " + own.getCode());
        }
        AgencyTermination termination = new AgencyTermination(own, caller(), TaiwanTime.now());
        em.persist(termination);
        em.flush();
        mail.toOfficers(
                own,
                "終止連結通知",
                "貴機關已於 " + RocDate.format(termination.getNoticeOn()) + " 提出終止連結，將於 "
                        + RocDate.format(termination.getEffectiveOn()) + " 生效，屆時停止連結作業並移除使用環境。");
        recorded(caller(), address, "AGENCY_TERMINATION_REQUESTED", own, termination.getId());
        return termination;
    }

    // ---- what the deadlines carry out, one agency per transaction (AgencyDeadlines)

    /** Flags one staff change still unacknowledged after its due date; false if nothing was due. */
    @RolesAllowed(Role.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean flagStaffChange(long staffChangeId, LocalDate today) {
        StaffChange change = em.find(StaffChange.class, staffChangeId);
        standingForUpdate(change.getAgency());
        em.refresh(change);
        if (!change.getDueOn().isBefore(today) || !change.flagOverdue()) {
            return false;
        }
        audit.record(AuditEntry.system(
                "AGENCY_STAFF_CHANGE_OVERDUE", change.getAgency().getCode() + " #" + staffChangeId));
        return true;
    }

    /**
     * A violation without an accepted remedy after its deadline: the agency must apply again —
     * its open violations lapse, its permissions are removed, its Iss keys revoked. False if the
     * violation was remedied meanwhile or is not due.
     */
    @RolesAllowed(Role.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapseViolation(long violationId, LocalDate today) {
        AgencyViolation violation = em.find(AgencyViolation.class, violationId);
        Agency agency = violation.getAgency();
        AgencyStanding standing = standingForUpdate(agency);
        em.refresh(violation);
        if (!violation.getOutcome().isOpen() || !violation.getRemedyDue().isBefore(today)) {
            return false;
        }
        LocalDateTime now = TaiwanTime.now();
        violation.lapse(now);
        boolean ended = standing != null && !isEnded(standing);
        if (ended) {
            for (AgencyViolation other : violations(agency)) {
                other.lapse(now);
            }
            standing.end(Standing.MUST_REAPPLY, now);
            endLinking(agency);
            mail.toOfficers(
                    agency,
                    "違規通知 #" + violationId + "：應重新申請",
                    "貴機關未於 " + RocDate.format(violation.getRemedyDue()) + " 前完成改善並經同意，連結作業已終止，權限及金鑰均已註銷；"
                            + "如需再連結，請重新申請。");
        }
        em.flush();
        audit.record(AuditEntry.system(
                ended ? "AGENCY_MUST_REAPPLY" : "AGENCY_VIOLATION_LAPSED", agency.getCode() + " #" + violationId));
        return true;
    }

    /**
     * Carries out a termination whose effective date has come: standing TERMINATED, permissions
     * removed, Iss keys revoked and the password-table accounts revoked (its user environment).
     */
    @RolesAllowed(Role.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean carryOutTermination(long terminationId, LocalDate today) {
        AgencyTermination termination = em.find(AgencyTermination.class, terminationId);
        Agency agency = termination.getAgency();
        AgencyStanding standing = standingForUpdate(agency);
        em.refresh(termination);
        if (termination.getCarriedOutAt() != null
                || termination.getEffectiveOn().isAfter(today)) {
            return false;
        }
        LocalDateTime now = TaiwanTime.now();
        termination.carriedOut(now);
        if (standing == null) {
            standing = new AgencyStanding(agency, now);
            em.persist(standing);
        }
        standing.end(Standing.TERMINATED, now);
        endLinking(agency);
        for (AgencyPassword account : em.createQuery(
                        "SELECT p FROM AgencyPassword p WHERE p.agency = :agency", AgencyPassword.class)
                .setParameter("agency", agency)
                .getResultList()) {
            account.revoke(now);
        }
        em.flush();
        mail.toOfficers(
                agency,
                "終止連結生效",
                "貴機關於 " + RocDate.format(termination.getNoticeOn()) + " 提出之終止連結已於 "
                        + RocDate.format(termination.getEffectiveOn()) + " 生效：連結作業已停止，權限、金鑰及使用環境均已移除。");
        audit.record(AuditEntry.system("AGENCY_TERMINATED", agency.getCode() + " #" + terminationId));
        return true;
    }

    // ---- helpers

    private void endLinking(Agency agency) {
        em.createQuery("DELETE FROM AgencyPermission p WHERE p.agency = :agency")
                .setParameter("agency", agency)
                .executeUpdate();
        credentials.revokeAll(agency.getCode());
    }

    private static boolean isEnded(AgencyStanding standing) {
        return standing.getStanding() == Standing.MUST_REAPPLY || standing.getStanding() == Standing.TERMINATED;
    }

    /** Whether another violation still open suspended the agency, which then stays suspended. */
    private boolean stillSuspending(AgencyViolation accepted) {
        return violations(accepted.getAgency()).stream()
                .anyMatch(v -> !v.getId().equals(accepted.getId())
                        && v.isSuspended()
                        && v.getOutcome().isOpen());
    }

    /**
     * The agency's standing, row-locked: everything about one agency is decided one after
     * another. An agency that went live before it had a standing row gets one, created under its
     * agency row's lock (a row that does not exist cannot be locked). Null if it has neither.
     */
    private AgencyStanding standingForUpdate(Agency agency) {
        AgencyStanding found = lockedStanding(agency);
        if (found != null || !hasPermissions(agency.getCode())) {
            return found;
        }
        em.find(Agency.class, agency.getId(), LockModeType.PESSIMISTIC_WRITE);
        found = lockedStanding(agency);
        if (found == null) {
            found = new AgencyStanding(agency, TaiwanTime.now());
            em.persist(found);
            em.flush();
        }
        return found;
    }

    private AgencyStanding lockedStanding(Agency agency) {
        return em.createNamedQuery(AgencyStanding.OF_AGENCY, AgencyStanding.class)
                .setParameter("code", agency.getCode())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The standing, locked, of an agency that links or is suspended. */
    private AgencyStanding linkedForUpdate(Agency agency) {
        AgencyStanding standing = standingForUpdate(agency);
        if (standing == null || isEnded(standing)) {
            throw new InvalidInputException(
                    "invalid.agency.notLinked", agency.getCode() + " is not a linked agency", agency.getCode());
        }
        return standing;
    }

    private boolean hasPermissions(String agencyCode) {
        return !em.createQuery("SELECT p.channel FROM AgencyPermission p WHERE p.agency.code = :code")
                .setParameter("code", agencyCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private AgencyOverview overview(Agency agency, boolean openOnly) {
        AgencyStanding standing = em.createNamedQuery(AgencyStanding.OF_AGENCY, AgencyStanding.class)
                .setParameter("code", agency.getCode())
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<AgencyOverview.Permission> permissions = em.createQuery(
                        "SELECT p FROM AgencyPermission p WHERE p.agency = :agency ORDER BY p.channel, p.item.code",
                        AgencyPermission.class)
                .setParameter("agency", agency)
                .getResultStream()
                .map(p -> new AgencyOverview.Permission(
                        p.getItem().getCode(),
                        p.getItem().getNameZh(),
                        p.getItem().getNameEn(),
                        p.getChannel(),
                        p.getCountyCode()))
                .toList();
        Standing now = standing != null ? standing.getStanding() : permissions.isEmpty() ? null : Standing.LINKED;
        List<AgencyViolation> violations = violations(agency).stream()
                .filter(v -> !openOnly || v.getOutcome().isOpen())
                .toList();
        List<StaffChange> changes = em.createNamedQuery(StaffChange.OF_AGENCY, StaffChange.class)
                .setParameter("agency", agency)
                .getResultStream()
                .filter(c -> !openOnly || c.isPending())
                .toList();
        AgencyTermination termination = em.createNamedQuery(AgencyTermination.PENDING_OF, AgencyTermination.class)
                .setParameter("agency", agency)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new AgencyOverview(
                agency.getCode(),
                agency.getNameZh(),
                agency.getNameEn(),
                now,
                standing != null ? standing.getSince() : null,
                permissions,
                violations,
                changes,
                termination);
    }

    private List<AgencyViolation> violations(Agency agency) {
        return em.createNamedQuery(AgencyViolation.OF_AGENCY, AgencyViolation.class)
                .setParameter("agency", agency)
                .getResultList();
    }

    private AgencyViolation violation(long violationId) {
        AgencyViolation found = em.find(AgencyViolation.class, violationId);
        if (found == null) {
            throw unknownViolation(violationId);
        }
        return found;
    }

    private static InvalidInputException unknownViolation(long violationId) {
        return new InvalidInputException(
                "invalid.violation.unknown", "No violation #" + violationId, String.valueOf(violationId));
    }

    private Agency agency(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new InvalidInputException("invalid.agency.unknown", "No agency " + code, String.valueOf(code)));
    }

    /**
     * Whether the caller provides for the agency (DOMAIN.md §2): DHR for every agency, a county's
     * registration unit for the agencies whose applications it received.
     */
    private boolean providesFor(Agency agency) {
        if (context.isCallerInRole(DHR)) {
            return true;
        }
        return em.createQuery(
                                "SELECT COUNT(c) FROM LinkingCase c WHERE c.agency = :agency AND c.localUnit.code = :mine",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("mine", accounts.agencyCodeOf(caller()))
                        .getSingleResult()
                > 0;
    }

    private void requireProviderOf(Agency agency) {
        if (!providesFor(agency)) {
            throw new InvalidInputException(
                    "invalid.agency.notYours",
                    agency.getCode() + " is not an agency your unit provides for",
                    agency.getCode());
        }
    }

    /** A violation's remedy is decided by the provider that recorded it, or by DHR. */
    private AgencyViolation decidedHere(AgencyViolation violation) {
        if (!context.isCallerInRole(DHR)
                && !violation.getProvider().getCode().equals(accounts.agencyCodeOf(caller()))) {
            throw unknownViolation(violation.getId());
        }
        return violation;
    }

    private Agency callerAgency() {
        return agency(accounts.agencyCodeOf(caller()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private void recorded(String user, String address, String action, Agency agency, Long id) {
        audit.record(AuditEntry.screen(user, address, action, agency.getCode() + " #" + id, AuditOutcome.SUCCESS));
    }

    /** Typed texts: required, stripped, at most a column's length. */
    static final class TypedText {

        private TypedText() {}

        static String required(String value, int max, String key, String problem) {
            if (value == null || value.isBlank() || value.strip().length() > max) {
                throw new InvalidInputException(key, problem, max);
            }
            return value.strip();
        }
    }
}
