package tw.rislink.register.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A national identification number (統一編號): a citizen's ({@code A123456789}, second digit 1
 * or 2), a resident certificate number of the new form (second digit 8 or 9) or of the old
 * form (two letters, valid to 2030-12-31). The first letter stands for a two-digit area code;
 * with the nine digits that follow, weighted 1,9,8,7,6,5,4,3,2,1,1, the sum is divisible by 10.
 */
public final class NationalId implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Area codes of the letters A–Z, in alphabetical order. */
    private static final int[] LETTER_CODES = {
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33
    };

    private static final int[] WEIGHTS = {1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1};

    /** The last day an old-form resident certificate number is accepted. */
    public static final LocalDate OLD_RESIDENT_FORM_VALID_UNTIL = LocalDate.of(2030, 12, 31);

    public enum Kind {
        CITIZEN,
        RESIDENT,
        RESIDENT_OLD_FORM
    }

    private final String value;
    private final Kind kind;

    private NationalId(String value, Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    /**
     * Parses and checks a number.
     *
     * @throws InvalidInputException saying what is wrong, e.g. "check digit should be 7"
     *     (key {@code invalid.nationalId.<reason>}, the ID as first argument)
     */
    public static NationalId of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("invalid.nationalId.empty", "National ID is empty");
        }
        String id = text.trim();
        if (id.length() != 10) {
            throw new InvalidInputException(
                    "invalid.nationalId.length",
                    "National ID \"" + id
                            + "\" should be 10 characters: a letter and 9 digits, or 2 letters and 8 digits",
                    id);
        }
        char first = id.charAt(0);
        if (first < 'A' || first > 'Z') {
            throw new InvalidInputException(
                    "invalid.nationalId.first",
                    "National ID \"" + id + "\" should start with a capital letter A-Z",
                    id);
        }
        char second = id.charAt(1);
        Kind kind;
        int secondDigit;
        if (second >= 'A' && second <= 'D') {
            kind = Kind.RESIDENT_OLD_FORM;
            // The old form's second letter counts as the last digit of its own area code.
            secondDigit = LETTER_CODES[second - 'A'] % 10;
        } else if (second == '1' || second == '2') {
            kind = Kind.CITIZEN;
            secondDigit = second - '0';
        } else if (second == '8' || second == '9') {
            kind = Kind.RESIDENT;
            secondDigit = second - '0';
        } else {
            throw new InvalidInputException(
                    "invalid.nationalId.second",
                    "National ID \"" + id
                            + "\": the second character should be 1 or 2 (citizen), 8 or 9 (resident) or A-D (old resident form)",
                    id);
        }
        for (int i = 2; i < 10; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                throw new InvalidInputException(
                        "invalid.nationalId.digits",
                        "National ID \"" + id + "\": characters 3 to 10 should be digits, found '" + id.charAt(i) + "'",
                        id,
                        String.valueOf(id.charAt(i)));
            }
        }
        int expected = checkDigit(first, secondDigit, id.substring(2, 9));
        int actual = id.charAt(9) - '0';
        if (expected != actual) {
            throw new InvalidInputException(
                    "invalid.nationalId.checkDigit",
                    "National ID \"" + id + "\": check digit should be " + expected + ", not " + actual,
                    id,
                    String.valueOf(expected),
                    String.valueOf(actual));
        }
        return new NationalId(id, kind);
    }

    /** The two-digit area code a first letter stands for: A → 10, I → 34, Z → 33. */
    static int areaCode(char letter) {
        return LETTER_CODES[letter - 'A'];
    }

    /** The check digit that completes a letter, second digit and seven digits. */
    static int checkDigit(char letter, int secondDigit, String sevenDigits) {
        int code = areaCode(letter);
        int[] digits = new int[10];
        digits[0] = code / 10;
        digits[1] = code % 10;
        digits[2] = secondDigit;
        for (int i = 0; i < 7; i++) {
            digits[3 + i] = sevenDigits.charAt(i) - '0';
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += digits[i] * WEIGHTS[i];
        }
        return (10 - sum % 10) % 10;
    }

    /** A valid citizen number from its letter, sex digit (1 male, 2 female) and seven serial digits. */
    public static NationalId citizen(char letter, int sexDigit, String sevenDigits) {
        return of("" + letter + sexDigit + sevenDigits + checkDigit(letter, sexDigit, sevenDigits));
    }

    public boolean isValidOn(LocalDate day) {
        return kind != Kind.RESIDENT_OLD_FORM || !day.isAfter(OLD_RESIDENT_FORM_VALID_UNTIL);
    }

    public Kind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
