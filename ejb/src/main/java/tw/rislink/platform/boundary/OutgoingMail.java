package tw.rislink.platform.boundary;

/**
 * A plain-text mail that a transaction wants sent. {@link MailService#send} fires it;
 * {@link MailTransport} sends it once that transaction has committed, and never if it rolls back.
 */
public record OutgoingMail(String to, String subject, String body) {}
