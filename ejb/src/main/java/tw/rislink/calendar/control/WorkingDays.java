package tw.rislink.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Deadlines counted in working days: Monday to Friday, except national holidays. */
public final class WorkingDays {

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The {@code n}-th working day after {@code start} (a request filed on a Friday evening is due the next Friday for n = 5). */
    public static LocalDate after(LocalDate start, int n, Set<LocalDate> holidays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }
}
