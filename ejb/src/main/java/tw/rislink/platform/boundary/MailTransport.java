package tw.rislink.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Hands committed mail to the server's mail session (configure-mail.cli). The observer runs only
 * after the transaction that fired the mail has committed, and off that thread, so that a slow
 * or absent SMTP server never holds up a user's request. Not called directly: use
 * {@link MailService#send}.
 */
@Stateless
@PermitAll
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Resource(lookup = "java:jboss/mail/Rislink")
    private Session session;

    @Asynchronous
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail \"" + mail.subject() + "\" to " + mail.to() + " was not sent: " + e.getMessage());
        }
    }
}
