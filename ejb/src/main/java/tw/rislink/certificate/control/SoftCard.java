package tw.rislink.certificate.control;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A development stand-in for the smart card: the certificate and its private key, the key
 * encrypted under the PIN (PBKDF2-SHA256 → AES-256-GCM), in a JSON file that the sign-in page
 * opens with the browser's Web Crypto API, so that the key never leaves the browser, as it never
 * leaves the card. Only the embedded test CA writes these; real holders use their card.
 */
public final class SoftCard {

    public static final String FORMAT = "rislink-soft-card-1";

    private static final int ITERATIONS = 100_000;

    private SoftCard() {}

    public static String write(X509Certificate certificate, PrivateKey key, char[] pin) {
        try {
            SecureRandom random = new SecureRandom();
            byte[] salt = new byte[16];
            byte[] iv = new byte[12];
            random.nextBytes(salt);
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(pin, salt, ITERATIONS), new GCMParameterSpec(128, iv));
            Base64.Encoder base64 = Base64.getEncoder();
            return JSON.createObjectBuilder()
                    .add("format", FORMAT)
                    .add("subject", certificate.getSubjectX500Principal().getName())
                    .add("certificate", base64.encodeToString(certificate.getEncoded()))
                    .add("kdf", "PBKDF2-SHA256")
                    .add("iterations", ITERATIONS)
                    .add("salt", base64.encodeToString(salt))
                    .add("iv", base64.encodeToString(iv))
                    .add("key", base64.encodeToString(cipher.doFinal(key.getEncoded())))
                    .build()
                    .toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write a soft card", e);
        }
    }

    public static void write(Path file, X509Certificate certificate, PrivateKey key, char[] pin) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, write(certificate, key, pin), StandardCharsets.UTF_8);
    }

    /** The card's contents. */
    public record Opened(X509Certificate certificate, PrivateKey key) {}

    /** @throws IllegalArgumentException for a wrong PIN */
    public static Opened open(String json, char[] pin) {
        JsonObject card;
        try (var reader = JSON.createReader(new StringReader(json))) {
            card = reader.readObject();
        }
        if (!FORMAT.equals(card.getString("format", ""))) {
            throw new IllegalArgumentException("Not a soft card");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        X509Certificate certificate = Pem.certificate(card.getString("certificate"));
        byte[] encrypted = base64.decode(card.getString("key"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    derive(pin, base64.decode(card.getString("salt")), card.getInt("iterations")),
                    new GCMParameterSpec(128, base64.decode(card.getString("iv"))));
            byte[] pkcs8 = cipher.doFinal(encrypted);
            return new Opened(
                    certificate, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("Wrong PIN", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the soft card", e);
        }
    }

    private static SecretKeySpec derive(char[] pin, byte[] salt, int iterations) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(pin, salt, iterations, 256))
                .getEncoded();
        return new SecretKeySpec(key, "AES");
    }
}
