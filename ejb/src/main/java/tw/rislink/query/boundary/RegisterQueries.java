package tw.rislink.query.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.boundary.LinkedAgencies;
import tw.rislink.agency.entity.Channel;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.credential.boundary.AgencyPasswords;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.query.control.Answer;
import tw.rislink.query.control.Answer.Items;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.query.control.Answers;
import tw.rislink.query.control.Condition;
import tw.rislink.query.control.ConditionMap;
import tw.rislink.query.control.IdList;
import tw.rislink.query.control.Permits;
import tw.rislink.query.control.QueryPurpose;
import tw.rislink.query.control.QueryRefusal;
import tw.rislink.query.control.ResultFile;
import tw.rislink.query.control.StoredAnswer;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.entity.OnlineResult;
import tw.rislink.query.entity.OnlineResultBody;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.Household;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.register.entity.NationalId;
import tw.rislink.register.entity.Person;
import tw.rislink.register.entity.VillageStatistic;

/**
 * The data service: every register query of every channel is answered here, in one transaction
 * that authenticates the caller, checks that the agency is linked (read from the database on every
 * call, so a suspension refuses the next call), finds the items approved for it on that channel
 * for the transaction (none: refused), checks the query, reads the register, builds the answer
 * with the approved items only and writes the audit record last (agency, user, transaction,
 * persons asked about, items returned). A refused call is audited by {@link #auditRefusal} in a
 * transaction of its own, after the call's was rolled back.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
@RunAs(Role.SYSTEM)
public class RegisterQueries {

    /** The jobs of {@code GET /integration/rwv1c1}: every transaction. */
    public static final Set<String> REST_JOBS =
            Arrays.stream(Transaction.values()).map(Transaction::name).collect(Collectors.toUnmodifiableSet());

    /** A SOAP call's WS-Security UsernameToken, as the endpoint read it from the header. */
    public record UsernameToken(String account, String password, String nonce, String created) {}

    /** Who asks, as the channel authenticated it. */
    private record Asker(
            String agencyCode,
            String account,
            String userId,
            Set<Channel> channels,
            AuditChannel via,
            String address,
            String reference) {}

    /** What the workbench offers: the register transactions (the V1C jobs are the REST API's own). */
    static final List<Transaction> WORKBENCH = List.of(
            Transaction.RQ01,
            Transaction.RQ02,
            Transaction.RQ04,
            Transaction.RQ07,
            Transaction.RQ08,
            Transaction.RQ14,
            Transaction.PH01,
            Transaction.MS01,
            Transaction.ST01);

    /** What a bulk file job asks about each ID of its list: the individual registration. */
    public static final List<Transaction> FILE_TRANSACTIONS = List.of(Transaction.RQ02);

    private static final String OFFICER = "APPLICANT_OFFICER";

    /**
     * EclipseLink's hint for entities the transaction only reads: a bulk chunk's thousands of
     * register rows are then not compared at every flush of the chunk's transaction.
     */
    static final String READ_ONLY = "eclipselink.read-only";

    private static final Set<Channel> EGATE = Set.of(Channel.E_GATE, Channel.E_GATE_VPN);

    /** An e-gate answer and the result it was kept as. */
    public record Shown(OnlineResult result, Answer answer) {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AccountService accounts;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private AgencyPasswords passwords;

    @EJB
    private LinkedAgencies linkedAgencies;

    @EJB
    private RegisterLookup register;

    @EJB
    private AuditTrail audit;

    /**
     * {@code GET /integration/rwv1c1}: the JWT authenticates the call (the same checks as every
     * REST job); its jobId names the transaction and its conditionMap the query.
     *
     * @throws ApiRefusal when the token or credential refuses the call
     * @throws QueryRefusal when the query is refused
     */
    // Open: the call carries no signed-in user; it authenticates itself with its JWT.
    @PermitAll
    public Answer overRest(String authorization, String address) {
        ApiCredentials.Caller caller = credentials.authenticateAgency(authorization, address, REST_JOBS);
        Transaction transaction =
                Transaction.of(caller.token().text("jobId", 10)).orElseThrow();
        Asker asker = new Asker(
                caller.credential().getOrgId(),
                caller.credential().getAgencyAccount(),
                caller.userId(),
                Set.of(Channel.WEB_SERVICE_API),
                AuditChannel.REST,
                address,
                caller.token().text("jti", 100));
        try {
            return answer(
                    asker,
                    transaction,
                    ConditionMap.parse(transaction, caller.token().conditionMap()),
                    NOTHING_KEPT);
        } catch (ApiRefusal notAnObject) {
            throw QueryRefusal.invalid(notAnObject.getMessage())
                    .by(asker.agencyCode(), asker.userId(), asker.account())
                    .of(transaction);
        } catch (QueryRefusal refused) {
            throw refused.by(asker.agencyCode(), asker.userId(), asker.account())
                    .of(transaction);
        }
    }

    /**
     * A call of the SOAP linking interface: the UsernameToken authenticates the agency account of
     * DHR's password table, from a host address registered for it.
     *
     * @param userId the agency's own user who asks, for the audit record (null: the account)
     * @throws QueryRefusal for every refusal, authentication's (NOT_SET_UP) included
     */
    // Open: the call carries no signed-in user; it authenticates itself with its UsernameToken.
    @PermitAll
    public Answer overSoap(
            UsernameToken token, String address, String userId, Transaction transaction, Condition condition) {
        AgencyPasswords.LinkingAccount account;
        try {
            account =
                    passwords.authenticate(token.account(), token.password(), token.nonce(), token.created(), address);
        } catch (ApiRefusal refused) {
            throw new QueryRefusal(QueryRefusal.Rule.NOT_SET_UP, refused.getMessage()).of(transaction);
        }
        String user = userId == null || userId.isBlank() ? account.account() : userId.strip();
        if (user.length() > 50 || user.codePoints().anyMatch(ApiRefusal::invisible)) {
            throw QueryRefusal.invalid("userId \"" + ApiRefusal.shown(user)
                            + "\" should be at most 50 characters without control or formatting characters")
                    .by(account.agencyCode(), null, account.account())
                    .of(transaction);
        }
        return answer(
                new Asker(
                        account.agencyCode(),
                        account.account(),
                        user,
                        Set.of(Channel.LINKING_INTERFACE),
                        AuditChannel.SOAP,
                        address,
                        token.nonce()),
                transaction,
                condition,
                NOTHING_KEPT);
    }

    /**
     * An officer's query in the electronic-gate workbench, for the agency the officer belongs to,
     * with the items approved on the e-gate channels (intranet or GSN VPN). The answer is kept
     * under a new verification code until its retention ends (rislink.egate.retention, 1 day:
     * DOMAIN.md §4 §17), with the purpose, before the audit record is written.
     *
     * @throws QueryRefusal when the query is refused
     * @throws tw.rislink.platform.entity.InvalidInputException when the purpose is incomplete
     */
    @RolesAllowed(OFFICER)
    public Shown overEGate(Transaction transaction, Condition condition, QueryPurpose purpose, String address) {
        String user = context.getCallerPrincipal().getName();
        String agencyCode = accounts.agencyCodeOf(user);
        if (!WORKBENCH.contains(transaction)) {
            throw new QueryRefusal(
                            QueryRefusal.Rule.NOT_PERMITTED,
                            transaction + " is not a transaction of the e-gate workbench")
                    .by(agencyCode, user, null)
                    .of(transaction);
        }
        // As the SOAP and REST paths do: only from the hosts (or DIS's blocks) of the agency's e-gate cases.
        if (!ApiCredentials.allowed(address, eGateAddresses(agencyCode))) {
            throw new QueryRefusal(
                            QueryRefusal.Rule.NOT_SET_UP,
                            "The address " + address + " is not registered for the agency's e-gate link")
                    .by(agencyCode, user, null)
                    .of(transaction);
        }
        Asker asker = new Asker(agencyCode, null, user, EGATE, AuditChannel.SCREEN, address, purpose.caseNumber());
        Shown[] shown = new Shown[1];
        answer(asker, transaction, condition, (answer, subjects) -> {
            // Whole milliseconds: every database keeps them as they are, so "due at" compares exactly.
            LocalDateTime now = TaiwanTime.now().truncatedTo(ChronoUnit.MILLIS);
            String json = StoredAnswer.json(answer);
            OnlineResult result = new OnlineResult(
                    StoredAnswer.newCode(),
                    asker.agencyCode(),
                    user,
                    transaction.name(),
                    purpose.caseNumber(),
                    purpose.reason(),
                    purpose.businessItem(),
                    now,
                    now.plus(OnlineResults.retention()),
                    StoredAnswer.digest(json),
                    StoredAnswer.records(answer),
                    whole(subjects, OnlineResult.SUBJECTS),
                    whole(answer.items(), OnlineResult.ITEMS));
            em.persist(result);
            // The body refers to the result by its id: written first, so no insert order can precede it.
            em.flush();
            em.persist(new OnlineResultBody(result, json));
            shown[0] = new Shown(result, answer);
            return purpose.describe(result.getCode());
        });
        return shown[0];
    }

    /** What a bulk file job of an agency may answer: the agency and the approved items with their coverage. */
    public record FileGrant(String agencyCode, Permits permits) {}

    /**
     * Whether the officer's agency may run a bulk file job now (FileJobs asks, for its signed-in officer), by the e-gate workbench's rules
     * (registered hosts, approved items, standing) and a live e-gate case that approved the
     * delivery mode (file transfer or media exchange).
     *
     * @throws QueryRefusal naming the rule that refuses it
     */
    @RolesAllowed(Role.SYSTEM)
    public FileGrant fileGrant(String user, Transaction transaction, DeliveryMode delivery, String address) {
        String agencyCode = accounts.agencyCodeOf(user);
        try {
            if (!FILE_TRANSACTIONS.contains(transaction) || delivery == DeliveryMode.ONLINE_QUERY) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.NOT_PERMITTED, transaction + " by " + delivery + " is not a bulk file job");
            }
            if (!ApiCredentials.allowed(address, eGateAddresses(agencyCode))) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.NOT_SET_UP,
                        "The address " + address + " is not registered for the agency's e-gate link");
            }
            Permits permits = filePermits(agencyCode, transaction, delivery);
            if (permits.none()) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.NOT_PERMITTED,
                        "No e-gate case of the agency " + agencyCode + " approved items of " + transaction + " by "
                                + delivery);
            }
            if (!linkedAgencies.mayLink(agencyCode)) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.SUSPENDED,
                        "The agency " + agencyCode
                                + " may not link now: it is suspended, must apply again or has terminated");
            }
            return new FileGrant(agencyCode, permits);
        } catch (QueryRefusal refused) {
            throw refused.by(agencyCode, user, null).of(transaction);
        }
    }

    /**
     * What a running bulk job may still answer, asked before each chunk as every online call asks:
     * the agency's standing now, and of the items granted when the run was accepted those still
     * approved now for the delivery mode.
     *
     * @throws QueryRefusal SUSPENDED or NOT_PERMITTED when the job may not go on
     */
    @RolesAllowed(Role.SYSTEM)
    public Permits stillGranted(String agencyCode, Transaction transaction, DeliveryMode delivery, Permits granted) {
        if (!linkedAgencies.mayLink(agencyCode)) {
            throw new QueryRefusal(
                    QueryRefusal.Rule.SUSPENDED, "The agency " + agencyCode + " may not link now: the file job stops");
        }
        Set<String> now =
                filePermits(agencyCode, transaction, delivery).coverage().keySet();
        Map<String, String> kept = new HashMap<>(granted.coverage());
        kept.keySet().retainAll(now);
        if (kept.isEmpty()) {
            throw new QueryRefusal(
                    QueryRefusal.Rule.NOT_PERMITTED,
                    "None of the items granted to the file job is approved for the agency " + agencyCode + " now");
        }
        return new Permits(kept);
    }

    /**
     * The items of a transaction from the agency's e-gate permissions granted by cases whose
     * approved delivery modes include this one (an online-only case does not grant file jobs).
     */
    private Permits filePermits(String agencyCode, Transaction transaction, DeliveryMode delivery) {
        List<Long> cases = new ArrayList<>();
        for (Object[] c : em.createQuery(
                        "SELECT c.id, c.deliveryModes FROM LinkingCase c WHERE c.id IN (SELECT p.caseId FROM"
                                + " AgencyPermission p WHERE p.agency.code = :code AND p.channel IN :channels)",
                        Object[].class)
                .setParameter("code", agencyCode)
                .setParameter("channels", EGATE)
                .getResultList()) {
            if (c[1] != null && Arrays.asList(((String) c[1]).split(",")).contains(delivery.name())) {
                cases.add((Long) c[0]);
            }
        }
        return cases.isEmpty() ? new Permits(Map.of()) : permits(agencyCode, EGATE, transaction, cases);
    }

    /**
     * One chunk of a bulk file job: each line's result record (ResultFile format), in the
     * lines' order. Persons are read in a few statements per chunk; a person outside the
     * items' coverage, removed or not registered is NOT_FOUND, as RQ02 answers online. The
     * caller keeps the records and writes the audit record.
     */
    @RolesAllowed(Role.SYSTEM)
    public List<String> answerFile(Permits permits, List<IdList.Line> lines) {
        Set<String> ids = lines.stream().map(IdList.Line::personId).collect(Collectors.toSet());
        Map<String, Person> persons = byId(Person.class, "Person", "p.id", ids, Person::getId);
        Map<String, Household> households = byId(
                Household.class,
                "Household",
                "p.number",
                persons.values().stream()
                        .map(Person::getHouseholdNumber)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                Household::getNumber);
        // Relatives' names only for the items that show them, and as names rather than entities.
        Map<String, String> named = new HashMap<>();
        persons.values().forEach(p -> named.put(p.getId(), p.getName()));
        if (permits.coverage().containsKey("PARENTS") || permits.coverage().containsKey("SPOUSE")) {
            Set<String> relatives = new HashSet<>();
            persons.values().forEach(p -> {
                relatives.add(p.getFatherId());
                relatives.add(p.getMotherId());
                relatives.add(p.getSpouseId());
            });
            relatives.remove(null);
            relatives.removeAll(persons.keySet());
            chunks(relatives)
                    .forEach(part -> em.createQuery(
                                    "SELECT p.id, p.name FROM Person p WHERE p.id IN :keys", Object[].class)
                            .setParameter("keys", part)
                            .getResultStream()
                            .forEach(r -> named.put((String) r[0], (String) r[1])));
        }
        Map<String, List<IdCardIssue>> cards = new HashMap<>();
        if (permits.coverage().containsKey("ID_CARD_ISSUE")) {
            chunks(ids)
                    .forEach(part -> em.createQuery(
                                    "SELECT c FROM IdCardIssue c WHERE c.personId IN :ids ORDER BY c.issuedOn, c.id",
                                    IdCardIssue.class)
                            .setParameter("ids", part)
                            .setHint(READ_ONLY, "true")
                            .getResultStream()
                            .forEach(c -> cards.computeIfAbsent(c.getPersonId(), k -> new ArrayList<>())
                                    .add(c)));
        }
        List<String> records = new ArrayList<>(lines.size());
        for (IdList.Line line : lines) {
            Person p = persons.get(line.personId());
            Row row = null;
            if (p != null && !p.isRemoved()) {
                Household household = p.getHouseholdNumber() == null ? null : households.get(p.getHouseholdNumber());
                Set<String> covered = itemsFor(permits, household);
                if (!covered.isEmpty()) {
                    Items items = new Items(covered);
                    row = Answers.person(items, p, household, named::get, null);
                    Answers.cards(items, row, cards.getOrDefault(p.getId(), List.of()));
                }
            }
            records.add(ResultFile.record(line.number(), line.personId(), row));
        }
        return records;
    }

    /** Entities by their key, in statements of at most 1 000 keys (Oracle's limit of an IN list). */
    private <T> Map<String, T> byId(
            Class<T> type, String entity, String key, Set<String> keys, Function<T, String> id) {
        Map<String, T> found = new HashMap<>();
        chunks(keys)
                .forEach(part -> em.createQuery("SELECT p FROM " + entity + " p WHERE " + key + " IN :keys", type)
                        .setParameter("keys", part)
                        .setHint(READ_ONLY, "true")
                        .getResultStream()
                        .forEach(e -> found.put(id.apply(e), e)));
        return found;
    }

    private static List<List<String>> chunks(Set<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            parts.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return parts;
    }

    /** The e-gate transactions the officer's agency may use now, in the workbench's order. */
    @RolesAllowed(OFFICER)
    public List<Transaction> eGateTransactions() {
        String agencyCode = accounts.agencyCodeOf(context.getCallerPrincipal().getName());
        return WORKBENCH.stream()
                .filter(t -> !permits(agencyCode, EGATE, t).none())
                .toList();
    }

    /**
     * A refused or failed call's audit record, in its own transaction (the call's was rolled back):
     * the rule that refused it and whatever is known of the caller.
     *
     * @param transaction the transaction asked, when the channel knows it (else the refusal's own)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll // the refused call's endpoint records it; the caller is as unknown as in overRest/overSoap
    public void auditRefusal(AuditChannel via, String address, String transaction, RuntimeException refusal) {
        QueryRefusal query = refusal instanceof QueryRefusal q ? q : null;
        ApiRefusal api = refusal instanceof ApiRefusal a ? a : null;
        if (transaction == null && query != null && query.transaction() != null) {
            transaction = query.transaction().name();
        }
        String rule = query != null ? query.rule().name() : api != null ? api.rdCode() : "FAILED";
        audit.record(new AuditEntry(
                query == null ? null : query.userId(),
                query != null ? query.agencyCode() : api != null ? api.holder() : null,
                address,
                via,
                "REGISTER_QUERY",
                transaction == null ? null : clip(transaction, 10),
                null,
                null,
                clip(rule + " " + refusal.getMessage(), 400),
                query != null ? query.account() : api != null ? api.account() : null,
                null,
                query != null && query.rule() == QueryRefusal.Rule.NOT_FOUND
                        ? AuditOutcome.NOT_FOUND
                        : AuditOutcome.REFUSED));
    }

    /**
     * What a channel keeps of an answer before its audit record is written (the audit record is
     * the last lock a call takes); it returns the record's reason, or null.
     */
    @FunctionalInterface
    private interface Keeper {
        String keep(Answer answer, Set<String> subjects);
    }

    private static final Keeper NOTHING_KEPT = (answer, subjects) -> null;

    private Answer answer(Asker asker, Transaction transaction, Condition sent, Keeper keeper) {
        try {
            // Permissions first: an agency that never linked (or lost its permissions) is told
            // it is not permitted; a suspended one keeps its permissions and is told it is suspended.
            Permits permits = permits(asker.agencyCode(), asker.channels(), transaction);
            if (permits.none()) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.NOT_PERMITTED,
                        "None of the data items of " + transaction + " is approved for the agency " + asker.agencyCode()
                                + " on the channels " + asker.channels());
            }
            if (!linkedAgencies.mayLink(asker.agencyCode())) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.SUSPENDED,
                        "The agency " + asker.agencyCode()
                                + " may not link now: it is suspended, must apply again or has terminated");
            }
            Condition condition = sent.checkedFor(transaction, LocalDate.now(TaiwanTime.ZONE));
            Answered answered = run(transaction, condition, permits);
            String kept = keeper.keep(answered.answer(), answered.subjects());
            audit.record(new AuditEntry(
                    asker.userId(),
                    asker.agencyCode(),
                    asker.address(),
                    asker.via(),
                    "REGISTER_QUERY",
                    transaction.name(),
                    clip(String.join(",", answered.subjects()), AuditRecord.LIST_LENGTH),
                    asker.reference() == null ? null : clip(asker.reference(), 60),
                    kept == null ? null : clip(kept, 400),
                    asker.account(),
                    clip(String.join(",", answered.answer().items()), AuditRecord.LIST_LENGTH),
                    AuditOutcome.SUCCESS));
            return answered.answer();
        } catch (QueryRefusal refused) {
            throw refused.by(asker.agencyCode(), asker.userId(), asker.account())
                    .of(transaction);
        }
    }

    /** An answer and the persons (or households, or the area) it is about, for the audit record. */
    private record Answered(Answer answer, Set<String> subjects) {}

    private Permits permits(String agencyCode, Set<Channel> channels, Transaction transaction) {
        return permits(agencyCode, channels, transaction, null);
    }

    /** @param cases the cases whose permissions count (null: every case's) */
    private Permits permits(String agencyCode, Set<Channel> channels, Transaction transaction, List<Long> cases) {
        Map<String, String> coverage = new HashMap<>();
        // One statement per call: the item's code, the transactions that carry it and the coverage.
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT i.code, i.transactions, p.countyCode FROM AgencyPermission p JOIN p.item i"
                                + " WHERE p.agency.code = :code AND p.channel IN :channels AND i.retiredOn IS NULL"
                                + (cases == null ? "" : " AND p.caseId IN :cases")
                                + " ORDER BY p.channel",
                        Object[].class)
                .setParameter("code", agencyCode)
                .setParameter("channels", channels);
        if (cases != null) {
            query.setParameter("cases", cases);
        }
        for (Object[] p : query.getResultList()) {
            if (Arrays.stream(((String) p[1]).split(",")).map(String::strip).anyMatch(transaction.name()::equals)) {
                String item = (String) p[0];
                // Two e-gate channels may grant one item: nationwide wins over a county, else the first county stays.
                if (!coverage.containsKey(item) || p[2] == null) {
                    coverage.put(item, (String) p[2]);
                }
            }
        }
        return new Permits(coverage);
    }

    private Answered run(Transaction t, Condition c, Permits permits) {
        return switch (t) {
            case RQ02, RQ04, RQ08, PH01, MS01, V1C101 -> person(t, c, permits);
            case RQ01, RQ07, RQ14 -> household(t, c, permits);
            case ST01 -> statistics(c, permits);
            case V1C103, V1C104 -> verification(t, c, permits);
        };
    }

    private Answered person(Transaction t, Condition c, Permits permits) {
        Person p = register.person(NationalId.of(c.personId())).orElseThrow(() -> noPerson(t, c.personId()));
        // Outside the counties the agency's items cover, a person is as unknown as one not registered.
        Household household = householdOf(p).orElse(null);
        Set<String> covered = itemsFor(permits, household);
        if (covered.isEmpty()
                || t == Transaction.V1C101 && (p.isRemoved() || !c.birthDate().equals(Answers.roc(p.getBirthDate())))) {
            throw noPerson(t, c.personId());
        }
        if (t == Transaction.RQ08 && !p.isRemoved()) {
            throw QueryRefusal.notFound(c.personId() + " is not removed from the register: RQ02 answers it");
        }
        if (t == Transaction.RQ02 && p.isRemoved()) {
            throw QueryRefusal.notFound(c.personId() + " is removed from the register: RQ08 answers it");
        }
        Items items = new Items(covered);
        Row row = Answers.person(items, p, household, this::nameOf, null);
        switch (t) {
            case RQ04 ->
                Answers.nameChanges(items, row, register.history(p.getId()).events());
            case MS01 ->
                Answers.military(items, row, register.history(p.getId()).military());
            case RQ02 -> Answers.cards(items, row, register.cards(p.getId()));
            case PH01 ->
                // A removed person's card is void; a person without a card (a child) has no photo.
                // Either is told as an unknown ID is: the answer says nothing more than the photo.
                Answers.photo(
                        items,
                        row,
                        register.photo(p.getId())
                                .filter(photo -> !p.isRemoved())
                                .orElseThrow(() -> noPerson(t, c.personId())));
            default -> {}
        }
        return new Answered(new Answer(t, List.of(row), items.returned()), Set.of(p.getId()));
    }

    private Answered household(Transaction t, Condition c, Permits permits) {
        HouseholdNumber number;
        Set<String> covered;
        if (c.householdNumber() != null) {
            HouseholdNumber asked = HouseholdNumber.of(c.householdNumber());
            covered = itemsFor(permits, register.householdRecord(asked).orElseThrow(() -> noHousehold(asked.value())));
            if (covered.isEmpty()) {
                throw noHousehold(asked.value());
            }
            number = asked;
        } else {
            Person p = register.person(NationalId.of(c.personId())).orElseThrow(() -> noPerson(t, c.personId()));
            Household of = householdOf(p).orElse(null);
            covered = itemsFor(permits, of);
            // The county first: of a person outside it nothing is told, not even the household number.
            if (covered.isEmpty()) {
                throw noPerson(t, c.personId());
            }
            if (p.isRemoved() || of == null) {
                throw QueryRefusal.notFound(c.personId() + " belongs to no household in the register now");
            }
            number = HouseholdNumber.of(of.getNumber());
        }
        HouseholdNumber found = number;
        RegisterLookup.HouseholdView view = register.household(found).orElseThrow(() -> noHousehold(found.value()));
        Household household = view.household();
        Items items = new Items(covered);
        Row row = Answers.household(items, household, c.householdNumber() != null);
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(c.personId() != null ? c.personId() : number.value());
        switch (t) {
            case RQ01 ->
                view.members().forEach(m -> {
                    row.child(Answers.person(
                            items,
                            m.person(),
                            household,
                            this::nameOf,
                            m.membership().getRelationship()));
                    subjects.add(m.person().getId());
                });
            case RQ07 -> {
                List<Person> removed = register.removedMembers(number);
                if (removed.isEmpty()) {
                    throw QueryRefusal.notFound("The household " + number.value() + " has no removed members");
                }
                for (Person p : removed) {
                    row.child(Answers.person(
                            items,
                            p,
                            household,
                            this::nameOf,
                            register.relationship(p.getId(), number.value()).orElse(null)));
                    subjects.add(p.getId());
                }
            }
            case RQ14 -> Answers.addressChanges(items, row, register.householdEvents(number, "ADDRESS_CHANGE"));
            default -> throw new IllegalArgumentException(t + " is not a household transaction");
        }
        return new Answered(new Answer(t, List.of(row), items.returned()), subjects);
    }

    private Answered statistics(Condition c, Permits permits) {
        Set<String> covered = permits.itemsForArea(c.areaCode());
        if (covered.isEmpty()) {
            throw new QueryRefusal(
                    QueryRefusal.Rule.NOT_PERMITTED,
                    "The area " + c.areaCode() + " lies outside the county the agency's statistics permission covers");
        }
        List<VillageStatistic> months = register.statisticsOf(Answers.monthsOf(c.period()), c.areaCode());
        if (months.isEmpty()) {
            throw QueryRefusal.notFound("No statistics of the area " + c.areaCode() + " for the period " + c.period());
        }
        Items items = new Items(covered);
        List<Row> rows = Answers.statistics(items, c.period(), c.level(), months);
        return new Answered(
                new Answer(Transaction.ST01, rows, items.returned()), Set.of(c.areaCode() + "@" + c.period()));
    }

    private Answered verification(Transaction t, Condition c, Permits permits) {
        // Each condition is compared only for an agency approved for the item it would reveal:
        // a check is an answer about that item, one guess at a time.
        Map<String, String> sent = new LinkedHashMap<>();
        if (c.birthDate() != null) {
            sent.put(t == Transaction.V1C104 ? "ck_birthDate" : "birthDate", "BIRTH_DATE");
        }
        if (c.householdNumber() != null) {
            sent.put("ck_householdId", "HOUSEHOLD_NUMBER");
        }
        if (!c.issueAreas().isEmpty() || c.idMark() != null || c.idMarkDate() != null) {
            sent.put("ck_areaCode, ck_idMark, ck_idMarkDate", "ID_CARD_ISSUE");
        }
        sent.forEach((condition, item) -> {
            if (!permits.coverage().containsKey(item)) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.NOT_PERMITTED,
                        condition + " compares the data item " + item + ", which is not approved for the agency for "
                                + t);
            }
        });
        Person p = register.person(NationalId.of(c.personId()))
                .filter(found -> !found.isRemoved())
                .orElse(null);
        // A person outside the counties the agency's items cover is as unknown to it as one not registered.
        if (p != null && itemsFor(permits, householdOf(p).orElse(null)).isEmpty()) {
            p = null;
        }
        Row row = Answers.checks(
                t, c, p, p == null ? null : register.currentCard(p.getId()).orElse(null));
        return new Answered(new Answer(t, List.of(row), new TreeSet<>(sent.values())), Set.of(c.personId()));
    }

    private Optional<Household> householdOf(Person p) {
        return p.getHouseholdNumber() == null
                ? Optional.empty()
                : register.householdRecord(HouseholdNumber.of(p.getHouseholdNumber()));
    }

    private static Set<String> itemsFor(Permits permits, Household household) {
        return permits.itemsFor(
                household == null || household.getAddress() == null
                        ? null
                        : household.getAddress().getCountyCode());
    }

    private String nameOf(String personId) {
        try {
            return register.person(NationalId.of(personId)).map(Person::getName).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static QueryRefusal noPerson(Transaction t, String personId) {
        return QueryRefusal.notFound(
                t == Transaction.V1C101
                        ? "No person in the register has this ID and birth date"
                        : personId + " is not in the register");
    }

    private static QueryRefusal noHousehold(String number) {
        return QueryRefusal.notFound("The household " + number + " is not in the register");
    }

    /** The registered addresses of the cases that granted the agency's e-gate permissions. */
    private List<String> eGateAddresses(String agencyCode) {
        List<String> addresses = new ArrayList<>();
        em.createQuery(
                        "SELECT DISTINCT p.caseId FROM AgencyPermission p WHERE p.agency.code = :code"
                                + " AND p.channel IN :channels",
                        Long.class)
                .setParameter("code", agencyCode)
                .setParameter("channels", EGATE)
                .getResultList()
                .forEach(caseId -> addresses.addAll(passwords.addressesOf(caseId)));
        return addresses;
    }

    /** As many whole entries as fit the column, comma-separated: never a clipped ID a doubt could name. */
    static String whole(Collection<String> entries, int max) {
        StringBuilder text = new StringBuilder();
        for (String entry : entries) {
            if (text.length() + entry.length() + 1 > max) {
                break;
            }
            text.append(text.length() == 0 ? "" : ",").append(entry);
        }
        return text.toString();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
