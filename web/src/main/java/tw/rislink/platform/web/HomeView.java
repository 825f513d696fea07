package tw.rislink.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tw.rislink.calendar.entity.TaiwanTime;

@Named
@RequestScoped
public class HomeView {

    /** Today in Taiwan, which is the day users mean, whatever the server's zone. */
    public LocalDate getToday() {
        return TaiwanTime.now().toLocalDate();
    }

    /** Shown on error pages, so a user can tell support when it happened. */
    public LocalDateTime getNow() {
        return TaiwanTime.now();
    }
}
