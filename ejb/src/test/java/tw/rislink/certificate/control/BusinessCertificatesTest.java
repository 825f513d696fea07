package tw.rislink.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.rislink.certificate.control.CertificateRefusal.Reason;

class BusinessCertificatesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    static Path dir;

    private static TestCa ca;
    private static TestCa otherCa;
    private static TestCa.Issued valid;
    private static TestCa.Issued revoked;

    @BeforeAll
    static void issue() {
        ca = TestCa.openOrCreate(dir.resolve("ca.p12"));
        otherCa = TestCa.openOrCreate(dir.resolve("other.p12"));
        valid = ca.issue("04595252", "示範商業銀行股份有限公司", NOW.minus(DAY), NOW.plus(DAY.multipliedBy(700)));
        revoked = ca.issue("04595252", "示範商業銀行股份有限公司", NOW.minus(DAY), NOW.plus(DAY.multipliedBy(700)));
    }

    private static BusinessCertificates trust(X509CRL... crls) {
        return new BusinessCertificates(List.of(ca.certificate()), List.of(crls));
    }

    private static X509CRL currentCrl() {
        return ca.crl(List.of(revoked.certificate().getSerialNumber()), NOW.minus(DAY), DAY.multipliedBy(30));
    }

    private static Reason refusal(BusinessCertificates trust, TestCa.Issued issued) {
        return assertThrows(CertificateRefusal.class, () -> trust.check(issued.certificate(), NOW))
                .reason();
    }

    @Test
    void a_current_certificate_of_the_trusted_ca_names_its_company() {
        BusinessCertificates.Holder holder = trust(currentCrl()).check(valid.certificate(), NOW);
        assertEquals("04595252", holder.businessId().value());
        assertEquals("示範商業銀行股份有限公司", holder.companyName());
    }

    @Test
    void a_revoked_certificate_is_refused() {
        assertEquals(Reason.REVOKED, refusal(trust(currentCrl()), revoked));
    }

    @Test
    void an_expired_or_not_yet_valid_certificate_is_refused() {
        TestCa.Issued expired = ca.issue("04595252", "銀行", NOW.minus(DAY.multipliedBy(800)), NOW.minus(DAY));
        TestCa.Issued future = ca.issue("04595252", "銀行", NOW.plus(DAY), NOW.plus(DAY.multipliedBy(800)));
        assertEquals(Reason.EXPIRED, refusal(trust(currentCrl()), expired));
        assertEquals(Reason.NOT_YET_VALID, refusal(trust(currentCrl()), future));
    }

    @Test
    void a_certificate_of_another_ca_is_untrusted_even_with_the_same_name() {
        TestCa.Issued foreign = otherCa.issue("04595252", "示範商業銀行股份有限公司", NOW.minus(DAY), NOW.plus(DAY));
        assertEquals(Reason.UNTRUSTED, refusal(trust(currentCrl()), foreign));
    }

    @Test
    void without_a_current_revocation_list_nothing_is_accepted() {
        X509CRL stale = ca.crl(List.of(), NOW.minus(DAY.multipliedBy(40)), DAY.multipliedBy(30));
        X509CRL forged = otherCa.crl(List.of(), NOW.minus(DAY), DAY.multipliedBy(30));
        assertEquals(Reason.REVOCATION_UNKNOWN, refusal(trust(), valid));
        assertEquals(Reason.REVOCATION_UNKNOWN, refusal(trust(stale), valid));
        assertEquals(Reason.REVOCATION_UNKNOWN, refusal(trust(forged), valid));
    }

    @Test
    void a_certificate_without_a_valid_business_id_is_refused() {
        TestCa.Issued person = ca.issue("12345678", "王小明", NOW.minus(DAY), NOW.plus(DAY));
        assertEquals(Reason.NO_BUSINESS_ID, refusal(trust(currentCrl()), person));
    }
}
