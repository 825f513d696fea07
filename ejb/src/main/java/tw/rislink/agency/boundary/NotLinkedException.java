package tw.rislink.agency.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The agency may not link now (suspended, must apply again, terminated, or never linked). It
 * leaves the caller's transaction alone, so that a channel can record the refusal in its own.
 */
@ApplicationException(rollback = false)
public class NotLinkedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String agencyCode;

    public NotLinkedException(String agencyCode, String why) {
        super("The agency " + agencyCode + " may not link now: " + why);
        this.agencyCode = agencyCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }
}
