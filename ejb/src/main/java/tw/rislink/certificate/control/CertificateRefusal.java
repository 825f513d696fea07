package tw.rislink.certificate.control;

/** Why a business certificate or its signature was not accepted; screens name each reason. */
public class CertificateRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons, each with its own message on the sign-in screen. */
    public enum Reason {
        MALFORMED,
        BAD_SIGNATURE,
        CHALLENGE_EXPIRED,
        UNTRUSTED,
        NOT_YET_VALID,
        EXPIRED,
        REVOKED,
        REVOCATION_UNKNOWN,
        NO_BUSINESS_ID,
        OTHER_COMPANY,
        ACCOUNT_DISABLED
    }

    private final Reason reason;

    public CertificateRefusal(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public CertificateRefusal(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
