package tw.rislink.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded default's certification authority for business certificates, standing in for
 * the Ministry of Economic Affairs CA so that sign-in can be tried and tested without a card:
 * it issues certificates with the business ID in the subject's serialNumber, as 工商憑證 carry it,
 * and signs revocation lists. Development and tests only: its key sits in a file.
 */
public final class TestCa {

    private static final char[] STORE_PASSWORD = "rislink-test-ca".toCharArray();
    private static final String ALIAS = "ca";

    private final PrivateKey key;
    private final X509Certificate certificate;

    /** Where the embedded default keeps its test CA and the demo cards. */
    public static Path dir() {
        String data =
                System.getProperty("rislink.data.dir", System.getProperty("jboss.server.data.dir", ".") + "/rislink");
        return Path.of(data, "company-ca");
    }

    private TestCa(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** Opens the CA kept in the key store, or creates it there. */
    public static TestCa openOrCreate(Path keyStore) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(keyStore)) {
                try (InputStream in = Files.newInputStream(keyStore)) {
                    store.load(in, STORE_PASSWORD);
                }
                return new TestCa((PrivateKey) store.getKey(ALIAS, STORE_PASSWORD), (X509Certificate)
                        store.getCertificate(ALIAS));
            }
            KeyPair pair = keyPair();
            X500Name name = new X500Name("CN=rislink 測試工商憑證管理中心 (development), O=rislink, C=TW");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    name,
                                    BigInteger.valueOf(now.toEpochMilli()),
                                    Date.from(now.minus(Duration.ofDays(1))),
                                    Date.from(now.plus(Duration.ofDays(3650))),
                                    name,
                                    pair.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                            .addExtension(
                                    Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                            .build(signer(pair.getPrivate())));
            store.load(null, STORE_PASSWORD);
            store.setKeyEntry(ALIAS, pair.getPrivate(), STORE_PASSWORD, new X509Certificate[] {certificate});
            Files.createDirectories(keyStore.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(keyStore)) {
                store.store(out, STORE_PASSWORD);
            }
            return new TestCa(pair.getPrivate(), certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open or create the test CA in " + keyStore, e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A certificate and its key, as on a card. */
    public record Issued(X509Certificate certificate, PrivateKey key) {}

    public Issued issue(String businessId, String companyName, Instant notBefore, Instant notAfter) {
        try {
            KeyPair pair = keyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "TW")
                    .addRDN(BCStyle.O, companyName)
                    .addRDN(BCStyle.CN, companyName)
                    .addRDN(BCStyle.SERIALNUMBER, businessId)
                    .build();
            X509Certificate issued = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    X500Name.getInstance(certificate
                                            .getSubjectX500Principal()
                                            .getEncoded()),
                                    new BigInteger(64, new SecureRandom()),
                                    Date.from(notBefore),
                                    Date.from(notAfter),
                                    subject,
                                    pair.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                            .addExtension(
                                    Extension.keyUsage,
                                    true,
                                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                            .build(signer(key)));
            return new Issued(issued, pair.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue a test certificate", e);
        }
    }

    /** A revocation list naming the serials, valid from now for the given time. */
    public X509CRL crl(Collection<BigInteger> revoked, Instant now, Duration validity) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(validity)));
            revoked.forEach(serial -> builder.addCRLEntry(serial, Date.from(now), CRLReason.keyCompromise));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a test revocation list", e);
        }
    }

    public static void writePem(Path file, String type, byte[] der) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Pem.encode(type, der), StandardCharsets.US_ASCII);
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").build(key);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign with the test CA", e);
        }
    }
}
