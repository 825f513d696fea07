package tw.rislink.credential.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.agency.entity.AgencyCode;

/**
 * The password table (密碼表) DHR issues at step 7: for each linking account of the agency an
 * account name ({@code A09000000E-01}: the agency code and a two-digit number, the first numbers
 * not yet taken) and a random password of {@value #LENGTH} characters with at least one digit
 * and one letter, drawn from an alphabet without the look-alikes 0/O and 1/l/I, because the
 * table is printed and typed in by hand. The passwords are shown once; only their bcrypt hashes
 * ({@link PasswordHasher}) are kept.
 */
public final class PasswordTable {

    public static final int LENGTH = 16;
    public static final int MAX_ACCOUNTS = 99;
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One line of the table as printed. */
    public record Line(String account, String password) {}

    /** A line with the hash to store; the password goes only to the printed table. */
    public record HashedLine(String account, String password, String hash) {}

    private PasswordTable() {}

    /** One linking account, the usual table. */
    public static List<Line> generate(String agencyCode) {
        return generate(agencyCode, 1, Set.of());
    }

    /**
     * @param taken accounts already issued (a later table of the same agency continues the numbers)
     * @throws IllegalArgumentException for a malformed agency code, a count outside 1–99 or no free numbers left
     */
    public static List<Line> generate(String agencyCode, int count, Collection<String> taken) {
        String code = AgencyCode.of(agencyCode).value();
        if (count < 1 || count > MAX_ACCOUNTS) {
            throw new IllegalArgumentException("A password table has 1 to " + MAX_ACCOUNTS + " accounts, not " + count);
        }
        List<Line> lines = new ArrayList<>();
        for (int number = 1; number <= MAX_ACCOUNTS && lines.size() < count; number++) {
            String account = String.format("%s-%02d", code, number);
            if (!taken.contains(account)) {
                lines.add(new Line(account, password()));
            }
        }
        if (lines.size() < count) {
            throw new IllegalArgumentException(
                    "The agency " + code + " has no " + count + " free account numbers left");
        }
        return List.copyOf(lines);
    }

    /** The table with each password's bcrypt hash, so that the caller stores hashes only. */
    public static List<HashedLine> generateHashed(String agencyCode, int count, Collection<String> taken) {
        return generate(agencyCode, count, taken).stream()
                .map(line -> new HashedLine(
                        line.account(),
                        line.password(),
                        PasswordHasher.hash(line.password().toCharArray())))
                .toList();
    }

    static String password() {
        while (true) {
            char[] password = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
            }
            String candidate = new String(password);
            // Drawing again keeps every accepted password equally likely; about one in eleven lacks a digit.
            if (candidate.chars().anyMatch(Character::isDigit)
                    && candidate.chars().anyMatch(Character::isLetter)) {
                return candidate;
            }
        }
    }
}
