package tw.rislink.register.entity;

import java.io.Serializable;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A household number (戶號): a county letter and seven digits, the last a check digit
 * ({@code A1234563}).
 *
 * <p>The registration system's check-digit algorithm is not published (DOMAIN.md §8a names
 * only the shape). The platform uses the national ID's scheme so that one rule serves both:
 * the letter becomes its two-digit area code, the code's digits and the six serial digits are
 * weighted 1,9,8,7,6,5,4,3, and the check digit brings the sum to a multiple of 10. When the
 * official rule is known only {@link #checkDigit} changes.
 */
public final class HouseholdNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] WEIGHTS = {1, 9, 8, 7, 6, 5, 4, 3};

    private final String value;

    private HouseholdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses and checks a household number.
     *
     * @throws InvalidInputException saying what is wrong, e.g. "check digit should be 3"
     *     (key {@code invalid.householdNumber.<reason>}, the number as first argument)
     */
    public static HouseholdNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("invalid.householdNumber.empty", "Household number is empty");
        }
        String number = text.trim();
        if (number.length() != 8) {
            throw new InvalidInputException(
                    "invalid.householdNumber.length",
                    "Household number \"" + number + "\" should be 8 characters: a county letter and 7 digits",
                    number);
        }
        char letter = number.charAt(0);
        if (letter < 'A' || letter > 'Z') {
            throw new InvalidInputException(
                    "invalid.householdNumber.first",
                    "Household number \"" + number + "\" should start with a county letter A-Z",
                    number);
        }
        for (int i = 1; i < 8; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInputException(
                        "invalid.householdNumber.digits",
                        "Household number \"" + number + "\": characters 2 to 8 should be digits, found '" + c + "'",
                        number,
                        String.valueOf(c));
            }
        }
        int expected = checkDigit(letter, number.substring(1, 7));
        int actual = number.charAt(7) - '0';
        if (expected != actual) {
            throw new InvalidInputException(
                    "invalid.householdNumber.checkDigit",
                    "Household number \"" + number + "\": check digit should be " + expected + ", not " + actual,
                    number,
                    String.valueOf(expected),
                    String.valueOf(actual));
        }
        return new HouseholdNumber(number);
    }

    /** A valid household number from its county letter and six serial digits. */
    public static HouseholdNumber of(char letter, String sixDigits) {
        return of("" + letter + sixDigits + checkDigit(letter, sixDigits));
    }

    static int checkDigit(char letter, String sixDigits) {
        int code = NationalId.areaCode(letter);
        int sum = code / 10 * WEIGHTS[0] + code % 10 * WEIGHTS[1];
        for (int i = 0; i < 6; i++) {
            sum += (sixDigits.charAt(i) - '0') * WEIGHTS[2 + i];
        }
        return (10 - sum % 10) % 10;
    }

    /** The county letter, the same as the first letter of national IDs first registered there. */
    public char countyLetter() {
        return value.charAt(0);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HouseholdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
