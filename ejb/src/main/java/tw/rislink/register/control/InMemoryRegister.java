package tw.rislink.register.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated register kept in lists: for checking a generator run without a database, and for
 * a client that regenerates the server's register to know what it holds.
 */
public final class InMemoryRegister implements RegisterSink {

    public final List<Village> villages = new ArrayList<>();
    public final List<Household> households = new ArrayList<>();
    public final List<Person> persons = new ArrayList<>();
    public final List<Membership> memberships = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    public final List<IdCard> cards = new ArrayList<>();
    public final List<Military> military = new ArrayList<>();
    public final List<Application> applications = new ArrayList<>();
    public final List<RetiredId> retired = new ArrayList<>();

    /** Every list, in the order rows arrive. */
    public List<List<?>> all() {
        return List.of(villages, households, persons, memberships, events, cards, military, applications, retired);
    }

    public List<Event> eventsOf(String personId) {
        return events.stream().filter(e -> e.personId().equals(personId)).toList();
    }

    @Override
    public void village(Village village) {
        villages.add(village);
    }

    @Override
    public void household(Household household) {
        households.add(household);
    }

    @Override
    public void person(Person person) {
        persons.add(person);
    }

    @Override
    public void membership(Membership membership) {
        memberships.add(membership);
    }

    @Override
    public void event(Event event) {
        events.add(event);
    }

    @Override
    public void idCard(IdCard card) {
        cards.add(card);
    }

    @Override
    public void military(Military record) {
        military.add(record);
    }

    @Override
    public void application(Application form) {
        applications.add(form);
    }

    @Override
    public void retiredId(RetiredId retiredId) {
        retired.add(retiredId);
    }
}
