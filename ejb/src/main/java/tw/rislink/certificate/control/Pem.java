package tw.rislink.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Certificates and revocation lists in PEM (several in one file) or DER. */
public final class Pem {

    private Pem() {}

    public static List<X509Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            factory().generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificates in " + file, e);
        }
    }

    public static List<X509CRL> crls(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509CRL> crls = new ArrayList<>();
            factory().generateCRLs(in).forEach(c -> crls.add((X509CRL) c));
            return crls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the revocation lists in " + file, e);
        }
    }

    /**
     * One certificate as a holder sends it: PEM, or base64 DER without the armour.
     *
     * @throws CertificateRefusal MALFORMED when it is neither
     */
    public static X509Certificate certificate(String text) {
        if (text == null || text.isBlank()) {
            throw new CertificateRefusal(CertificateRefusal.Reason.MALFORMED, "no certificate");
        }
        try {
            byte[] der = text.contains("-----BEGIN")
                    ? text.getBytes(StandardCharsets.US_ASCII)
                    : Base64.getMimeDecoder().decode(text.strip());
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new CertificateRefusal(CertificateRefusal.Reason.MALFORMED, "not an X.509 certificate", e);
        }
    }

    public static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }
}
