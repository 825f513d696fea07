package tw.rislink.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.control.WorkingDays;
import tw.rislink.calendar.entity.Holiday;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;

/** The national holidays of the working-day calendar; the administrator adds and removes them. */
@Stateless
@RunAs(Role.SYSTEM)
public class Holidays {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed("SYSTEM_ADMIN")
    public List<Holiday> all() {
        return em.createQuery("SELECT h FROM Holiday h ORDER BY h.date", Holiday.class)
                .getResultList();
    }

    /** The {@code n}-th working day after a day. */
    @RolesAllowed(Role.SYSTEM)
    public LocalDate workingDaysAfter(LocalDate start, int n) {
        Set<LocalDate> days = new HashSet<>();
        for (Holiday holiday : all()) {
            days.add(holiday.getDate());
        }
        return WorkingDays.after(start, n, days);
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public void add(LocalDate date, String name, String admin, String address) {
        if (date == null || name == null || name.isBlank() || name.strip().length() > 50) {
            throw new InvalidInputException(
                    "invalid.holiday.incomplete", "A holiday needs a date and a name of at most 50 characters");
        }
        if (em.find(Holiday.class, date) != null) {
            throw new InvalidInputException(
                    "invalid.holiday.exists", RocDate.format(date) + " is already a holiday", RocDate.format(date));
        }
        em.persist(new Holiday(date, name.strip()));
        audit.record(AuditEntry.screen(
                admin, address, "HOLIDAY_ADDED", RocDate.format(date) + " " + name.strip(), AuditOutcome.SUCCESS));
    }

    /**
     * Removes a holiday and records which one: the ROC day and the name, as adding it does.
     *
     * @return false when the day is no holiday (removed meanwhile): nothing changed, nothing recorded
     */
    @RolesAllowed("SYSTEM_ADMIN")
    public boolean remove(LocalDate date, String admin, String address) {
        // Locked, so that of two administrators removing the same day one removes it and the other
        // is told it was removed meanwhile, instead of both being told they removed it.
        Holiday holiday = date == null ? null : em.find(Holiday.class, date, LockModeType.PESSIMISTIC_WRITE);
        if (holiday == null) {
            return false;
        }
        em.remove(holiday);
        audit.record(AuditEntry.screen(
                admin,
                address,
                "HOLIDAY_REMOVED",
                RocDate.format(date) + " " + holiday.getName(),
                AuditOutcome.SUCCESS));
        return true;
    }
}
