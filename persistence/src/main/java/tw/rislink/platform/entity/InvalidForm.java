package tw.rislink.platform.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A form refused as a whole: every problem, each with the field it concerns, found before
 * anything was stored. The message joins the problems' English messages.
 */
public class InvalidForm extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** A field and what is wrong with it. */
    public record Problem(String field, InvalidInputException reason) implements Serializable {

        private static final long serialVersionUID = 1L;

        public static Problem of(String field, String key, String english, Serializable... arguments) {
            return new Problem(field, new InvalidInputException(key, english, arguments));
        }

        public String message() {
            return reason.getMessage();
        }
    }

    private final List<Problem> problems;

    public InvalidForm(String key, List<Problem> problems) {
        super(key, String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
