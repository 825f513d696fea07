package tw.rislink.it;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;
import tw.rislink.register.entity.IdCardIssue;

/**
 * Test-only: counts how often the server reads an ID's cards from the register, which is what
 * comparing a check costs, independently of what the check then answers. Listens to the
 * persistence unit's EclipseLink session while attached.
 */
final class ComparisonProbe extends SessionEventAdapter implements AutoCloseable {

    private final Server session;
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    private ComparisonProbe(Server session) {
        this.session = session;
    }

    static ComparisonProbe attach(EntityManagerFactory factory) {
        ComparisonProbe probe = new ComparisonProbe(JpaHelper.getServerSession(factory));
        probe.session.getEventManager().addListener(probe);
        return probe;
    }

    @Override
    public void postExecuteQuery(SessionEvent event) {
        if (event.getQuery() != null
                && event.getQuery().getReferenceClass() == IdCardIssue.class
                && event.getResult() instanceof List<?> cards
                && !cards.isEmpty()
                && cards.get(0) instanceof IdCardIssue card) {
            reads.computeIfAbsent(card.getPersonId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** How many times the cards of this ID were read since the probe was attached. */
    int reads(String personId) {
        AtomicInteger counted = reads.get(personId);
        return counted == null ? 0 : counted.get();
    }

    @Override
    public void close() {
        session.getEventManager().removeListener(this);
    }
}
