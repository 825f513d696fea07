package tw.rislink.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for a container test, in the application server's own JVM, on the port the
 * test server's mail session sends to (3025, arquillian.xml). Tests tell their mail apart by the
 * recipient, an address of their own.
 */
final class MailSink implements AutoCloseable {

    private final GreenMail server = new GreenMail(ServerSetupTest.SMTP);

    MailSink() {
        server.start();
    }

    /** The mail received so far for one address, oldest first. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .toList();
    }

    /** Waits up to 20 s until the address has received {@code count} mails; returns what it has then. */
    List<MimeMessage> await(String address, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (to(address).size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        return to(address);
    }

    static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
