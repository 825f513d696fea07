package tw.rislink.register.entity;

import java.io.Serializable;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A company's unified business number (營利事業統一編號): 8 digits weighted 1,2,1,2,1,2,4,1;
 * the digits of each product are added, and the sum must be divisible by 5 (the rule since
 * 2023; before it, by 10). When the 7th digit is 7 its product 28 counts as 10 or as 1, so
 * {@code sum} or {@code sum + 1} may satisfy the rule.
 */
public record BusinessId(String value) implements Serializable {

    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};

    public BusinessId {
        if (value == null || !value.matches("\\d{8}")) {
            throw new InvalidInputException(
                    "invalid.businessId.shape",
                    "Business ID \"" + value + "\" should be 8 digits",
                    String.valueOf(value));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (value.charAt(i) - '0') * WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        boolean seventhIsSeven = value.charAt(6) == '7';
        if (sum % 5 != 0 && !(seventhIsSeven && (sum + 1) % 5 == 0)) {
            throw new InvalidInputException(
                    "invalid.businessId.checksum",
                    "Business ID \"" + value + "\": the weighted digit sum " + sum
                            + " is not divisible by 5, so a digit is wrong",
                    value);
        }
    }

    public static BusinessId of(String text) {
        return new BusinessId(text == null ? null : text.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
