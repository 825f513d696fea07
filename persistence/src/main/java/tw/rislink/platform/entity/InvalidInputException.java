package tw.rislink.platform.entity;

import java.io.Serializable;

/**
 * Bad input told as a reason rather than a sentence: a key of the screens' texts with its
 * arguments, so that each screen says it in its user's language, and an English message for
 * logs and for the API, whose answers quote it as they always have.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that catch those (and the EJB
 * container, which passes them on as application exceptions) see no difference.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Serializable[] arguments;

    /**
     * @param key the text's key, {@code invalid.<thing>.<reason>}
     * @param english the same in English, for logs and the API
     * @param arguments what the text quotes, {@code {0}}, {@code {1}}, … in the key's pattern
     */
    public InvalidInputException(String key, String english, Serializable... arguments) {
        super(english);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
