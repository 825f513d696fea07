package tw.rislink.platform.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import tw.rislink.platform.entity.InvalidInputException;

/** The screens' texts (resource bundle "msg") in the view's language. */
public final class Texts {

    private Texts() {}

    public static String get(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static String get(String key, Object... arguments) {
        return get(FacesContext.getCurrentInstance(), key, arguments);
    }

    /** The text of a key built from a code, or the code itself where no text names it (yet). */
    public static String nameOf(String key, String code) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** What is wrong with an input, in the view's language (the exception's message is English). */
    public static String of(FacesContext context, InvalidInputException problem) {
        return get(context, problem.key(), problem.arguments());
    }

    public static String of(InvalidInputException problem) {
        return of(FacesContext.getCurrentInstance(), problem);
    }
}
