package tw.rislink.account.control;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt in modular crypt form ({@code $2a$10$...}): the form WildFly's jdbc-realm reads with
 * its modular-crypt-mapper, so the server checks passwords and the application only sets them.
 */
public final class PasswordHasher {

    static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2a", password, salt, COST);
    }

    public static boolean matches(char[] password, String hash) {
        return OpenBSDBCrypt.checkPassword(hash, password);
    }
}
