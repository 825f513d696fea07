package tw.rislink.agency.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * What an administrator may type into the data-item catalogue, read as they mean it (stripped,
 * upper case) and refused with a reason otherwise. The lengths are the columns of
 * {@code rl_data_item}, so nothing valid here is cut or refused by the database.
 */
public final class DataItemEntry {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_ZH_LENGTH = 100;
    public static final int NAME_EN_LENGTH = 200;
    public static final int TRANSACTIONS_LENGTH = 200;

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,19}$");
    private static final Pattern TRANSACTION = Pattern.compile("^[A-Z0-9]{2,10}$");
    /** Commas as typed on a Chinese keyboard (full-width, ideographic) separate as the plain one does. */
    private static final Pattern SEPARATOR = Pattern.compile("[,，、]");

    private DataItemEntry() {}

    /** The item's code: a capital letter, then 1–19 capitals, digits or underscores. */
    public static String code(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "invalid.dataItem.code",
                    "A data item's code is a capital letter followed by 1 to 19 capitals, digits or underscores, not \""
                            + code + "\"",
                    code);
        }
        return code;
    }

    public static String nameZh(String typed) {
        return name(typed, NAME_ZH_LENGTH, "invalid.dataItem.nameZh", "Chinese");
    }

    public static String nameEn(String typed) {
        return name(typed, NAME_EN_LENGTH, "invalid.dataItem.nameEn", "English");
    }

    private static String name(String typed, int length, String key, String language) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > length) {
            throw new InvalidInputException(
                    key,
                    "A data item needs a " + language + " name of at most " + length + " characters",
                    String.valueOf(length));
        }
        return name;
    }

    /**
     * The transactions that carry the item, in the order typed, each once: a comma list of codes
     * of 2–10 capitals or digits, at least one.
     */
    public static List<String> transactions(String typed) {
        String text = typed == null ? "" : typed.strip();
        Set<String> codes = new LinkedHashSet<>();
        for (String part : SEPARATOR.split(text, -1)) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!TRANSACTION.matcher(code).matches()) {
                throw new InvalidInputException(
                        "invalid.dataItem.transactions",
                        "Transactions are a comma list of codes of 2 to 10 capitals or digits, at least one; \""
                                + part.strip() + "\" is none",
                        part.strip());
            }
            codes.add(code);
        }
        List<String> list = new ArrayList<>(codes);
        if (String.join(",", list).length() > TRANSACTIONS_LENGTH) {
            throw new InvalidInputException(
                    "invalid.dataItem.transactionsTooLong",
                    "The transactions of a data item take at most " + TRANSACTIONS_LENGTH + " characters",
                    String.valueOf(TRANSACTIONS_LENGTH));
        }
        return list;
    }
}
