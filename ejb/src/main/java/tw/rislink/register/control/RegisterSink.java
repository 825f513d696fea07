package tw.rislink.register.control;

import java.time.LocalDate;
import tw.rislink.register.entity.Address;

/**
 * Where the synthetic generator puts the register's rows: the database in the application and
 * the benchmark, a list in unit tests. Rows arrive in an order that respects references:
 * villages before their households, a household before its members.
 */
public interface RegisterSink {

    record Village(String code, String townCode, String countyCode, String name) {}

    record Household(String number, String type, String headId, Address address, LocalDate establishedOn) {}

    record Person(
            String id,
            String name,
            char sex,
            LocalDate birthDate,
            String birthPlace,
            String fatherId,
            String motherId,
            String spouseId,
            String householdNumber,
            LocalDate removedOn,
            String removalReason) {

        public boolean removed() {
            return removedOn != null;
        }
    }

    record Membership(
            long id,
            String householdNumber,
            String personId,
            String relationship,
            LocalDate movedIn,
            LocalDate movedOut) {}

    record Event(
            long id,
            String personId,
            String type,
            LocalDate date,
            String householdNumber,
            String oldValue,
            String newValue,
            String reason) {}

    record IdCard(
            long id, String personId, LocalDate issuedOn, char applyCode, String issueSite, LocalDate reportedLostOn) {}

    record Military(long id, String personId, char category, LocalDate from, LocalDate to, String remark) {}

    record Application(
            long id,
            String formNumber,
            long eventId,
            String personId,
            String householdNumber,
            String applyItem,
            LocalDate submittedOn,
            String officeCode) {}

    record RetiredId(String retiredId, String personId, LocalDate retiredOn) {}

    void village(Village village);

    void household(Household household);

    void person(Person person);

    void membership(Membership membership);

    void event(Event event);

    void idCard(IdCard card);

    void military(Military record);

    void application(Application form);

    void retiredId(RetiredId retired);
}
