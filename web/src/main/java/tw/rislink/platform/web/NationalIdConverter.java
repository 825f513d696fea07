package tw.rislink.platform.web;

import jakarta.faces.convert.FacesConverter;
import tw.rislink.register.entity.NationalId;

/** Every field that takes a national ID: {@code converter="nationalId"}. */
@FacesConverter("nationalId")
public class NationalIdConverter extends IdentifierConverter {

    public NationalIdConverter() {
        super(NationalId::of);
    }
}
