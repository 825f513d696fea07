package tw.rislink.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import tw.rislink.account.entity.Role;

/**
 * The one way the application sends mail. A mail is part of the caller's transaction: it leaves
 * only after that transaction commits, so that a decision rolled back (a failed write, a
 * conflicting decision, an error later in the same request) never tells anyone it was taken.
 * Called without a transaction, the mail is sent at once.
 */
@Stateless
public class MailService {

    @Inject
    private Event<OutgoingMail> outgoing;

    @RolesAllowed(Role.SYSTEM)
    public void send(String to, String subject, String body) {
        if (to == null || to.isBlank()) {
            return;
        }
        outgoing.fire(new OutgoingMail(to.strip(), subject, body));
    }
}
