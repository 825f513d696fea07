package tw.rislink.linking.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.agency.boundary.LinkedAgencies;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyPermission;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.boundary.Holidays;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.control.AddressRange;
import tw.rislink.credential.control.AgencyCertificate;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.credential.control.PasswordTable;
import tw.rislink.credential.entity.AgencyPassword;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.linking.control.Deadlines;
import tw.rislink.linking.control.LinkingForm;
import tw.rislink.linking.control.Review;
import tw.rislink.linking.control.Route;
import tw.rislink.linking.control.Upload;
import tw.rislink.linking.entity.AddressLock;
import tw.rislink.linking.entity.AssignedRange;
import tw.rislink.linking.entity.Attachment;
import tw.rislink.linking.entity.AttachmentContent;
import tw.rislink.linking.entity.AttachmentKind;
import tw.rislink.linking.entity.CaseEvent;
import tw.rislink.linking.entity.CaseItem;
import tw.rislink.linking.entity.CaseStatus;
import tw.rislink.linking.entity.LinkingCase;
import tw.rislink.linking.entity.OpenStep;
import tw.rislink.linking.entity.Party;
import tw.rislink.linking.entity.RangePurpose;
import tw.rislink.linking.entity.ReviewAction;
import tw.rislink.linking.entity.Step;
import tw.rislink.platform.boundary.MailService;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * The linking application (seed 000) as one case that every party works on: the officer's draft,
 * the CISO's review of the security agreement and the supervisor's approval, then the review's
 * actions, each decided by {@link Review} under the case's row lock, recorded in the case's
 * history and the audit trail, and e-mailed to the parties of the steps it opened once the
 * transaction commits. A caller sees a case only when it is a party of it, and may take only the
 * actions its party may take now: anything else is refused as if posted by hand.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class LinkingCases {

    /** A case waiting for the caller: at which step, since when, until when. */
    public record QueueEntry(
            long caseId,
            String caseNumber,
            String agencyCode,
            String agencyNameZh,
            String agencyNameEn,
            String channel,
            Step step,
            LocalDateTime openedAt,
            LocalDate dueOn,
            boolean overdue,
            long ageDays)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * What an action did: the action recorded (an address assignment that found the applicant's
     * host in conflict is recorded as the return it became, with the conflict named), and the
     * password table when one was issued, shown this once.
     */
    public record Outcome(LinkingCase linkingCase, ReviewAction taken, String remark, List<PasswordLine> passwordTable)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** One line of a password table as issued: the account and its password, never stored. */
    public record PasswordLine(String account, String password) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Without the password, which is never logged. */
        @Override
        public String toString() {
            return "PasswordLine[" + account + "]";
        }
    }

    /** What carrying out an action changed besides the review: the return it became, a password table. */
    private record Carried(ReviewAction instead, String remark, List<PasswordLine> passwords) {

        static final Carried NOTHING = new Carried(null, null, List.of());
    }

    /** What a party adds to an action: a remark, and what some actions carry. */
    public record ActionInput(
            String remark,
            Map<RangePurpose, String> ranges,
            String hostAddresses,
            LocalDate linkTestOn,
            String certificate)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public static ActionInput remark(String remark) {
            return new ActionInput(remark, Map.of(), null, null, null);
        }
    }

    /** A case as its party sees it: the case, its history and documents, and what the party may do now. */
    public record CaseView(
            LinkingCase linkingCase,
            List<CaseEvent> history,
            List<Attachment> attachments,
            List<AssignedRange> ranges,
            Set<Party> parties,
            Set<ReviewAction> actions,
            Set<AttachmentKind> missingAttachments)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private static final Set<ReviewAction> NEEDS_REMARK = EnumSet.of(
            ReviewAction.RETURN_FOR_COMPLETION,
            ReviewAction.PROPOSE_REVIEW_RESULT,
            ReviewAction.DISAGREE,
            ReviewAction.RETURN_TO_LOCAL_UNIT,
            ReviewAction.REJECT,
            ReviewAction.REPORT_ADDRESS_CONFLICT,
            ReviewAction.RETURN_KEY_FROM_LOCAL_UNIT,
            ReviewAction.RETURN_KEY_FROM_DHR,
            ReviewAction.RETURN_KEY_FROM_DIS,
            ReviewAction.RECORD_LINK_TEST_FAILED,
            ReviewAction.WITHDRAW);

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AccountService accounts;

    @EJB
    private Holidays holidays;

    @EJB
    private AuditTrail audit;

    @EJB
    private MailService mail;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private LinkedAgencies linkedAgencies;

    /** The local registration units an application may go to: agencies with a registration officer. */
    @RolesAllowed("APPLICANT_OFFICER")
    public List<Agency> localUnits() {
        return em
                .createQuery(
                        "SELECT DISTINCT u.agency FROM UserAccount u JOIN u.grants g WHERE g.role = :role",
                        Agency.class)
                .setParameter("role", Role.LOCAL_REGISTRATION)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(Agency::getCode))
                .toList();
    }

    /**
     * Saves the officer's application: a new draft when {@code caseId} is null, else the draft or
     * returned case the officer's agency holds at submission. Changing it voids the supervisor's
     * approval (and the CISO's review if the scope changes), which must be given again.
     *
     * @throws InvalidForm listing every problem of the form
     */
    @RolesAllowed("APPLICANT_OFFICER")
    public LinkingCase save(Long caseId, LinkingForm form, String address) {
        form.check();
        String user = user();
        Agency agency = agencyOf(user);
        Agency localUnit = localUnits().stream()
                .filter(a -> a.getCode().equals(form.localUnitCode().strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidForm(
                        "invalid.linking.form",
                        List.of(InvalidForm.Problem.of(
                                "localUnit", "invalid.linking.localUnit", "Choose the local registration unit"))));
        if (localUnit.equals(agency)) {
            throw new InvalidForm(
                    "invalid.linking.form",
                    List.of(InvalidForm.Problem.of(
                            "localUnit",
                            "invalid.linking.ownLocalUnit",
                            "An agency cannot send its application to itself for review")));
        }
        if (form.countyOnly() && localUnit.getCountyCode() == null) {
            throw new InvalidForm(
                    "invalid.linking.form",
                    List.of(
                            InvalidForm.Problem.of(
                                    "countyOnly",
                                    "invalid.linking.noCounty",
                                    "The local unit chosen provides no county's register of its own: ask for nationwide data")));
        }
        Map<DataItem, String> items = new LinkedHashMap<>();
        List<InvalidForm.Problem> problems = new ArrayList<>();
        form.legalBases().forEach((code, basis) -> {
            DataItem item = em.createNamedQuery(DataItem.BY_CODE, DataItem.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (item == null || item.isRetired() || item.getDataScope() != form.scope()) {
                problems.add(InvalidForm.Problem.of(
                        "items",
                        "invalid.linking.itemNotOffered",
                        code + " is not an item of the catalogue for this data scope",
                        code));
            } else {
                items.put(item, basis);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidForm("invalid.linking.form", problems);
        }
        LocalDateTime now = TaiwanTime.now();
        LinkingCase c;
        if (caseId == null) {
            c = new LinkingCase(agency, user, now);
        } else {
            c = editable(caseId, agency);
            if (c.getDataScope() != form.scope()) {
                c.securityAgreementReviewed(null, null);
            }
            c.internalUseApproved(null, null);
        }
        c.describe(
                localUnit,
                form.channel(),
                form.firstTime(),
                form.scope(),
                form.deliveryModes(),
                form.purpose().strip(),
                form.addresses(),
                form.contactName().strip(),
                form.contactPhone().strip(),
                form.contactEmail().strip(),
                form.supervisorName().strip());
        c.request(items);
        c.coverCounty(form.countyOnly() ? localUnit.getCountyCode() : null);
        if (caseId == null) {
            em.persist(c);
            c.numbered("L" + (now.getYear() - RocDate.YEAR_OFFSET) + "-" + String.format("%06d", c.getId()));
            c.moveTo(CaseStatus.IN_REVIEW, Set.of(Step.SUBMISSION), now, this::noDeadlineForDraft);
        }
        em.flush();
        history(c, user, Party.APPLICANT, caseId == null ? "DRAFT_CREATED" : "DRAFT_SAVED", null, now);
        audit(user, address, caseId == null ? "LINKING_DRAFT_CREATED" : "LINKING_DRAFT_SAVED", c);
        return c;
    }

    /** The CISO of the applicant agency has reviewed the security agreement (seed 000, step 1). */
    @RolesAllowed("CISO")
    public LinkingCase reviewSecurityAgreement(long caseId, String address) {
        String user = user();
        LinkingCase c = editable(caseId, agencyOf(user));
        requireNotTheOfficer(c, user);
        if (attachments(c).stream().noneMatch(a -> a.getKind() == AttachmentKind.SECURITY_AGREEMENT)) {
            throw new InvalidInputException(
                    "invalid.linking.noSecurityAgreement", "The security agreement is not attached yet");
        }
        LocalDateTime now = TaiwanTime.now();
        c.securityAgreementReviewed(user, now);
        history(c, user, Party.APPLICANT, "SECURITY_AGREEMENT_REVIEWED", null, now);
        audit(user, address, "LINKING_SECURITY_AGREEMENT_REVIEWED", c);
        return c;
    }

    /** The agency supervisor approves the application for internal use (seed 000, step 1). */
    @RolesAllowed("AGENCY_SUPERVISOR")
    public LinkingCase approveInternalUse(long caseId, String address) {
        String user = user();
        LinkingCase c = editable(caseId, agencyOf(user));
        requireNotTheOfficer(c, user);
        LocalDateTime now = TaiwanTime.now();
        c.internalUseApproved(user, now);
        history(c, user, Party.APPLICANT, "INTERNAL_USE_APPROVED", null, now);
        audit(user, address, "LINKING_INTERNAL_USE_APPROVED", c);
        return c;
    }

    /**
     * One action of the review by the caller's party, decided under the case's row lock.
     *
     * @return the outcome; for {@link ReviewAction#ISSUE_PASSWORD_TABLE}, the password table, which
     *     is shown this once and kept only as hashes
     * @throws Review.Refused when the caller's party may not take the action now
     * @throws InvalidInputException when what the action carries is wrong
     */
    @RolesAllowed({"APPLICANT_OFFICER", "LOCAL_REGISTRATION", "DHR_REVIEWER", "DIS_ENGINEER", "TELECOM"})
    public Outcome act(long caseId, ReviewAction action, ActionInput input, String address) {
        String user = user();
        LinkingCase c = em.find(LinkingCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        Set<Party> parties = c == null ? Set.of() : actingParties(c, accounts.agencyCodeOf(user));
        if (parties.isEmpty()) {
            throw unknown(caseId);
        }
        // Refused by the review as another party's action, unless the caller acts for its party.
        Party party = parties.contains(action.party())
                ? action.party()
                : parties.iterator().next();
        Review review = review(c);
        Review next = review.apply(action, party, route(c));
        String remark =
                input == null || input.remark() == null ? null : input.remark().strip();
        if (remark != null && remark.length() > 1000) {
            throw new InvalidInputException(
                    "invalid.linking.remarkTooLong", "A remark is at most 1000 characters", 1000);
        }
        if (NEEDS_REMARK.contains(action) && (remark == null || remark.isEmpty())) {
            throw new InvalidInputException("invalid.linking.remarkRequired", "Say why: " + action + " needs a remark");
        }
        LocalDateTime now = TaiwanTime.now();
        Carried carried = carryOut(c, action, input == null ? ActionInput.remark(null) : input, user, now);
        if (carried.instead() != null) {
            next = review.apply(carried.instead(), party, route(c));
            action = carried.instead();
            remark = carried.remark();
        }
        if (action == ReviewAction.SUBMIT) {
            c.submitted(now);
        }
        Set<Step> before = c.openStepSet();
        c.moveTo(next.status(), next.open(), now, step -> dueOn(c, step, now));
        if (next.status() == CaseStatus.LIVE) {
            // The standing before the agency row, as every decision about a linked agency takes them.
            linkedAgencies.lockStanding(c.getAgency().getCode());
            grantPermissions(c, now);
            linkedAgencies.wentLive(c.getAgency().getCode());
        }
        history(c, user, party, action.name(), remark, now);
        audit(user, address, "LINKING_" + action.name(), c);
        notifyOpened(c, before, action, remark);
        return new Outcome(c, action, remark, carried.passwords());
    }

    /**
     * DIS replaces a live agency's Iss key, bound to the agency's new certificate (or its current
     * one when none is given): the old key keeps working for the grace period
     * ({@code rislink.credential.rotation-grace}), so the agency can switch its clients over.
     */
    @RolesAllowed("DIS_ENGINEER")
    public LinkingCase rotateIssKey(long caseId, String certificate, String address) {
        String user = user();
        LinkingCase c = em.find(LinkingCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !actingParties(c, accounts.agencyCodeOf(user)).contains(Party.DIS)) {
            throw unknown(caseId);
        }
        if (c.getStatus() != CaseStatus.LIVE || c.getIssKey() == null) {
            throw new InvalidInputException(
                    "invalid.linking.noKeyToRotate",
                    "Only a live case's Iss key is rotated; " + c.getCaseNumber() + " has none live",
                    c.getCaseNumber());
        }
        requireNotSuspended(c);
        String pem =
                certificate == null || certificate.isBlank() ? c.getCertificate() : submittedCertificate(certificate);
        AgencyCertificate.Checked checked = AgencyCertificate.check(pem, Instant.now());
        ApiCredential next = credentials.rotate(c.getIssKey(), checked.publicKey());
        c.certificate(pem);
        c.issKey(next.getIssKey());
        LocalDateTime now = TaiwanTime.now();
        history(c, user, Party.DIS, "ISS_KEY_ROTATED", checked.subject() + " #" + checked.serial(), now);
        audit(user, address, "LINKING_ISS_KEY_ROTATED", c);
        notifyParty(c, Party.APPLICANT, "ISS_KEY_ROTATED", null);
        return c;
    }

    /** What is waiting for the caller: its party's open steps (the CISO and supervisor: their drafts). */
    @RolesAllowed({
        "APPLICANT_OFFICER",
        "CISO",
        "AGENCY_SUPERVISOR",
        "LOCAL_REGISTRATION",
        "DHR_REVIEWER",
        "DIS_ENGINEER",
        "TELECOM"
    })
    public List<QueueEntry> queue() {
        String agency = accounts.agencyCodeOf(user());
        LocalDate today = TaiwanTime.now().toLocalDate();
        List<QueueEntry> entries = new ArrayList<>();
        for (OpenStep open : em.createQuery("SELECT s FROM OpenStep s ORDER BY s.dueOn, s.openedAt", OpenStep.class)
                .getResultList()) {
            LinkingCase c = open.getLinkingCase();
            if (waitsFor(c, open.getStep(), agency)) {
                entries.add(entry(c, open, today));
            }
        }
        return entries;
    }

    /** Every case of the caller's agency (officer, CISO, supervisor), newest first. */
    @RolesAllowed({"APPLICANT_OFFICER", "CISO", "AGENCY_SUPERVISOR"})
    public List<LinkingCase> ofMyAgency() {
        return em.createNamedQuery(LinkingCase.OF_AGENCY, LinkingCase.class)
                .setParameter("agency", agencyOf(user()))
                .getResultList();
    }

    /** A case as the caller sees it, with the actions the caller may take now. */
    @RolesAllowed({
        "APPLICANT_OFFICER",
        "CISO",
        "AGENCY_SUPERVISOR",
        "LOCAL_REGISTRATION",
        "DHR_REVIEWER",
        "DIS_ENGINEER",
        "TELECOM"
    })
    public CaseView view(long caseId) {
        String user = user();
        LinkingCase c = em.find(LinkingCase.class, caseId);
        Set<Party> viewing = c == null ? Set.of() : viewingParties(c, accounts.agencyCodeOf(user));
        if (viewing.isEmpty()) {
            throw unknown(caseId);
        }
        Review review = review(c);
        Route route = route(c);
        Set<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
        for (Party party : actingParties(c, accounts.agencyCodeOf(user))) {
            actions.addAll(review.actionsFor(party, route));
        }
        List<Attachment> attachments = attachments(c);
        Set<AttachmentKind> missing =
                EnumSet.copyOf(AttachmentKind.required(c.getChannel(), c.getDataScope(), c.isFirstTime()));
        attachments.forEach(a -> missing.remove(a.getKind()));
        return new CaseView(
                c,
                em.createNamedQuery(CaseEvent.OF_CASE, CaseEvent.class)
                        .setParameter("caseId", c.getId())
                        .getResultList(),
                attachments,
                em.createNamedQuery(AssignedRange.OF_CASE, AssignedRange.class)
                        .setParameter("caseId", c.getId())
                        .getResultList(),
                viewing,
                actions,
                missing);
    }

    private boolean waitsFor(LinkingCase c, Step step, String agency) {
        boolean applicant = c.getAgency().getCode().equals(agency);
        if (step == Step.SUBMISSION) {
            return applicant
                    && (context.isCallerInRole("APPLICANT_OFFICER")
                            || context.isCallerInRole("CISO")
                                    && c.getCisoReviewedBy() == null
                                    && c.getDataScope() == DataScope.HOUSEHOLD
                            || context.isCallerInRole("AGENCY_SUPERVISOR") && c.getSupervisorApprovedBy() == null);
        }
        return actingParties(c, agency).contains(step.party());
    }

    private QueueEntry entry(LinkingCase c, OpenStep open, LocalDate today) {
        return new QueueEntry(
                c.getId(),
                c.getCaseNumber(),
                c.getAgency().getCode(),
                c.getAgency().getNameZh(),
                c.getAgency().getNameEn(),
                c.getChannel().name(),
                open.getStep(),
                open.getOpenedAt(),
                open.getDueOn(),
                open.isOverdue(today),
                ChronoUnit.DAYS.between(open.getOpenedAt().toLocalDate(), today));
    }

    /** The parties the caller, of the agency with this code, acts for in this case. */
    private Set<Party> actingParties(LinkingCase c, String agency) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (context.isCallerInRole("APPLICANT_OFFICER")
                && c.getAgency().getCode().equals(agency)) {
            parties.add(Party.APPLICANT);
        }
        if (c.getSubmittedAt() == null) {
            return parties;
        }
        if (context.isCallerInRole("LOCAL_REGISTRATION")
                && c.getLocalUnit().getCode().equals(agency)) {
            parties.add(Party.LOCAL_UNIT);
        }
        if (context.isCallerInRole("DHR_REVIEWER")) {
            parties.add(Party.DHR);
        }
        // Every route has a DIS step: addresses and the firewall, or the Iss key of the plain e-gate.
        if (context.isCallerInRole("DIS_ENGINEER")) {
            parties.add(Party.DIS);
        }
        if (context.isCallerInRole("TELECOM") && route(c).needsCarrier()) {
            parties.add(Party.CARRIER);
        }
        return parties;
    }

    /** The parties whose member the caller is: the applicant's CISO and supervisor see its cases too. */
    private Set<Party> viewingParties(LinkingCase c, String agency) {
        Set<Party> parties = actingParties(c, agency);
        if ((context.isCallerInRole("CISO") || context.isCallerInRole("AGENCY_SUPERVISOR"))
                && c.getAgency().getCode().equals(agency)) {
            parties.add(Party.APPLICANT);
        }
        return parties;
    }

    /** The CISO's review and the supervisor's approval are someone else's than the officer's. */
    private void requireNotTheOfficer(LinkingCase c, String user) {
        if (user.equals(c.getOfficer()) || context.isCallerInRole("APPLICANT_OFFICER")) {
            throw new InvalidInputException(
                    "invalid.linking.ownSignOff", "The officer who files an application does not sign it off");
        }
    }

    /** A case the caller's agency holds at submission (a draft or a case returned for completion). */
    private LinkingCase editable(long caseId, Agency agency) {
        LinkingCase c = em.find(LinkingCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.getAgency().equals(agency)) {
            throw unknown(caseId);
        }
        if (!c.openStepSet().contains(Step.SUBMISSION)) {
            throw new InvalidInputException(
                    "invalid.linking.notEditable",
                    "The application " + c.getCaseNumber() + " is under review and cannot be changed",
                    c.getCaseNumber());
        }
        return c;
    }

    List<Attachment> attachments(LinkingCase c) {
        return em.createNamedQuery(Attachment.OF_CASE, Attachment.class)
                .setParameter("caseId", c.getId())
                .getResultList();
    }

    private static Review review(LinkingCase c) {
        return new Review(c.getStatus(), c.openStepSet());
    }

    static Route route(LinkingCase c) {
        return new Route(c.getChannel(), c.isFirstTime());
    }

    private LocalDate dueOn(LinkingCase c, Step step, LocalDateTime now) {
        if (step == Step.LINK_TEST && c.getLinkTestOn() != null) {
            return c.getLinkTestOn();
        }
        return holidays.workingDaysAfter(now.toLocalDate(), Deadlines.workingDays(step));
    }

    /** A draft has no deadline of its own: the officer submits when it is ready. */
    private LocalDate noDeadlineForDraft(Step step) {
        return LocalDate.of(9999, 12, 31);
    }

    /**
     * Writes the case's items as the agency's permissions on its channel, each covering the county
     * the case asked for (or the whole country). An item the agency already has keeps its row: a
     * nationwide case widens it to the whole country, a county case of another county moves it there
     * (one row holds one coverage; the latest live case decides).
     */
    private void grantPermissions(LinkingCase c, LocalDateTime now) {
        // Two cases of one agency going live at once grant one item once.
        em.lock(c.getAgency(), LockModeType.PESSIMISTIC_WRITE);
        for (CaseItem item : c.getItems()) {
            AgencyPermission granted = em.createQuery(
                            "SELECT p FROM AgencyPermission p WHERE p.agency = :agency AND p.item = :item"
                                    + " AND p.channel = :channel",
                            AgencyPermission.class)
                    .setParameter("agency", c.getAgency())
                    .setParameter("item", item.getItem())
                    .setParameter("channel", c.getChannel())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (granted == null) {
                granted = new AgencyPermission(c.getAgency(), item.getItem(), c.getChannel(), c.getId(), now);
                granted.coverOnly(c.getCountyCode());
                em.persist(granted);
            } else if (granted.getCountyCode() != null) {
                granted.coverOnly(c.getCountyCode());
            }
        }
    }

    private void history(LinkingCase c, String user, Party party, String action, String remark, LocalDateTime now) {
        em.persist(new CaseEvent(
                c.getId(),
                now,
                user,
                party,
                action,
                remark == null || remark.isEmpty() ? null : remark,
                c.openStepSet().stream().map(Enum::name).collect(Collectors.joining(","))));
    }

    private void audit(String user, String address, String action, LinkingCase c) {
        audit.record(AuditEntry.screen(
                user, address, action, c.getCaseNumber() + " " + c.getAgency().getCode(), AuditOutcome.SUCCESS));
    }

    /** Tells the parties of the steps the action opened, once the transaction commits. */
    private void notifyOpened(LinkingCase c, Set<Step> before, ReviewAction action, String remark) {
        Set<Party> told = new LinkedHashSet<>();
        for (Step step : c.openStepSet()) {
            if (!before.contains(step)) {
                told.add(step.party());
            }
        }
        if (c.getStatus().ended()) {
            told.add(Party.APPLICANT);
            told.add(Party.LOCAL_UNIT);
        }
        told.forEach(party -> notifyParty(c, party, action.name(), remark));
    }

    /** Mails a party of the case what was done, once the transaction commits. */
    private void notifyParty(LinkingCase c, Party party, String what, String remark) {
        String status = c.getStatus().ended()
                ? c.getStatus().name()
                : c.openStepSet().stream().map(Enum::name).collect(Collectors.joining(", "));
        for (String address : recipients(c, party)) {
            mail.send(
                    address,
                    "戶役政資訊連結作業申請 " + c.getCaseNumber() + "：" + what,
                    c.getAgency().getNameZh() + " 之連結作業申請案 " + c.getCaseNumber() + "\n處理：" + what
                            + (remark == null || remark.isEmpty() ? "" : "\n說明：" + remark)
                            + "\n目前待辦：" + status
                            + "\n請登入戶役政資訊連結平臺查看案件。\n");
        }
    }

    private Set<String> recipients(LinkingCase c, Party party) {
        Set<String> to = new LinkedHashSet<>();
        Role role;
        Agency agency = null;
        switch (party) {
            case APPLICANT -> {
                role = Role.APPLICANT_OFFICER;
                agency = c.getAgency();
                to.add(c.getContactEmail());
            }
            case LOCAL_UNIT -> {
                role = Role.LOCAL_REGISTRATION;
                agency = c.getLocalUnit();
            }
            case DHR -> role = Role.DHR_REVIEWER;
            case DIS -> role = Role.DIS_ENGINEER;
            case CARRIER -> role = Role.TELECOM;
            default -> throw new IllegalStateException(party.name());
        }
        for (UserAccount u : em.createQuery(
                        "SELECT u FROM UserAccount u JOIN u.grants g WHERE g.role = :role AND u.email IS NOT NULL",
                        UserAccount.class)
                .setParameter("role", role)
                .getResultList()) {
            if (agency == null || agency.equals(u.getAgency())) {
                to.add(u.getEmail());
            }
        }
        return to;
    }

    /** What an action carries besides the step it answers, checked before anything changes. */
    private Carried carryOut(LinkingCase c, ReviewAction action, ActionInput input, String user, LocalDateTime now) {
        switch (action) {
            case SUBMIT -> requireComplete(c);
            case ASSIGN_ADDRESSES -> {
                return assignAddresses(c, input, user, now);
            }
            case CHANGE_ADDRESSES -> {
                List<String> hosts = LinkingForm.split(input.hostAddresses());
                if (LinkingForm.text(input.hostAddresses()).length() > 500) {
                    throw new InvalidInputException(
                            "invalid.linking.tooLong", "hostAddresses is longer than 500 characters", 500);
                }
                if (hosts.isEmpty()) {
                    throw new InvalidInputException(
                            "invalid.linking.noAddress", "At least one host IPv4 or IPv6 address");
                }
                hosts.forEach(CallerAddress::parse);
                c.hostAddresses(hosts);
            }
            case ISSUE_PASSWORD_TABLE -> {
                return new Carried(null, null, issuePasswordTable(c, now));
            }
            case SUBMIT_PUBLIC_KEY -> c.certificate(submittedCertificate(input.certificate()));
            case ISSUE_ISS_KEY -> {
                requireNotSuspended(c);
                c.issKey(issueIssKey(c).getIssKey());
            }
            case SCHEDULE_LINK_TEST -> {
                LocalDate day = input.linkTestOn();
                if (day == null || day.isBefore(now.toLocalDate())) {
                    throw new InvalidInputException(
                            "invalid.linking.linkTestDate", "The link test needs a date, today or later");
                }
                c.linkTestOn(day);
            }
            case RECORD_LINK_TEST_FAILED -> c.linkTestOn(null);
            case WITHDRAW, REJECT -> revokeCredentials(c, now);
            default -> {
                // The step itself is all the action records.
            }
        }
        return Carried.NOTHING;
    }

    /** The completeness the officer's submission needs: documents, the CISO's review, the supervisor's approval. */
    private void requireComplete(LinkingCase c) {
        List<InvalidForm.Problem> problems = new ArrayList<>();
        Set<AttachmentKind> missing =
                EnumSet.copyOf(AttachmentKind.required(c.getChannel(), c.getDataScope(), c.isFirstTime()));
        attachments(c).forEach(a -> missing.remove(a.getKind()));
        for (AttachmentKind kind : missing) {
            problems.add(InvalidForm.Problem.of(
                    "attachments", "invalid.linking.missing." + kind.name(), kind + " is not attached"));
        }
        if (c.getDataScope() == DataScope.HOUSEHOLD && c.getCisoReviewedBy() == null) {
            problems.add(InvalidForm.Problem.of(
                    "reviews", "invalid.linking.cisoReview", "The CISO has not reviewed the security agreement"));
        }
        if (c.getSupervisorApprovedBy() == null) {
            problems.add(InvalidForm.Problem.of(
                    "reviews", "invalid.linking.supervisorApproval", "The supervisor has not approved internal use"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidForm("invalid.linking.incomplete", problems);
        }
    }

    /**
     * DIS's assignment (step 6): every block must be free — not the register network's, not
     * another live or proceeding case's, not each other's — or it is refused as typed; if the
     * applicant's own host addresses conflict, the case goes back to the applicant instead, with
     * the conflict named, and nothing is assigned.
     */
    private Carried assignAddresses(LinkingCase c, ActionInput input, String user, LocalDateTime now) {
        Map<RangePurpose, AddressRange> assigned = new EnumMap<>(RangePurpose.class);
        for (RangePurpose purpose : RangePurpose.values()) {
            String text = input.ranges() == null ? null : input.ranges().get(purpose);
            if (text == null || text.isBlank()) {
                throw new InvalidInputException(
                        "invalid.linking.rangeMissing." + purpose.name(), purpose + " needs an address range");
            }
            List<String> parts = LinkingForm.split(text);
            assigned.put(
                    purpose,
                    parts.size() == 2 ? AddressRange.of(parts.get(0), parts.get(1)) : AddressRange.parse(text));
        }
        lockAddresses();
        Map<AddressRange, String> taken = takenRanges(c);
        List<AddressRange> mine = new ArrayList<>();
        for (AddressRange range : assigned.values()) {
            AddressRange clash = range.firstOverlap(taken.keySet())
                    .orElse(range.firstOverlap(mine).orElse(null));
            if (clash != null) {
                throw new InvalidInputException(
                        "invalid.linking.rangeTaken",
                        range + " overlaps " + clash + " (" + taken.getOrDefault(clash, "this assignment") + ")",
                        range.toString(),
                        clash.toString(),
                        taken.getOrDefault(clash, "-"));
            }
            mine.add(range);
        }
        for (String host : c.hostAddressList()) {
            java.net.InetAddress address = CallerAddress.parse(host);
            for (Map.Entry<AddressRange, String> block : taken.entrySet()) {
                if (block.getKey().contains(address)) {
                    return new Carried(
                            ReviewAction.REPORT_ADDRESS_CONFLICT,
                            "主機位址 " + host + " 與 " + block.getKey() + "（" + block.getValue()
                                    + "）衝突，請變更。 The host address "
                                    + host + " conflicts with " + block.getKey() + " (" + block.getValue()
                                    + "): please change it.",
                            List.of());
                }
            }
        }
        assigned.forEach(
                (purpose, range) -> em.persist(new AssignedRange(c.getId(), purpose, range.toString(), user, now)));
        return Carried.NOTHING;
    }

    /** DHR's password table (step 7): one linking account, its password shown once, its hash kept. */
    private List<PasswordLine> issuePasswordTable(LinkingCase c, LocalDateTime now) {
        // Locked after the case, before the audit: two cases of one agency cannot take one account.
        em.lock(c.getAgency(), LockModeType.PESSIMISTIC_WRITE);
        List<String> taken = em.createQuery(
                        "SELECT p.account FROM AgencyPassword p WHERE p.agency = :agency", String.class)
                .setParameter("agency", c.getAgency())
                .getResultList();
        List<PasswordLine> lines = new ArrayList<>();
        for (PasswordTable.HashedLine line :
                PasswordTable.generateHashed(c.getAgency().getCode(), 1, taken)) {
            em.persist(new AgencyPassword(c.getAgency(), c.getId(), line.account(), line.hash(), now));
            lines.add(new PasswordLine(line.account(), line.password()));
        }
        return lines;
    }

    private static String submittedCertificate(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(
                    "invalid.linking.noCertificate", "Paste or upload the agency certificate (X.509, PEM or DER)");
        }
        return AgencyCertificate.check(text, Instant.now()).pem();
    }

    /**
     * DIS's Iss key (step 14), through the one credential store the company API uses: bound to the
     * certificate's public key, accepted from the API gateway server's block (or the applicant's
     * hosts when DIS assigned none), for the jobs that carry the case's items.
     */
    private ApiCredential issueIssKey(LinkingCase c) {
        AgencyCertificate.Checked certificate = AgencyCertificate.check(c.getCertificate(), Instant.now());
        List<String> addresses = em.createNamedQuery(AssignedRange.OF_CASE, AssignedRange.class)
                .setParameter("caseId", c.getId())
                .getResultStream()
                .filter(r -> r.getPurpose() == RangePurpose.GATEWAY_SERVER)
                .map(AssignedRange::getCidr)
                .toList();
        Set<String> jobs = new LinkedHashSet<>();
        c.getItems().forEach(i -> jobs.addAll(i.getItem().transactionList()));
        return credentials.issue(
                credentials.nextAccount("AG"),
                c.getAgency().getCode(),
                c.getAgency().getNameZh(),
                certificate.publicKey(),
                addresses.isEmpty() ? c.hostAddressList() : addresses,
                List.copyOf(jobs));
    }

    /**
     * A suspended agency gets no new key until its remedy is accepted. Its standing stays locked
     * until the key is written, so a suspension decided at the same moment waits and then sees it.
     */
    private void requireNotSuspended(LinkingCase c) {
        if (linkedAgencies.lockStanding(c.getAgency().getCode()) == AgencyStanding.Standing.SUSPENDED) {
            throw new InvalidInputException(
                    "invalid.linking.agencySuspended",
                    c.getAgency().getCode() + " is suspended: no Iss key until its remedy is accepted",
                    c.getAgency().getCode());
        }
    }

    /** A case that ends before go-live leaves no credential behind. */
    private void revokeCredentials(LinkingCase c, LocalDateTime now) {
        if (c.getIssKey() != null) {
            ApiCredential credential = em.find(ApiCredential.class, c.getIssKey());
            if (credential != null) {
                credential.setStatus(ApiCredential.Status.REVOKED);
            }
        }
        em.createNamedQuery(AgencyPassword.OF_CASE, AgencyPassword.class)
                .setParameter("caseId", c.getId())
                .getResultList()
                .forEach(p -> p.revoke(now));
    }

    /**
     * Attaches a scanned document to the officer's draft, recognised by its content (PDF, PNG,
     * JPEG, TIFF), within the size limit, stored with its SHA-256 under an id, never a file name.
     */
    @RolesAllowed("APPLICANT_OFFICER")
    public Attachment attach(long caseId, AttachmentKind kind, String fileName, InputStream content, String address) {
        String user = user();
        LinkingCase c = editable(caseId, agencyOf(user));
        if (kind == null) {
            throw new InvalidInputException("invalid.linking.attachmentKind", "Say which document this is");
        }
        Upload.Document document = Upload.check(fileName, content);
        LocalDateTime now = TaiwanTime.now();
        Attachment attachment = new Attachment(
                c.getId(), kind, document.name(), document.mediaType(), document.size(), document.sha256(), user, now);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), document.content()));
        if (kind == AttachmentKind.SECURITY_AGREEMENT) {
            c.securityAgreementReviewed(null, null);
        }
        c.internalUseApproved(null, null);
        history(c, user, Party.APPLICANT, "ATTACHED_" + kind.name(), document.name(), now);
        audit(user, address, "LINKING_ATTACHED", c);
        return attachment;
    }

    /** Removes a document from the officer's draft. */
    @RolesAllowed("APPLICANT_OFFICER")
    public void detach(long attachmentId, String address) {
        String user = user();
        Attachment found = em.find(Attachment.class, attachmentId);
        if (found == null) {
            throw unknownAttachment(attachmentId);
        }
        LinkingCase c = editable(found.getCaseId(), agencyOf(user));
        // Read again under the case's lock: a second removal of the same document finds none.
        em.clear();
        c = em.find(LinkingCase.class, c.getId());
        Attachment attachment = em.find(Attachment.class, attachmentId);
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (attachment == null || content == null) {
            throw unknownAttachment(attachmentId);
        }
        em.remove(content);
        em.remove(attachment);
        if (attachment.getKind() == AttachmentKind.SECURITY_AGREEMENT) {
            c.securityAgreementReviewed(null, null);
        }
        c.internalUseApproved(null, null);
        LocalDateTime now = TaiwanTime.now();
        history(c, user, Party.APPLICANT, "DETACHED_" + attachment.getKind().name(), attachment.getFileName(), now);
        audit(user, address, "LINKING_DETACHED", c);
    }

    /** A document's description and bytes, for a party of its case. */
    @RolesAllowed({
        "APPLICANT_OFFICER",
        "CISO",
        "AGENCY_SUPERVISOR",
        "LOCAL_REGISTRATION",
        "DHR_REVIEWER",
        "DIS_ENGINEER",
        "TELECOM"
    })
    public Download download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        LinkingCase c = attachment == null ? null : em.find(LinkingCase.class, attachment.getCaseId());
        if (c == null || viewingParties(c, accounts.agencyCodeOf(user())).isEmpty()) {
            throw unknownAttachment(attachmentId);
        }
        return new Download(
                attachment, em.find(AttachmentContent.class, attachmentId).getContent());
    }

    /** A document to send: its description (name to show, recognised media type) and bytes. */
    public record Download(Attachment attachment, byte[] content) {}

    private static InvalidInputException unknownAttachment(long id) {
        return new InvalidInputException("invalid.linking.unknownAttachment", "No document #" + id, String.valueOf(id));
    }

    /** Locks assignments so that two decided at once cannot take one block (see {@link AddressLock}). */
    void lockAddresses() {
        em.find(AddressLock.class, AddressLock.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Blocks the register network and every other agency's live or proceeding case holds; the
     * applicant's own earlier cases are left out, since an agency that links again keeps its hosts
     * in its own blocks (DOMAIN.md §3: a conflict is with the register network or another agency).
     */
    Map<AddressRange, String> takenRanges(LinkingCase c) {
        Map<AddressRange, String> taken = new LinkedHashMap<>();
        for (String network : LinkingForm.split(
                System.getProperty("rislink.linking.register-networks", "10.250.0.0/16,2001:db8:250::/48"))) {
            taken.put(AddressRange.parse(network), "register network");
        }
        for (AssignedRange r : em.createQuery(
                        "SELECT r FROM AssignedRange r, LinkingCase c WHERE r.caseId = c.id AND c.agency <> :agency"
                                + " AND c.status IN :statuses",
                        AssignedRange.class)
                .setParameter("agency", c.getAgency())
                .setParameter("statuses", List.of(CaseStatus.IN_REVIEW, CaseStatus.LIVE))
                .getResultList()) {
            LinkingCase holder = em.find(LinkingCase.class, r.getCaseId());
            taken.put(AddressRange.parse(r.getCidr()), holder.getAgency().getCode() + " " + holder.getCaseNumber());
        }
        return taken;
    }

    private Agency agencyOf(String user) {
        return accounts.find(user)
                .map(UserAccount::getAgency)
                .orElseThrow(() -> new IllegalStateException("No account " + user));
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }

    static InvalidInputException unknown(long caseId) {
        return new InvalidInputException(
                "invalid.linking.unknown", "No linking case #" + caseId, String.valueOf(caseId));
    }
}
