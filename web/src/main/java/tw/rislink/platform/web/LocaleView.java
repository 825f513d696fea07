package tw.rislink.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the screens: Traditional Chinese first, English on request. The first page
 * follows the browser's preference where it names a supported language.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            // The view handler matches the browser's languages against faces-config's; a
            // browser that names none gets the default, Traditional Chinese.
            FacesContext context = FacesContext.getCurrentInstance();
            String accepted = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
            locale = accepted == null || accepted.isBlank()
                    ? Locale.TAIWAN
                    : of(context.getApplication()
                            .getViewHandler()
                            .calculateLocale(context)
                            .getLanguage());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        locale = of(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }

    /** English when asked for; Traditional Chinese (Taiwan) for everything else. */
    static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.TAIWAN;
    }
}
