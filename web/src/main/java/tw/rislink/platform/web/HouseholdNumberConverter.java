package tw.rislink.platform.web;

import jakarta.faces.convert.FacesConverter;
import tw.rislink.register.entity.HouseholdNumber;

/** Every field that takes a household number: {@code converter="householdNumber"}. */
@FacesConverter("householdNumber")
public class HouseholdNumberConverter extends IdentifierConverter {

    public HouseholdNumberConverter() {
        super(HouseholdNumber::of);
    }
}
