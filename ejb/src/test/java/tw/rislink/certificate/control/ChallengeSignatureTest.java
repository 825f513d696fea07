package tw.rislink.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.rislink.certificate.control.CertificateRefusal.Reason;

class ChallengeSignatureTest {

    private static final String CHALLENGE = "rislink-signin:abc123";

    @TempDir
    static Path dir;

    private static TestCa.Issued card;
    private static String certificate;

    @BeforeAll
    static void issue() throws Exception {
        Instant now = Instant.now();
        card = TestCa.openOrCreate(dir.resolve("ca.p12"))
                .issue("04595252", "銀行", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
        certificate = Base64.getEncoder().encodeToString(card.certificate().getEncoded());
    }

    private static String raw(String text) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(card.key());
        signer.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static String cms(String text, boolean attached) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(card.key()), card.certificate()));
        generator.addCertificates(new JcaCertStore(java.util.List.of(card.certificate())));
        return Base64.getEncoder()
                .encodeToString(generator
                        .generate(new CMSProcessableByteArray(text.getBytes(StandardCharsets.UTF_8)), attached)
                        .getEncoded());
    }

    @Test
    void a_bare_signature_with_its_certificate_is_accepted() throws Exception {
        assertEquals(card.certificate(), ChallengeSignature.verify(CHALLENGE, certificate, raw(CHALLENGE)));
    }

    @Test
    void a_signature_over_another_text_is_refused() throws Exception {
        assertEquals(
                Reason.BAD_SIGNATURE,
                assertThrows(
                                CertificateRefusal.class,
                                () -> ChallengeSignature.verify(CHALLENGE, certificate, raw("rislink-signin:old")))
                        .reason());
    }

    @Test
    void a_cms_signature_as_the_card_component_makes_it_carries_the_certificate() throws Exception {
        assertEquals(card.certificate(), ChallengeSignature.verify(CHALLENGE, null, cms(CHALLENGE, false)));
        assertEquals(card.certificate(), ChallengeSignature.verify(CHALLENGE, "", cms(CHALLENGE, true)));
        assertEquals(
                Reason.BAD_SIGNATURE,
                assertThrows(
                                CertificateRefusal.class,
                                () -> ChallengeSignature.verify(CHALLENGE, null, cms("rislink-signin:old", true)))
                        .reason());
        assertEquals(
                Reason.BAD_SIGNATURE,
                assertThrows(
                                CertificateRefusal.class,
                                () -> ChallengeSignature.verify(CHALLENGE, null, cms("rislink-signin:old", false)))
                        .reason());
    }

    @Test
    void garbage_is_malformed() {
        assertEquals(
                Reason.MALFORMED,
                assertThrows(CertificateRefusal.class, () -> ChallengeSignature.verify(CHALLENGE, certificate, "%%%"))
                        .reason());
        assertEquals(
                Reason.MALFORMED,
                assertThrows(CertificateRefusal.class, () -> ChallengeSignature.verify(CHALLENGE, "not a cert", "AAAA"))
                        .reason());
    }
}
