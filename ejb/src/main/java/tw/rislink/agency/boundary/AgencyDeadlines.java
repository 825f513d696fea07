package tw.rislink.agency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.AgencyViolation;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.boundary.TimerRuns;

/**
 * The linked agencies' deadlines, once a day on a persistent timer (fires once in a cluster):
 * staff changes unacknowledged after 5 working days are flagged, violations without an accepted
 * remedy after 6 months make the agency apply again, terminations take effect one month after
 * notice. Each job takes the day, so tests set the clock; each item is carried out in a
 * transaction of its own under its agency's lock ({@link LinkedAgencies}), so one agency's
 * failure leaves the others' done and no transaction holds two agencies' locks.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class AgencyDeadlines {

    private static final Logger LOG = Logger.getLogger(AgencyDeadlines.class.getName());

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private LinkedAgencies agencies;

    @Schedule(hour = "0", minute = "40", timezone = "Asia/Taipei", info = "agency-deadlines")
    @Interceptors(TimerRuns.class)
    void daily() {
        LocalDate today = TaiwanTime.now().toLocalDate();
        flagOverdueStaffChanges(today);
        enforceRemedyDeadlines(today);
        carryOutTerminations(today);
    }

    /** Flags the staff changes unacknowledged after their due date (before {@code today}); returns how many. */
    @RolesAllowed(Role.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int flagOverdueStaffChanges(LocalDate today) {
        List<Long> due = em.createQuery(
                        "SELECT c.id FROM StaffChange c WHERE c.acknowledgedAt IS NULL AND c.dueOn < :today"
                                + " ORDER BY c.id",
                        Long.class)
                .setParameter("today", today)
                .getResultList();
        return each(due, id -> agencies.flagStaffChange(id, today), "staff change");
    }

    /** Makes every agency with a violation unremedied 6 months after it was recorded apply again; returns how many violations lapsed. */
    @RolesAllowed(Role.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int enforceRemedyDeadlines(LocalDate today) {
        List<Long> due = em.createQuery(
                        "SELECT v.id FROM AgencyViolation v WHERE v.outcome IN :open AND v.remedyDue < :today"
                                + " ORDER BY v.id",
                        Long.class)
                .setParameter("open", List.of(AgencyViolation.Outcome.OPEN, AgencyViolation.Outcome.REMEDIED))
                .setParameter("today", today)
                .getResultList();
        return each(due, id -> agencies.lapseViolation(id, today), "violation");
    }

    /** Carries out every termination whose effective date has come (on or before {@code today}); returns how many. */
    @RolesAllowed(Role.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int carryOutTerminations(LocalDate today) {
        List<Long> due = em.createQuery(
                        "SELECT t.id FROM AgencyTermination t WHERE t.carriedOutAt IS NULL AND t.effectiveOn <= :today"
                                + " ORDER BY t.id",
                        Long.class)
                .setParameter("today", today)
                .getResultList();
        return each(due, id -> agencies.carryOutTermination(id, today), "termination");
    }

    private static int each(List<Long> ids, LongPredicate work, String what) {
        int done = 0;
        for (long id : ids) {
            try {
                if (work.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                // One agency's failure (logged, its transaction rolled back) must not keep the
                // others' deadlines; the next run tries it again.
                LOG.log(Level.SEVERE, "Deadline of " + what + " #" + id + " failed", e);
            }
        }
        return done;
    }
}
