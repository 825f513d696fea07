package tw.rislink.register.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.register.entity.ApplicationForm;
import tw.rislink.register.entity.Household;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.register.entity.IdCardPhoto;
import tw.rislink.register.entity.Membership;
import tw.rislink.register.entity.MilitaryRecord;
import tw.rislink.register.entity.NationalId;
import tw.rislink.register.entity.Person;
import tw.rislink.register.entity.RegisterEvent;
import tw.rislink.register.entity.RetiredId;
import tw.rislink.register.entity.Village;
import tw.rislink.register.entity.VillageStatistic;

/**
 * Reads the register. Every read is by key or by an indexed column, so that lookups stay flat
 * as the register grows (bench/README.md). Callers that answer agencies write their audit
 * record after these reads, in the same transaction (docs/ARCHITECTURE.md, "Audit chains").
 * Persons and households are read only by the platform's beans ({@link Role#SYSTEM}), each of
 * which audits what it shows; a screen reaches them through {@link RegisterInquiry}. The open-data
 * statistics are the statistics screen's own.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class RegisterLookup {

    /** A household with its current members in the order of their relationship codes. */
    public record HouseholdView(Household household, List<Member> members) {}

    public record Member(Person person, Membership membership) {}

    /** A person's recorded history, each list in date order. */
    public record History(
            List<RegisterEvent> events,
            List<IdCardIssue> cards,
            List<MilitaryRecord> military,
            List<ApplicationForm> forms,
            List<Membership> memberships) {}

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    public Optional<Person> person(NationalId id) {
        return Optional.ofNullable(em.find(Person.class, id.value()));
    }

    /** Where a number is no longer in use (統號變更), the change and the current number. */
    public Optional<RetiredId> retired(NationalId id) {
        return Optional.ofNullable(em.find(RetiredId.class, id.value()));
    }

    /** The household alone, without its members. */
    public Optional<Household> householdRecord(HouseholdNumber number) {
        return Optional.ofNullable(em.find(Household.class, number.value()));
    }

    public Optional<HouseholdView> household(HouseholdNumber number) {
        Household household = em.find(Household.class, number.value());
        if (household == null) {
            return Optional.empty();
        }
        List<Member> members = em.createQuery(
                        "SELECT p, m FROM Membership m, Person p WHERE m.householdNumber = :number"
                                + " AND m.movedOut IS NULL AND p.id = m.personId",
                        Object[].class)
                .setParameter("number", number.value())
                .getResultStream()
                .map(row -> new Member((Person) row[0], (Membership) row[1]))
                .sorted(Comparator.comparing((Member m) -> m.membership().getRelationship())
                        .thenComparing(m -> m.person().getBirthDate()))
                .toList();
        return Optional.of(new HouseholdView(household, members));
    }

    public History history(String personId) {
        return new History(
                em.createQuery(
                                "SELECT e FROM RegisterEvent e WHERE e.personId = :id ORDER BY e.date, e.id",
                                RegisterEvent.class)
                        .setParameter("id", personId)
                        .getResultList(),
                cards(personId),
                em.createQuery(
                                "SELECT r FROM MilitaryRecord r WHERE r.personId = :id ORDER BY r.from, r.id",
                                MilitaryRecord.class)
                        .setParameter("id", personId)
                        .getResultList(),
                em.createQuery(
                                "SELECT f FROM ApplicationForm f WHERE f.personId = :id ORDER BY f.submittedOn, f.id",
                                ApplicationForm.class)
                        .setParameter("id", personId)
                        .getResultList(),
                em.createQuery(
                                "SELECT m FROM Membership m WHERE m.personId = :id ORDER BY m.movedIn, m.id",
                                Membership.class)
                        .setParameter("id", personId)
                        .getResultList());
    }

    /** The ID cards issued to the person, oldest first: all an ID-card check needs, in one query. */
    public List<IdCardIssue> cards(String personId) {
        return em.createQuery(
                        "SELECT c FROM IdCardIssue c WHERE c.personId = :id ORDER BY c.issuedOn, c.id",
                        IdCardIssue.class)
                .setParameter("id", personId)
                .getResultList();
    }

    /** The latest card issued, the one a person now carries (unless reported lost). */
    public Optional<IdCardIssue> currentCard(String personId) {
        List<IdCardIssue> cards = cards(personId);
        return cards.isEmpty() ? Optional.empty() : Optional.of(cards.get(cards.size() - 1));
    }

    /** The photo of the person's latest card, if the register holds one. */
    public Optional<IdCardPhoto> photo(String personId) {
        return Optional.ofNullable(em.find(IdCardPhoto.class, personId));
    }

    /** The persons removed from the register (除戶) whose last household this is, by ID. */
    public List<Person> removedMembers(HouseholdNumber number) {
        return em.createQuery(
                        "SELECT p FROM Person p WHERE p.householdNumber = :number AND p.removedOn IS NOT NULL"
                                + " ORDER BY p.id",
                        Person.class)
                .setParameter("number", number.value())
                .getResultList();
    }

    /** A member's relationship to the head in this household, the latest recorded. */
    public Optional<String> relationship(String personId, String householdNumber) {
        return em.createQuery(
                        "SELECT m.relationship FROM Membership m WHERE m.personId = :id AND m.householdNumber = :number"
                                + " ORDER BY m.movedIn DESC, m.id DESC",
                        String.class)
                .setParameter("id", personId)
                .setParameter("number", householdNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The household's events of one type (e.g. ADDRESS_CHANGE), in date order. */
    public List<RegisterEvent> householdEvents(HouseholdNumber number, String type) {
        return em.createQuery(
                        "SELECT e FROM RegisterEvent e WHERE e.householdNumber = :number AND e.type = :type"
                                + " ORDER BY e.date, e.id",
                        RegisterEvent.class)
                .setParameter("number", number.value())
                .setParameter("type", type)
                .getResultList();
    }

    /** The statistics of the villages of an area (a code prefix) in the given months (ROC yyyMM). */
    public List<VillageStatistic> statisticsOf(List<String> months, String areaCode) {
        return em.createQuery(
                        "SELECT s FROM VillageStatistic s WHERE s.month IN :months AND s.villageCode LIKE :area"
                                + " ORDER BY s.villageCode, s.month",
                        VillageStatistic.class)
                .setParameter("months", months)
                .setParameter("area", areaCode + "%")
                .getResultList();
    }

    /** The months with statistics, latest first (ROC yyyMM). */
    @RolesAllowed("DHR_REVIEWER")
    public List<String> statisticMonths() {
        return em.createQuery("SELECT DISTINCT s.month FROM VillageStatistic s ORDER BY s.month DESC", String.class)
                .getResultList();
    }

    /** A month's statistics of the villages of a county (5-digit code) or town (8-digit code). */
    @RolesAllowed("DHR_REVIEWER")
    public List<VillageStatistic> statistics(String month, String areaCode) {
        return em.createQuery(
                        "SELECT s FROM VillageStatistic s WHERE s.month = :month AND s.villageCode LIKE :area"
                                + " ORDER BY s.villageCode",
                        VillageStatistic.class)
                .setParameter("month", month)
                .setParameter("area", areaCode + "%")
                .getResultList();
    }

    /** Totals per month of an area, oldest first: month, persons, male, female, households, births, deaths. */
    @RolesAllowed("DHR_REVIEWER")
    public List<Object[]> monthlyTotals(String areaCode) {
        return em.createQuery(
                        "SELECT s.month, SUM(s.total), SUM(s.male), SUM(s.female), SUM(s.households),"
                                + " SUM(s.birthMale + s.birthFemale), SUM(s.deathMale + s.deathFemale)"
                                + " FROM VillageStatistic s WHERE s.villageCode LIKE :area GROUP BY s.month ORDER BY s.month",
                        Object[].class)
                .setParameter("area", areaCode + "%")
                .getResultList();
    }

    @RolesAllowed("DHR_REVIEWER")
    public Optional<Village> village(String code) {
        return Optional.ofNullable(em.find(Village.class, code));
    }
}
