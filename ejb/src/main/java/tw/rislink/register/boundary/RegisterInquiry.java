package tw.rislink.register.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Optional;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.agency.entity.Agency;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.NationalId;
import tw.rislink.register.entity.Person;
import tw.rislink.register.entity.RetiredId;

/**
 * A registration officer's look into the register from the screens: each lookup of a person or
 * a household is read and audited in one transaction (who, from where, why, which items), so a
 * shown record always has its audit record. The caller is the signed-in user of the EJB context.
 */
@Stateless
@RolesAllowed("DHR_REVIEWER")
@RunAs(Role.SYSTEM)
public class RegisterInquiry {

    static final String PERSON_ITEMS = "person,household,events,idCards,military,forms";
    static final String HOUSEHOLD_ITEMS = "household,members";

    /** What a person lookup found: the person, or the number's replacement, or nothing. */
    public record PersonAnswer(
            Person person, RegisterLookup.HouseholdView household, RegisterLookup.History history, RetiredId retired) {}

    @EJB
    private RegisterLookup lookup;

    @EJB
    private AuditTrail audit;

    @EJB
    private AccountService accounts;

    @Resource
    private SessionContext context;

    /** @throws IllegalArgumentException for a malformed ID or a missing reason, before anything is read */
    public Optional<PersonAnswer> person(String idText, String reason, String address) {
        NationalId id = NationalId.of(idText);
        String why = requireReason(reason);
        Optional<Person> person = lookup.person(id);
        PersonAnswer answer = null;
        if (person.isPresent()) {
            Person p = person.get();
            answer = new PersonAnswer(
                    p,
                    lookup.household(HouseholdNumber.of(p.getHouseholdNumber())).orElse(null),
                    lookup.history(p.getId()),
                    null);
        } else {
            Optional<RetiredId> retired = lookup.retired(id);
            if (retired.isPresent()) {
                answer = new PersonAnswer(null, null, null, retired.get());
            }
        }
        record("REGISTER_PERSON", id.value(), why, address, answer == null ? null : PERSON_ITEMS, answer != null);
        return Optional.ofNullable(answer);
    }

    public Optional<RegisterLookup.HouseholdView> household(String numberText, String reason, String address) {
        HouseholdNumber number = HouseholdNumber.of(numberText);
        String why = requireReason(reason);
        Optional<RegisterLookup.HouseholdView> household = lookup.household(number);
        record(
                "REGISTER_HOUSEHOLD",
                number.value(),
                why,
                address,
                household.isPresent() ? HOUSEHOLD_ITEMS : null,
                household.isPresent());
        return household;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("invalid.register.noReason", "A reason for the lookup is required");
        }
        if (reason.strip().length() > 200) {
            throw new InvalidInputException(
                    "invalid.register.longReason", "The reason is longer than 200 characters", 200);
        }
        return reason.strip();
    }

    private void record(String action, String subject, String reason, String address, String items, boolean found) {
        String user = context.getCallerPrincipal().getName();
        String agency = accounts.find(user)
                .map(UserAccount::getAgency)
                .map(Agency::getCode)
                .orElse(null);
        audit.record(new AuditEntry(
                user,
                agency,
                address,
                AuditChannel.SCREEN,
                action,
                null,
                subject,
                null,
                reason,
                null,
                items,
                found ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND));
    }
}
