package tw.rislink.certificate.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import tw.rislink.certificate.control.CertificateRefusal.Reason;

/**
 * The holder's signature over the sign-in challenge, in either form a signing component gives:
 * a CMS (PKCS#7) SignedData carrying the signer's certificate, over the challenge or detached
 * from it, as the card's cross-platform web component makes it; or a bare SHA256withRSA
 * signature with the certificate alongside.
 */
public final class ChallengeSignature {

    private ChallengeSignature() {}

    /**
     * @param certificate the holder's certificate (PEM or base64 DER); may be empty when the
     *     signature is CMS and carries it
     * @param signature base64
     * @return the certificate whose key made the signature
     * @throws CertificateRefusal MALFORMED or BAD_SIGNATURE
     */
    public static X509Certificate verify(String challenge, String certificate, String signature) {
        byte[] content = challenge.getBytes(StandardCharsets.UTF_8);
        byte[] signed;
        try {
            signed = Base64.getMimeDecoder().decode(signature == null ? "" : signature.strip());
        } catch (IllegalArgumentException e) {
            throw new CertificateRefusal(Reason.MALFORMED, "the signature is not base64", e);
        }
        if (signed.length == 0) {
            throw new CertificateRefusal(Reason.MALFORMED, "no signature");
        }
        // A DER SEQUENCE opens a CMS ContentInfo; a bare RSA signature is just the modulus' size in bytes.
        if (signed[0] == 0x30 && isCms(signed)) {
            return verifyCms(content, signed);
        }
        X509Certificate holder = Pem.certificate(certificate);
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(holder.getPublicKey());
            verifier.update(content);
            if (!verifier.verify(signed)) {
                throw new CertificateRefusal(Reason.BAD_SIGNATURE, "the signature does not match the certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new CertificateRefusal(Reason.BAD_SIGNATURE, "the signature cannot be checked", e);
        }
        return holder;
    }

    private static boolean isCms(byte[] signed) {
        try {
            new CMSSignedData(signed);
            return true;
        } catch (CMSException | RuntimeException e) {
            return false;
        }
    }

    private static X509Certificate verifyCms(byte[] content, byte[] signed) {
        try {
            CMSSignedData data = new CMSSignedData(signed);
            if (data.getSignedContent() == null) {
                data = new CMSSignedData(new CMSProcessableByteArray(content), signed);
            } else if (!Arrays.equals((byte[]) data.getSignedContent().getContent(), content)) {
                throw new CertificateRefusal(Reason.BAD_SIGNATURE, "the signed content is not the challenge");
            }
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new CertificateRefusal(Reason.MALFORMED, signers.size() + " signers instead of one");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw new CertificateRefusal(Reason.MALFORMED, "the signature carries no signer certificate");
            }
            X509Certificate holder = new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                throw new CertificateRefusal(Reason.BAD_SIGNATURE, "the signature does not match the certificate");
            }
            return holder;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new CertificateRefusal(Reason.BAD_SIGNATURE, "the CMS signature cannot be checked", e);
        }
    }
}
