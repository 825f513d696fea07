package tw.rislink.register.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.control.DatabaseDialect;
import tw.rislink.platform.control.SqlScript;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.NationalId;

/** The generated register on its own: rules every row must keep, without a database. */
class SyntheticRegisterTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    private static List<SyntheticRegister.Town> towns;
    private static InMemoryRegister register;

    @BeforeAll
    static void generate() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:towns;MODE=Oracle", "sa", "")) {
            SqlScript.createSchema(connection, DatabaseDialect.H2);
            towns = RegisterLoad.towns(connection, AS_OF);
        }
        register = new InMemoryRegister();
        new SyntheticRegister(42, AS_OF, towns).generate(20_000, register);
    }

    @Test
    void the_same_seed_gives_the_same_register_and_another_seed_another() throws Exception {
        InMemoryRegister again = new InMemoryRegister();
        new SyntheticRegister(42, AS_OF, towns).generate(20_000, again);
        assertEquals(digest(register), digest(again));
        InMemoryRegister other = new InMemoryRegister();
        new SyntheticRegister(43, AS_OF, towns).generate(20_000, other);
        assertNotEquals(digest(register), digest(other));
    }

    @Test
    void has_the_persons_asked_for_and_every_number_is_valid_and_unique() {
        long active = register.persons.stream().filter(p -> !p.removed()).count();
        assertTrue(active >= 20_000 && active < 20_000 + 22 * 10, "active persons: " + active);
        Set<String> ids = new HashSet<>();
        for (RegisterSink.Person person : register.persons) {
            assertEquals(NationalId.Kind.CITIZEN, NationalId.of(person.id()).kind());
            assertTrue(ids.add(person.id()), "duplicate " + person.id());
            assertEquals(person.sex() == 'M' ? '1' : '2', person.id().charAt(1), person.id());
        }
        for (RegisterSink.RetiredId retired : register.retired) {
            NationalId.of(retired.retiredId());
            assertTrue(ids.add(retired.retiredId()), "a retired number is never someone else's");
        }
        Set<String> numbers = new HashSet<>();
        for (RegisterSink.Household household : register.households) {
            HouseholdNumber.of(household.number());
            assertTrue(numbers.add(household.number()));
        }
    }

    @Test
    void counties_keep_the_real_proportions() {
        Map<String, Long> byCounty = register.households.stream()
                .collect(Collectors.toMap(h -> h.number(), h -> h.address().getCountyCode()))
                .entrySet()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
        Map<String, String> countyOfHousehold = new HashMap<>();
        register.households.forEach(
                h -> countyOfHousehold.put(h.number(), h.address().getCountyCode()));
        Map<String, Long> persons = register.persons.stream()
                .filter(p -> !p.removed())
                .collect(Collectors.groupingBy(p -> countyOfHousehold.get(p.householdNumber()), Collectors.counting()));
        assertEquals(22, byCounty.size());
        double total = CountyProfile.totalThousands();
        for (CountyProfile county : CountyProfile.ALL) {
            double expected = 20_000 * county.thousands() / total;
            long actual = persons.get(county.code());
            assertTrue(
                    Math.abs(actual - expected) <= Math.max(6, expected * 0.01),
                    county.code() + ": " + actual + " vs " + expected);
        }
    }

    @Test
    void histories_hold_together() {
        Map<String, RegisterSink.Person> byId = new HashMap<>();
        register.persons.forEach(p -> byId.put(p.id(), p));
        for (RegisterSink.Event event : register.events) {
            assertFalse(event.date().isAfter(AS_OF), "nothing happens after the register's day: " + event);
            RegisterSink.Person person = byId.get(event.personId());
            assertFalse(event.date().isBefore(person.birthDate()), "nothing before birth: " + event);
            if (event.type().equals("REMOVAL")) {
                assertEquals(person.removedOn(), event.date());
                assertEquals(person.removalReason(), event.reason());
            }
        }
        Set<String> removedWithEvent = register.events.stream()
                .filter(e -> e.type().equals("REMOVAL"))
                .map(RegisterSink.Event::personId)
                .collect(Collectors.toSet());
        register.persons.stream()
                .filter(RegisterSink.Person::removed)
                .forEach(p -> assertTrue(removedWithEvent.contains(p.id())));
        for (RegisterSink.Household household : register.households) {
            RegisterSink.Person head = byId.get(household.headId());
            assertFalse(head.removed(), "the head of " + household.number() + " is in the register");
            assertEquals(household.number(), head.householdNumber());
        }
        Map<String, Long> open = register.memberships.stream()
                .filter(m -> m.movedOut() == null)
                .collect(Collectors.groupingBy(RegisterSink.Membership::personId, Collectors.counting()));
        for (RegisterSink.Person person : register.persons) {
            assertEquals(person.removed() ? null : 1L, open.get(person.id()), person.id());
        }
    }

    @Test
    void cards_are_issued_at_14_or_later_renewed_and_sometimes_lost() {
        Map<String, RegisterSink.Person> byId = new HashMap<>();
        register.persons.forEach(p -> byId.put(p.id(), p));
        Map<Character, Long> byCode = register.cards.stream()
                .collect(Collectors.groupingBy(RegisterSink.IdCard::applyCode, Collectors.counting()));
        assertTrue(byCode.get('1') > 10_000 && byCode.get('2') > 300 && byCode.get('3') > 5_000, byCode.toString());
        for (RegisterSink.IdCard card : register.cards) {
            RegisterSink.Person person = byId.get(card.personId());
            assertTrue(ChronoUnit.YEARS.between(person.birthDate(), card.issuedOn()) >= 14, card.toString());
            assertFalse(card.issuedOn().isAfter(AS_OF));
        }
        assertTrue(
                register.cards.stream().filter(c -> c.reportedLostOn() != null).count() > 100);
    }

    @Test
    void men_of_service_age_have_military_records_and_women_none() {
        Map<String, RegisterSink.Person> byId = new HashMap<>();
        register.persons.forEach(p -> byId.put(p.id(), p));
        Set<String> withRecords = new HashSet<>();
        for (RegisterSink.Military record : register.military) {
            assertEquals('M', byId.get(record.personId()).sex());
            assertTrue(record.to() == null || record.to().isAfter(record.from()), record.toString());
            withRecords.add(record.personId());
        }
        register.persons.stream()
                .filter(p -> p.sex() == 'M' && !p.removed())
                .filter(p -> ChronoUnit.YEARS.between(p.birthDate(), AS_OF) >= 19)
                .filter(p -> ChronoUnit.YEARS.between(p.birthDate(), AS_OF) <= 40)
                .forEach(p -> assertTrue(withRecords.contains(p.id()), p.id()));
    }

    @Test
    void some_names_need_characters_outside_big5() {
        long rare = register.persons.stream()
                .filter(p -> p.name()
                        .codePoints()
                        .anyMatch(c -> String.join("", SyntheticRegister.RARE_CHARACTERS)
                                .codePoints()
                                .anyMatch(r -> r == c)))
                .count();
        double share = (double) rare / register.persons.size();
        assertTrue(share > 0.005 && share < 0.05, "share of rare names " + share);
    }

    private static String digest(InMemoryRegister rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (List<?> list : rows.all()) {
            for (Object row : list) {
                sha.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
