package tw.rislink.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national holiday of the working-day calendar. */
@Entity
@Table(name = "rl_holiday")
public class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String name;

    protected Holiday() {}

    public Holiday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
