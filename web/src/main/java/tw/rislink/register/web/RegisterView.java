package tw.rislink.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;
import tw.rislink.register.boundary.RegisterInquiry;
import tw.rislink.register.boundary.RegisterLookup;

/**
 * The Department of Household Registration's register lookup: a person by national ID (with
 * household and history) or a household by number, each with a stated reason that goes into
 * the audit trail with the lookup.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterInquiry inquiry;

    private String personId;
    private String householdNumber;
    private String reason;
    private RegisterInquiry.PersonAnswer person;
    private RegisterLookup.HouseholdView household;

    public void findPerson() {
        clear();
        try {
            inquiry.person(personId, reason, Faces.getRemoteAddr())
                    .ifPresentOrElse(
                            answer -> {
                                person = answer;
                                household = answer.household();
                            },
                            () -> Messages.addGlobalWarn(Texts.get("register.notFound", personId)));
        } catch (InvalidInputException e) {
            refuse(e, "lookup:personId");
        }
    }

    public void findHousehold() {
        clear();
        try {
            inquiry.household(householdNumber, reason, Faces.getRemoteAddr())
                    .ifPresentOrElse(
                            found -> household = found,
                            () -> Messages.addGlobalWarn(Texts.get("register.notFound", householdNumber)));
        } catch (InvalidInputException e) {
            refuse(e, "lookup:householdNumber");
        }
    }

    /** At the reason when the reason is refused, else at the identifier's field. */
    private static void refuse(InvalidInputException e, String identifierField) {
        Components.invalidateInput(
                e.key().startsWith("invalid.register.") ? "lookup:reason" : identifierField, Texts.of(e));
    }

    private void clear() {
        person = null;
        household = null;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public RegisterInquiry.PersonAnswer getPerson() {
        return person;
    }

    /** The day a looked-up number went out of use, as a ROC date. */
    public String getRetiredOn() {
        return person == null || person.retired() == null
                ? ""
                : RocDate.format(person.retired().getRetiredOn());
    }

    public RegisterLookup.HouseholdView getHousehold() {
        return household;
    }
}
