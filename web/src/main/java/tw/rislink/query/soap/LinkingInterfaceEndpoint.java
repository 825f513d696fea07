package tw.rislink.query.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.platform.control.Outage;
import tw.rislink.platform.rest.ApiExceptionMapper;
import tw.rislink.query.boundary.RegisterQueries;
import tw.rislink.query.boundary.RegisterQueries.UsernameToken;
import tw.rislink.query.control.Condition;
import tw.rislink.query.control.QueryRefusal;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.soap.v1.Answer;
import tw.rislink.query.soap.v1.HouseholdQuery;
import tw.rislink.query.soap.v1.InvalidQuery;
import tw.rislink.query.soap.v1.LinkingPort;
import tw.rislink.query.soap.v1.NotFound;
import tw.rislink.query.soap.v1.NotPermitted;
import tw.rislink.query.soap.v1.NotSetUp;
import tw.rislink.query.soap.v1.PersonOrHouseholdQuery;
import tw.rislink.query.soap.v1.PersonQuery;
import tw.rislink.query.soap.v1.Ping;
import tw.rislink.query.soap.v1.PingResponse;
import tw.rislink.query.soap.v1.Query;
import tw.rislink.query.soap.v1.Refusal;
import tw.rislink.query.soap.v1.StatisticsQuery;
import tw.rislink.query.soap.v1.Suspended;
import tw.rislink.query.soap.v1.Unavailable;
import tw.rislink.register.boundary.RegisterEncodings;
import tw.rislink.register.control.TextEncoding;

/**
 * The SOAP linking interface, version 1, at {@code /soap/linking/v1}: the service interface
 * generated from the repository's WSDL, which is also what {@code ?wsdl} serves. Each operation
 * hands the UsernameToken ({@link UsernameTokenHandler}), the caller's address and the query to
 * {@link RegisterQueries#overSoap}, which authenticates, checks and answers it; a refusal comes back
 * as the fault of its rule and is audited here, after the call's transaction was rolled back.
 */
@WebService(
        serviceName = "LinkingService",
        portName = "LinkingPort",
        targetNamespace = "urn:tw:rislink:linking:v1",
        endpointInterface = "tw.rislink.query.soap.v1.LinkingPort",
        wsdlLocation = "WEB-INF/wsdl/linking-v1.wsdl")
@HandlerChain(file = "linking-handlers.xml")
public class LinkingInterfaceEndpoint implements LinkingPort {

    private static final Logger LOG = Logger.getLogger(LinkingInterfaceEndpoint.class.getName());

    /** The same proxies the REST API trusts: one gateway fronts both. */
    private static final CallerAddress.TrustedProxies PROXIES =
            CallerAddress.TrustedProxies.of(System.getProperty("rislink.api.trusted-proxies"));

    @EJB
    private RegisterQueries queries;

    @EJB
    private RegisterEncodings encodings;

    @Resource
    private WebServiceContext context;

    @Override
    public PingResponse ping(Ping ping) {
        PingResponse pong = new PingResponse();
        pong.setText(ping == null ? null : ping.getText());
        return pong;
    }

    @Override
    public Answer rq01(PersonOrHouseholdQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(Transaction.RQ01, query, byPersonOrHousehold(query));
    }

    @Override
    public Answer rq02(PersonQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(Transaction.RQ02, query, byPerson(query));
    }

    @Override
    public Answer rq04(PersonQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(Transaction.RQ04, query, byPerson(query));
    }

    @Override
    public Answer rq07(HouseholdQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(
                Transaction.RQ07, query, Condition.ofHousehold(query == null ? null : query.getHouseholdNumber()));
    }

    @Override
    public Answer rq08(PersonQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(Transaction.RQ08, query, byPerson(query));
    }

    @Override
    public Answer rq14(PersonOrHouseholdQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(Transaction.RQ14, query, byPersonOrHousehold(query));
    }

    @Override
    public Answer ms01(PersonQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(Transaction.MS01, query, byPerson(query));
    }

