package tw.rislink.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * In a container test, calls the services as a signed-in user of the application's security
 * domain, so that their roles are checked and the caller they audit is that user. Needs the test
 * module of {@link Deployments#withTestModule}.
 */
final class Identity {

    private Identity() {}

    static <T> T as(String username, String password, Callable<T> work) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("The test module is not in the application's security domain");
        }
        return domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()))
                .runAs(work);
    }
}
