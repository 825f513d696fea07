package tw.rislink.platform.boundary;

import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Timer;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Logger;

/**
 * Logs every run of a scheduled job with the node that ran it, so that an operator (and the
 * two-node test) can see that each timeout of a cluster ran on one node only. The timer's next
 * timeout names the run: it is already the following one while the job runs, so two runs of one
 * timeout would log the same value.
 */
public class TimerRuns {

    private static final Logger LOG = Logger.getLogger(TimerRuns.class.getName());

    @AroundTimeout
    Object logged(InvocationContext invocation) throws Exception {
        Timer timer = (Timer) invocation.getTimer();
        String job = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
        String info = String.valueOf(timer.getInfo());
        String next = next(timer);
        String node = System.getProperty("jboss.node.name", "?");
        long started = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() ->
                    "Timer run: job=" + job + " info=" + info + " next=" + next + " node=" + node + " ms=" + millis);
        }
    }

    private static String next(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant().toString();
        } catch (NoMoreTimeoutsException | NoSuchObjectLocalException | IllegalStateException e) {
            return "none";
        }
    }
}