    @Override
    public Answer st01(StatisticsQuery query)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        return answer(
                Transaction.ST01,
                query,
                query == null
                        ? Condition.ofStatistics(null, null, null)
                        : Condition.ofStatistics(query.getPeriod(), query.getAreaCode(), query.getLevel()));
    }

    private static Condition byPerson(PersonQuery query) {
        return Condition.ofPerson(query == null ? null : query.getPersonId());
    }

    private static Condition byPersonOrHousehold(PersonOrHouseholdQuery query) {
        return query == null
                ? Condition.ofPerson(null)
                : new Condition(
                        query.getPersonId(), query.getHouseholdNumber(), null, null, null, null, List.of(), null, null);
    }

    private Answer answer(Transaction transaction, Query query, Condition condition)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        MessageContext message = context.getMessageContext();
        CallerAddress caller = caller((HttpServletRequest) message.get(MessageContext.SERVLET_REQUEST));
        try {
            if (!caller.secure()) {
                throw new QueryRefusal(QueryRefusal.Rule.NOT_SET_UP, "The linking interface answers only over HTTPS");
            }
            UsernameToken token = (UsernameToken) message.get(UsernameTokenHandler.TOKEN);
            if (token == null) {
                throw new QueryRefusal(
                        QueryRefusal.Rule.NOT_SET_UP,
                        "The call needs a wsse:Security header with a UsernameToken (Username, Password of Type"
                                + " PasswordText, Nonce, wsu:Created)");
            }
            TextEncoding encoding = SoapAnswers.encoding(query == null ? null : query.getEncoding());
            // Refused before the register is read: an answer that could not be written would
            // otherwise be audited as given.
            if (encoding == TextEncoding.BIG5E && !encodings.big5eExtensionLoaded()) {
                throw QueryRefusal.invalid(
                        "This server cannot write BIG5E: the official BIG-5E tables are not installed"
                                + " (rislink.encoding.tables.dir); ask for UTF_8, BIG5, EUC_TW_4BYTE or CNS11643");
            }
            return SoapAnswers.write(
                    queries.overSoap(
                            token, caller.address(), query == null ? null : query.getUserId(), transaction, condition),
                    encoding,
                    encodings.codec());
        } catch (QueryRefusal refused) {
            audit(caller, transaction, refused);
            throw fault(refused);
        } catch (RuntimeException failure) {
            if (Outage.isDatabase(failure)) {
                // Not audited: the record cannot be written, and trying would keep the caller
                // waiting for another connection (ApiExceptionMapper.audit does the same).
                LOG.warning("SOAP " + transaction + ": the register is unavailable ("
                        + ApiExceptionMapper.causes(failure) + ")");
                throw fault(QueryRefusal.unavailable());
            }
            // The caller learns a reference to the log, never the cause's text.
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "SOAP " + transaction + " failed, reference " + reference, failure);
            audit(caller, transaction, new IllegalStateException("internal error, reference " + reference));
            throw serverFault("Internal error: the call was not answered; quote reference " + reference);
        }
    }

    /** A refusal's own audit record; when even that fails (the database is down) the log has it. */
    private void audit(CallerAddress caller, Transaction transaction, RuntimeException refusal) {
        try {
            queries.auditRefusal(AuditChannel.SOAP, caller.address(), transaction.name(), refusal);
        } catch (RuntimeException notRecorded) {
            LOG.log(
                    Level.WARNING,
                    "SOAP " + transaction + " refusal from " + caller.address() + " not audited: "
                            + refusal.getMessage(),
                    notRecorded);
        }
    }

    private static RuntimeException fault(QueryRefusal refusal)
            throws InvalidQuery, NotFound, Unavailable, Suspended, NotPermitted, NotSetUp {
        Refusal detail = new Refusal();
        detail.setRule(refusal.rule().name());
        detail.setMessage(refusal.getMessage());
        String text = refusal.getMessage();
        switch (refusal.rule()) {
            case NOT_SET_UP -> throw new NotSetUp(text, detail);
            case SUSPENDED -> throw new Suspended(text, detail);
            case NOT_PERMITTED -> throw new NotPermitted(text, detail);
            case INVALID_QUERY -> throw new InvalidQuery(text, detail);
            case NOT_FOUND -> throw new NotFound(text, detail);
            case UNAVAILABLE -> {
                detail.setMessage("Provider system unavailable — resend later. " + text);
                throw new Unavailable(detail.getMessage(), detail);
            }
        }
        throw new IllegalStateException("No fault for " + refusal.rule());
    }

    static SOAPFaultException serverFault(String text) {
        try {
            return new SOAPFaultException(SOAPFactory.newInstance()
                    .createFault(text, new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server")));
        } catch (SOAPException e) {
            throw new IllegalStateException("No SAAJ factory for a fault", e);
        }
    }

    /** Where the call comes from, established as the REST API's transport filter does. */
    private static CallerAddress caller(HttpServletRequest request) {
        return CallerAddress.of(
                request.getRemoteAddr(),
                request.isSecure(),
                allLines(request, "X-Forwarded-For"),
                allLines(request, "X-Forwarded-Proto"),
                PROXIES);
    }

    private static String allLines(HttpServletRequest request, String header) {
        List<String> lines = Collections.list(request.getHeaders(header));
        return lines.isEmpty() ? null : String.join(",", lines);
    }
}
