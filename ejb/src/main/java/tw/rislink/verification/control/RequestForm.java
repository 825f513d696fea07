package tw.rislink.verification.control;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tw.rislink.platform.entity.InvalidForm.Problem;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.register.entity.BusinessId;

/**
 * What a company types into a request (seed 002), checked field by field. Every problem is
 * reported, with the field it concerns, before anything is stored.
 */
public record RequestForm(
        String businessId,
        String companyName,
        String hostAddresses,
        String contactName,
        String landline,
        String mobile,
        String email,
        String purpose,
        String legalBasis,
        String publicKeyText,
        boolean consent) {

    public List<Problem> problems(boolean needsKey) {
        List<Problem> problems = new ArrayList<>();
        try {
            BusinessId.of(text(businessId));
        } catch (InvalidInputException e) {
            problems.add(new Problem("businessId", e));
        }
        required(problems, "companyName", companyName, 100);
        required(problems, "contactName", contactName, 50);
        if (!text(landline).matches("0\\d{1,3}-\\d{5,8}(#\\d{1,6})?")) {
            problems.add(problem(
                    "landline",
                    "invalid.request.landline",
                    "Landline should look like 02-23565005 or 02-23565005#123"));
        }
        if (!text(mobile).matches("09\\d{2}-?\\d{3}-?\\d{3}")) {
            problems.add(problem("mobile", "invalid.request.mobile", "Mobile should look like 0912-345-678"));
        }
        if (!text(email).matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")
                || text(email).length() > 100) {
            problems.add(problem("email", "invalid.request.email", "E-mail should look like name@example.com.tw"));
        }
        if (addresses().isEmpty()) {
            problems.add(
                    problem("hostAddresses", "invalid.request.noAddress", "At least one host IPv4 or IPv6 address"));
        }
        if (text(hostAddresses).length() > 400) {
            problems.add(problem(
                    "hostAddresses", "invalid.request.tooLong", "hostAddresses is longer than 400 characters", 400));
        }
        for (String address : addresses()) {
            if (!address.matches("(\\d{1,3}\\.){3}\\d{1,3}") && !address.matches("[0-9A-Fa-f:]+:[0-9A-Fa-f:.]*")) {
                problems.add(problem(
                        "hostAddresses",
                        "invalid.request.address",
                        "\"" + address + "\" is not an IPv4 or IPv6 address",
                        address));
            }
        }
        required(problems, "purpose", purpose, 500);
        required(problems, "legalBasis", legalBasis, 500);
        if (!consent) {
            problems.add(problem("consent", "invalid.request.consent", "The management rules must be accepted"));
        }
        if (needsKey) {
            try {
                publicKey();
            } catch (InvalidInputException e) {
                problems.add(new Problem("publicKey", e));
            }
        }
        return problems;
    }

    public List<String> addresses() {
        List<String> list = new ArrayList<>();
        for (String part : text(hostAddresses).split("[,\\s]+")) {
            if (!part.isBlank()) {
                list.add(part.strip());
            }
        }
        return list;
    }

    /**
     * A required text of the review (an explanation, a plan, a reason): stripped, at most max
     * characters.
     *
     * @param key the problem's text, {@code invalid.text.<what>}, quoting max as {0}
     * @throws InvalidInputException with the problem otherwise
     */
    public static String required(String value, int max, String key, String problem) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInputException(key, problem, max);
        }
        return value.strip();
    }

    /**
     * The RSA public key (≥ 2048 bits) from a PEM public key or an X.509 certificate, as base64
     * SubjectPublicKeyInfo.
     */
    public String publicKey() {
        String pem = text(publicKeyText);
        PublicKey key;
        try {
            if (pem.contains("BEGIN CERTIFICATE")) {
                key = CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                        .getPublicKey();
            } else {
                String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA")
                        .generatePublic(
                                new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidInputException(
                    "invalid.request.publicKeyForm",
                    "The public key should be a PEM RSA public key or X.509 certificate");
        }
        if (!(key instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < 2048) {
            throw new InvalidInputException(
                    "invalid.request.publicKeyWeak", "The public key should be RSA of at least 2048 bits");
        }
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (text(value).isEmpty()) {
            problems.add(problem(field, "invalid.request.required", field + " is required"));
        } else if (text(value).length() > max) {
            problems.add(
                    problem(field, "invalid.request.tooLong", field + " is longer than " + max + " characters", max));
        }
    }

    private static Problem problem(String field, String key, String english, Serializable... arguments) {
        return Problem.of(field, key, english, arguments);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
