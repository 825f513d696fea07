package tw.rislink.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.Locale;
import java.util.function.Function;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * Reads a typed identifier (national ID, household number) the way a clerk means it: spaces
 * around it dropped and letters upper-cased, so a pasted {@code " a123456789"} is
 * {@code A123456789}; then checks it with its value type and refuses it at the field, in the
 * user's language, when the value type does. The value stays the normalised text.
 */
public abstract class IdentifierConverter implements Converter<String> {

    private final Function<String, ?> check;

    protected IdentifierConverter(Function<String, ?> check) {
        this.check = check;
    }

    /** The text as the value types read it: stripped and upper-case; null for nothing typed. */
    public static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String normalised = normalise(value);
        if (normalised == null) {
            return null;
        }
        try {
            check.apply(normalised);
        } catch (InvalidInputException e) {
            String text = Texts.of(context, e);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
        return normalised;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
