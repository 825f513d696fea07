package tw.rislink.query.soap;

import jakarta.xml.soap.Node;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.Set;
import javax.xml.namespace.QName;
import tw.rislink.query.boundary.RegisterQueries.UsernameToken;

/**
 * Reads the WS-Security UsernameToken of an inbound call (wsse:Security / UsernameToken: Username,
 * Password of Type PasswordText, Nonce, wsu:Created) into the message context, where the endpoint
 * hands it to {@code RegisterQueries.overSoap}, which checks it. It declares the Security header
 * understood, so a client that marks it mustUnderstand (as WS-Security clients do) is answered.
 *
 * <p>A handler and not WSS4J's UsernameToken validation: WSS4J asks a password callback for the
 * account's plaintext password to compare with, and the platform stores only the bcrypt hash of
 * each password of DHR's password table; the comparison (and the nonce and freshness checks) must
 * therefore be the platform's own, in {@code AgencyPasswords}.
 */
public class UsernameTokenHandler implements SOAPHandler<SOAPMessageContext> {

    /** The message-context key of the {@link UsernameToken} read, absent when the call sent none. */
    public static final String TOKEN = "tw.rislink.soap.usernameToken";

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    static final QName SECURITY = new QName(WSSE, "Security");

    @Override
    public Set<QName> getHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        try {
            SOAPHeader header = context.getMessage().getSOAPHeader();
            UsernameToken token = header == null ? null : read(header);
            if (token != null) {
                context.put(TOKEN, token);
                context.setScope(TOKEN, MessageContext.Scope.APPLICATION);
            }
        } catch (SOAPException unreadable) {
            // No token: the endpoint refuses the call as not set up, as it does one without a header.
        }
        return true;
    }

    private static UsernameToken read(SOAPHeader header) {
        SOAPElement security = child(header, WSSE, "Security");
        SOAPElement token = security == null ? null : child(security, WSSE, "UsernameToken");
        if (token == null) {
            return null;
        }
        SOAPElement password = child(token, WSSE, "Password");
        String type = password == null ? null : password.getAttribute("Type");
        // Only PasswordText can be checked against a bcrypt hash; a digest is as good as no password.
        boolean plain = type == null || type.isEmpty() || PASSWORD_TEXT.equals(type);
        return new UsernameToken(
                text(child(token, WSSE, "Username")),
                plain ? text(password) : null,
                text(child(token, WSSE, "Nonce")),
                text(child(token, WSU, "Created")));
    }

    private static SOAPElement child(SOAPElement parent, String namespace, String name) {
        Iterator<Node> children = parent.getChildElements(new QName(namespace, name));
        while (children.hasNext()) {
            if (children.next() instanceof SOAPElement element) {
                return element;
            }
        }
        return null;
    }

    private static String text(SOAPElement element) {
        return element == null ? null : element.getValue();
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {}
}
