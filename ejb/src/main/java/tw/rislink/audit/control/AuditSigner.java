package tw.rislink.audit.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs and verifies audit digests with BouncyCastle: a detached CMS SignedData (SHA256withRSA)
 * carrying the signing certificate, so a digest also verifies outside the platform
 * ({@code openssl cms -verify -binary -content digest.txt -inform DER -in digest.p7s -noverify}).
 * The key is the entry {@code alias} of a PKCS#12 key store.
 */
public final class AuditSigner {

    private final PrivateKey key;
    private final X509Certificate certificate;

    private AuditSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * Loads the key; where the key store does not exist and {@code generate} is set, first
     * creates it with a new RSA-2048 key and a self-signed certificate (development only: in
     * production an administrator installs the platform's signing key, docs/OPERATIONS.md).
     */
    public static AuditSigner load(Path keyStore, char[] password, String alias, boolean generate) {
        try {
            if (!Files.exists(keyStore)) {
                if (!generate) {
                    throw new IllegalStateException("No audit signing key store at " + keyStore);
                }
                create(keyStore, password, alias);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, password);
            }
            if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)) {
                throw new IllegalStateException("The key store " + keyStore + " has no private key \"" + alias + "\"");
            }
            return new AuditSigner(privateKey, (X509Certificate) store.getCertificate(alias));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the audit signing key from " + keyStore, e);
        }
    }

    private static void create(Path keyStore, char[] password, String alias)
            throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=rislink audit signing (development), O=rislink");
        Instant now = Instant.now();
        try {
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(3650))),
                            name,
                            pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry(alias, pair.getPrivate(), password, new X509Certificate[] {certificate});
            Files.createDirectories(keyStore.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(keyStore)) {
                store.store(out, password);
            }
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign the development certificate", e);
        }
    }

    /** A signer that only verifies: the certificate an auditor was given, no private key. */
    public static AuditSigner verifier(X509Certificate certificate) {
        return new AuditSigner(null, certificate);
    }

    /** Reads a certificate file, PEM or DER. */
    public static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate)
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate " + file, e);
        }
    }

    /** A detached CMS signature over the content, base64. */
    public String sign(byte[] content) {
        if (key == null) {
            throw new IllegalStateException("This signer holds only a certificate: it verifies, it does not sign");
        }
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return Base64.getEncoder().encodeToString(signed.getEncoded());
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot sign the audit digest", e);
        }
    }

    /** Whether the signature is over exactly this content and made with this signer's key. */
    public boolean verify(byte[] content, String signature) {
        try {
            CMSSignedData signed = new CMSSignedData(
                    new CMSProcessableByteArray(content), Base64.getDecoder().decode(signature));
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return false;
            }
            return signers.iterator().next().verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException | IllegalArgumentException e) {
            return false;
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }
}
