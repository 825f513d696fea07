package tw.rislink.certificate.control;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import tw.rislink.certificate.control.CertificateRefusal.Reason;
import tw.rislink.register.entity.BusinessId;

/**
 * Decides whether a business certificate is one the platform trusts: issued by a configured CA,
 * within its validity, not on the issuer's current revocation list, and naming a company by its
 * business ID. The reasons users can act on (expired, revoked, another company's card) are
 * checked first so that they get their own message; BouncyCastle's PKIX validation then has the
 * last word on everything, including the signatures of the certificate and of the list.
 */
public final class BusinessCertificates {

    /**
     * Where the business ID is in the subject: the serialNumber attribute (2.5.4.5), as the
     * Ministry of Economic Affairs CA writes it in 工商憑證.
     */
    public static final ASN1ObjectIdentifier BUSINESS_ID = BCStyle.SERIALNUMBER;

    private static final Provider BC = new BouncyCastleProvider();

    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final List<X509Certificate> issuers;
    private final List<X509CRL> crls;

    public BusinessCertificates(List<X509Certificate> issuers, List<X509CRL> crls) {
        if (issuers.isEmpty()) {
            throw new IllegalStateException("No trusted issuer of business certificates is configured");
        }
        this.issuers = List.copyOf(issuers);
        this.crls = List.copyOf(crls);
        issuers.forEach(issuer -> anchors.add(new TrustAnchor(issuer, null)));
    }

    /** The company a trusted certificate names. */
    public record Holder(BusinessId businessId, String companyName, X509Certificate certificate) {}

    /** @throws CertificateRefusal with the first reason the certificate is not accepted */
    public Holder check(X509Certificate certificate, Instant at) {
        X509Certificate issuer = issuerOf(certificate)
                .orElseThrow(() -> new CertificateRefusal(
                        Reason.UNTRUSTED, "issuer " + certificate.getIssuerX500Principal() + " is not trusted"));
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw new CertificateRefusal(
                    Reason.EXPIRED, "expired " + certificate.getNotAfter().toInstant(), e);
        } catch (CertificateNotYetValidException e) {
            throw new CertificateRefusal(
                    Reason.NOT_YET_VALID,
                    "valid from " + certificate.getNotBefore().toInstant(),
                    e);
        }
        X509CRL crl = currentCrl(issuer, at)
                .orElseThrow(() -> new CertificateRefusal(
                        Reason.REVOCATION_UNKNOWN,
                        "no current revocation list of " + issuer.getSubjectX500Principal()));
        if (crl.isRevoked(certificate)) {
            throw new CertificateRefusal(
                    Reason.REVOKED, "serial " + certificate.getSerialNumber().toString(16));
        }
        validatePath(certificate, at);
        X500Name subject =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String id = attribute(subject, BUSINESS_ID)
                .orElseThrow(() -> new CertificateRefusal(Reason.NO_BUSINESS_ID, "no serialNumber in the subject"));
        BusinessId businessId;
        try {
            businessId = BusinessId.of(id);
        } catch (IllegalArgumentException e) {
            throw new CertificateRefusal(Reason.NO_BUSINESS_ID, "serialNumber is not a business ID", e);
        }
        String name = attribute(subject, BCStyle.O)
                .or(() -> attribute(subject, BCStyle.CN))
                .orElse(businessId.value());
        return new Holder(businessId, name, certificate);
    }

    private Optional<X509Certificate> issuerOf(X509Certificate certificate) {
        return issuers.stream()
                .filter(i -> i.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(i -> {
                    try {
                        certificate.verify(i.getPublicKey());
                        return true;
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                })
                .findFirst();
    }

    /** The issuer's list that is signed by it and not past its next update. */
    private Optional<X509CRL> currentCrl(X509Certificate issuer, Instant at) {
        return crls.stream()
                .filter(crl -> crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()))
                .filter(crl -> crl.getNextUpdate() == null
                        || !crl.getNextUpdate().toInstant().isBefore(at))
                .filter(crl -> {
                    try {
                        crl.verify(issuer.getPublicKey());
                        return true;
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                })
                .findFirst();
    }

    private void validatePath(X509Certificate certificate, Instant at) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(at));
            parameters.setRevocationEnabled(true);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls), BC));
            CertPathValidator.getInstance("PKIX", BC)
                    .validate(
                            CertificateFactory.getInstance("X.509", BC).generateCertPath(List.of(certificate)),
                            parameters);
        } catch (CertPathValidatorException e) {
            throw new CertificateRefusal(Reason.UNTRUSTED, "path validation: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot validate certificate paths", e);
        }
    }

    private static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0
                ? Optional.empty()
                : Optional.of(
                        rdns[0].getFirst().getValue() instanceof ASN1String text
                                ? text.getString().strip()
                                : IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }
}
