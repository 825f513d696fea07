package tw.rislink.calendar.entity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The platform keeps wall-clock times in Taiwan's zone (no daylight saving), the way the
 * register and its users read them, whatever zone the server runs in.
 */
public final class TaiwanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private TaiwanTime() {}

    public static LocalDateTime now() {
        return LocalDateTime.now(Clock.system(ZONE));
    }
}
