package tw.rislink.credential.control;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.certificate.control.Pem;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * The agency certificate a linked agency submits at steps 11–14 so that DIS can bind its Iss key
 * to it: an X.509 certificate as PEM or DER, with an RSA key of at least 2048 bits (what
 * {@link JwtToken#verifySignature} accepts), valid at the time of submission, and, where it
 * says what its key is for, usable for signatures (the agency signs its JWTs with it). Nothing
 * about the issuer is checked: agency certificates come from the government CA (GCA), whose
 * chain the platform does not keep, and the key is trusted because the case's parties relayed it.
 */
public final class AgencyCertificate {

    public static final int MIN_BITS = 2048;

    /** A certificate is a few kilobytes; anything much larger is not one. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Provider BC = new BouncyCastleProvider();

    /**
     * An accepted certificate: subject and serial (hex) to show, its validity, the public key as
     * base64 X.509 SubjectPublicKeyInfo (the form {@code ApiCredential.publicKey} stores) and the
     * certificate as PEM.
     */
    public record Checked(
            String subject, String serial, Instant notBefore, Instant notAfter, String publicKey, String pem) {}

    private AgencyCertificate() {}

    /** A certificate as typed or pasted: PEM, or base64 DER without the armour. */
    public static Checked check(String text, Instant at) {
        if (text == null || text.isBlank() || text.length() > MAX_BYTES) {
            throw unreadable();
        }
        if (text.contains("-----BEGIN")) {
            return check(text.getBytes(StandardCharsets.US_ASCII), at);
        }
        try {
            return check(Base64.getMimeDecoder().decode(text.strip()), at);
        } catch (IllegalArgumentException notBase64) {
            throw unreadable();
        }
    }

    /** A certificate as uploaded: DER, or the bytes of a PEM file. */
    public static Checked check(byte[] content, Instant at) {
        return check(parse(content), at);
    }

    /**
     * @throws InvalidInputException {@code invalid.certificate.notRsa}, {@code .weakKey} (bits),
     *     {@code .notYetValid} / {@code .expired} (the ROC date and time) or {@code .keyUsage}
     */
    public static Checked check(X509Certificate certificate, Instant at) {
        PublicKey key = certificate.getPublicKey();
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new InvalidInputException(
                    "invalid.certificate.notRsa",
                    "The certificate's key is " + key.getAlgorithm() + ", not RSA: API tokens are signed RS256");
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_BITS) {
            throw new InvalidInputException(
                    "invalid.certificate.weakKey",
                    "The certificate's RSA key has " + bits + " bits; at least " + MIN_BITS + " are needed",
                    bits);
        }
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            String from = roc(notBefore);
            throw new InvalidInputException(
                    "invalid.certificate.notYetValid", "The certificate is valid only from " + from, from);
        }
        if (at.isAfter(notAfter)) {
            String until = roc(notAfter);
            throw new InvalidInputException(
                    "invalid.certificate.expired", "The certificate expired at " + until, until);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0]) {
            throw new InvalidInputException(
                    "invalid.certificate.keyUsage",
                    "The certificate's key usage does not include digitalSignature: it may not sign tokens");
        }
        try {
            return new Checked(
                    certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                    certificate.getSerialNumber().toString(16),
                    notBefore,
                    notAfter,
                    Base64.getEncoder().encodeToString(key.getEncoded()),
                    Pem.encode("CERTIFICATE", certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A parsed certificate cannot be encoded again", e);
        }
    }

    private static X509Certificate parse(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw unreadable();
        }
        X509Certificate certificate;
        try {
            certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509", BC).generateCertificate(new ByteArrayInputStream(content));
        } catch (GeneralSecurityException | RuntimeException e) {
            // BouncyCastle reports some malformed encodings as runtime exceptions of its own.
            throw unreadable();
        }
        if (certificate == null) {
            // BouncyCastle answers null for PEM text that holds no certificate.
            throw unreadable();
        }
        return certificate;
    }

    private static String roc(Instant instant) {
        return RocDate.format(LocalDateTime.ofInstant(instant, TaiwanTime.ZONE));
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException(
                "invalid.certificate.unreadable", "The file or text is not an X.509 certificate (PEM or DER)");
    }
}
