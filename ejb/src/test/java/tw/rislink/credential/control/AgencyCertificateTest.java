package tw.rislink.credential.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tw.rislink.certificate.control.Pem;
import tw.rislink.platform.entity.InvalidInputException;

class AgencyCertificateTest {

    private static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");
    private static final Instant FROM = NOW.minus(Duration.ofDays(30));
    private static final Instant UNTIL = NOW.plus(Duration.ofDays(365));
    private static KeyPair rsa2048;

    @BeforeAll
    static void keys() throws Exception {
        rsa2048 = keys("RSA", 2048);
    }

    @Test
    void an_rsa_2048_certificate_gives_its_key_in_the_credential_s_form() throws Exception {
        X509Certificate certificate = certificate(rsa2048, FROM, UNTIL, KeyUsage.digitalSignature);
        AgencyCertificate.Checked checked = AgencyCertificate.check(pem(certificate), NOW);
        assertEquals("CN=A09000000E,O=Test Agency,C=TW", checked.subject());
        assertEquals(certificate.getSerialNumber().toString(16), checked.serial());
        assertEquals(FROM, checked.notBefore());
        assertEquals(UNTIL, checked.notAfter());
        assertArrayEquals(rsa2048.getPublic().getEncoded(), Base64.getDecoder().decode(checked.publicKey()));
        assertTrue(checked.pem().startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertEquals(certificate, Pem.certificate(checked.pem()));
        // The stored form is what authentication reads: a token signed with the private key verifies.
        jwt().verifySignature(checked.publicKey());
    }

    @Test
    void pem_der_and_bare_base64_are_all_accepted() throws Exception {
        X509Certificate certificate = certificate(rsa2048, FROM, UNTIL, -1);
        String expected = Base64.getEncoder().encodeToString(rsa2048.getPublic().getEncoded());
        assertEquals(expected, AgencyCertificate.check(pem(certificate), NOW).publicKey());
        assertEquals(
                expected,
                AgencyCertificate.check(pem(certificate).getBytes(StandardCharsets.US_ASCII), NOW)
                        .publicKey());
        assertEquals(
                expected, AgencyCertificate.check(certificate.getEncoded(), NOW).publicKey());
        assertEquals(
                expected,
                AgencyCertificate.check(Base64.getMimeEncoder().encodeToString(certificate.getEncoded()), NOW)
                        .publicKey());
        assertEquals(
                expected,
                AgencyCertificate.check("\r\n" + pem(certificate).replace("\n", "\r\n"), NOW)
                        .publicKey(),
                "Windows line ends and blank lines around the armour");
    }

    @Test
    void without_a_key_usage_extension_the_key_may_sign() throws Exception {
        AgencyCertificate.check(certificate(rsa2048, FROM, UNTIL, -1).getEncoded(), NOW);
        AgencyCertificate.check(
                certificate(rsa2048, FROM, UNTIL, KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                        .getEncoded(),
                NOW);
    }

    @Test
    void rsa_1024_is_refused_naming_its_bits() throws Exception {
        InvalidInputException refused = refusal(() -> AgencyCertificate.check(
                certificate(keys("RSA", 1024), FROM, UNTIL, -1).getEncoded(), NOW));
        assertEquals("invalid.certificate.weakKey", refused.key());
        assertArrayEquals(new Object[] {1024}, refused.arguments());
    }

    @Test
    void an_ec_key_is_refused() throws Exception {
        KeyPair ec = keys("EC", 256);
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder(ec, FROM, UNTIL)
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ec.getPrivate())));
        assertEquals(
                "invalid.certificate.notRsa",
                refusal(() -> AgencyCertificate.check(certificate.getEncoded(), NOW))
                        .key());
    }

    @Test
    void an_expired_certificate_is_refused_with_its_roc_end() throws Exception {
        Instant end = Instant.parse("2026-11-30T08:30:00Z");
        InvalidInputException refused = refusal(() -> AgencyCertificate.check(
                certificate(rsa2048, FROM.minus(Duration.ofDays(400)), end, -1).getEncoded(), NOW));
        assertEquals("invalid.certificate.expired", refused.key());
        assertArrayEquals(new Object[] {"115/11/30 16:30:00"}, refused.arguments(), "Taiwan time");
    }

    @Test
    void a_certificate_not_yet_valid_is_refused_with_its_roc_start() throws Exception {
        Instant start = Instant.parse("2027-01-01T00:00:00Z");
        InvalidInputException refused = refusal(() -> AgencyCertificate.check(
                certificate(rsa2048, start, UNTIL.plus(Duration.ofDays(90)), -1).getEncoded(), NOW));
        assertEquals("invalid.certificate.notYetValid", refused.key());
        assertArrayEquals(new Object[] {"116/01/01 08:00:00"}, refused.arguments());
    }

    @Test
    void a_key_only_for_signing_certificates_is_refused() throws Exception {
        X509Certificate certificate = certificate(rsa2048, FROM, UNTIL, KeyUsage.keyCertSign);
        assertEquals(
                "invalid.certificate.keyUsage",
                refusal(() -> AgencyCertificate.check(certificate.getEncoded(), NOW))
                        .key());
    }

    @Test
    void anything_but_a_certificate_is_unreadable() throws Exception {
        String publicKeyPem = Pem.encode("PUBLIC KEY", rsa2048.getPublic().getEncoded());
        byte[] der = certificate(rsa2048, FROM, UNTIL, -1).getEncoded();
        byte[] cut = java.util.Arrays.copyOf(der, der.length / 2);
        for (Executable garbage : new Executable[] {
            () -> AgencyCertificate.check((String) null, NOW),
            () -> AgencyCertificate.check("   ", NOW),
            () -> AgencyCertificate.check("not a certificate", NOW),
            () -> AgencyCertificate.check("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", NOW),
            () -> AgencyCertificate.check(publicKeyPem, NOW),
            () -> AgencyCertificate.check(new byte[0], NOW),
            () -> AgencyCertificate.check(new byte[] {0x30, (byte) 0x82, 0x7f, 0x7f, 1, 2, 3}, NOW),
            () -> AgencyCertificate.check(cut, NOW),
            () -> AgencyCertificate.check("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), NOW),
            () -> AgencyCertificate.check(new byte[AgencyCertificate.MAX_BYTES + 1], NOW)
        }) {
            assertEquals("invalid.certificate.unreadable", refusal(garbage).key());
        }
    }

    private static InvalidInputException refusal(Executable check) {
        return assertThrows(InvalidInputException.class, check);
    }

    private static KeyPair keys(String algorithm, int size) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(size);
        return generator.generateKeyPair();
    }

    private static JcaX509v3CertificateBuilder builder(KeyPair keys, Instant from, Instant until) {
        return new JcaX509v3CertificateBuilder(
                new X500Name("C=TW,O=Test GCA,CN=Test GCA"),
                BigInteger.valueOf(from.toEpochMilli()),
                Date.from(from),
                Date.from(until),
                new X500Name("C=TW,O=Test Agency,CN=A09000000E"),
                keys.getPublic());
    }

    /** Self-signed; {@code usage} -1 leaves the KeyUsage extension out. */
    private static X509Certificate certificate(KeyPair keys, Instant from, Instant until, int usage) throws Exception {
        JcaX509v3CertificateBuilder builder = builder(keys, from, until);
        if (usage >= 0) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return Pem.encode("CERTIFICATE", certificate.getEncoded());
    }

    private static JwtToken jwt() throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(Json.createObjectBuilder()
                .add("iss", "e3yMEJMEppYGbb37BxVaOSX00btXCASk")
                .add("iat", NOW.getEpochSecond())
                .add("exp", NOW.getEpochSecond() + 60)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(rsa2048.getPrivate());
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return JwtToken.parse("Bearer " + header + "." + claims + "." + url.encodeToString(rs256.sign()));
    }
}
