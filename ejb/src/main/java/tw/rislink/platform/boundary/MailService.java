package tw.rislink.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;

/**
 * Sends plain-text mail through the server's mail session (configure-mail.cli), off the
 * caller's thread, so that a slow or absent SMTP server never holds up a user's request.
 */
@Stateless
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @Resource(lookup = "java:jboss/mail/Rislink")
    private Session session;

    @Asynchronous
    @RolesAllowed(Role.SYSTEM)
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail \"" + subject + "\" to " + to + " was not sent: " + e.getMessage());
        }
    }
}
