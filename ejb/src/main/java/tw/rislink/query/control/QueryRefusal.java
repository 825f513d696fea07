package tw.rislink.query.control;

import jakarta.ejb.ApplicationException;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.control.RdEnvelope;

/**
 * A query refused, with the rule that refused it, so that each channel says it in its own terms
 * (a SOAP fault of that kind, an rdCode). Nothing is answered; whatever the call began is rolled
 * back (its audit record is written in a transaction of its own).
 */
@ApplicationException(rollback = true)
public class QueryRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rules a query can break, in the order they are checked. */
    public enum Rule {
        /** The caller's management data is not set up: unknown account, wrong password, unregistered address. */
        NOT_SET_UP,
        /** The agency is not linked now: suspended, to apply again or terminated. */
        SUSPENDED,
        /** None of the transaction's items is approved for the agency on this channel, or the area is outside its county. */
        NOT_PERMITTED,
        /** The query's values are invalid. */
        INVALID_QUERY,
        /** The register has no such record (within what the agency may see). */
        NOT_FOUND,
        /** The provider's system cannot answer now; nothing was done, resend later (seed 001 §15). */
        UNAVAILABLE
    }

    private final Rule rule;
    private String agencyCode;
    private String userId;
    private String account;
    private Transaction transaction;

    public QueryRefusal(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    /** Names the caller, once known, for the refusal's audit record. */
    public QueryRefusal by(String agencyCode, String userId, String account) {
        this.agencyCode = agencyCode;
        this.userId = userId;
        this.account = account;
        return this;
    }

    /** Names the transaction refused, for the audit record. */
    public QueryRefusal of(Transaction refused) {
        this.transaction = refused;
        return this;
    }

    public Transaction transaction() {
        return transaction;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String userId() {
        return userId;
    }

    public String account() {
        return account;
    }

    /** The refusal as the REST API answers it: its HTTP status and rdCode (DOMAIN.md §8a, RdEnvelope). */
    public ApiRefusal asApiRefusal() {
        return switch (rule) {
            case NOT_SET_UP -> ApiRefusal.notSetUp(getMessage());
            case SUSPENDED -> new ApiRefusal(403, RdEnvelope.NOT_LINKED, getMessage());
            case NOT_PERMITTED -> new ApiRefusal(403, RdEnvelope.NOT_PERMITTED, getMessage());
            case INVALID_QUERY -> ApiRefusal.invalidQuery(getMessage());
            case NOT_FOUND -> new ApiRefusal(404, RdEnvelope.NOT_FOUND, getMessage());
            case UNAVAILABLE -> ApiRefusal.unavailable();
        };
    }

    public static QueryRefusal invalid(String message) {
        return new QueryRefusal(Rule.INVALID_QUERY, message);
    }

    public static QueryRefusal notFound(String message) {
        return new QueryRefusal(Rule.NOT_FOUND, message);
    }

    /** What every channel answers when the database is down (the text the REST API answers too). */
    public static QueryRefusal unavailable() {
        return new QueryRefusal(Rule.UNAVAILABLE, ApiRefusal.unavailable().getMessage());
    }
}
