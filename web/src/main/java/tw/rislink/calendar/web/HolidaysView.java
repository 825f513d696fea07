package tw.rislink.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.calendar.boundary.Holidays;
import tw.rislink.calendar.entity.Holiday;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;

/** The national holidays of the working-day calendar, which the administrator keeps. */
@Named
@ViewScoped
public class HolidaysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Holidays holidays;

    private List<Holiday> all;
    private LocalDate date;
    private String name;

    @PostConstruct
    void load() {
        all = holidays.all();
    }

    public void add() {
        try {
            holidays.add(date, name, Faces.getRemoteUser(), Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("holidays.added", name));
            date = null;
            name = null;
        } catch (InvalidInputException e) {
            Components.invalidateInput(
                    e.key().equals("invalid.holiday.exists") ? "holidays:date" : "holidays:name", Texts.of(e));
        }
        load();
    }

    public void remove(Holiday holiday) {
        String day = RocDate.format(holiday.getDate());
        if (holidays.remove(holiday.getDate(), Faces.getRemoteUser(), Faces.getRemoteAddr())) {
            Messages.addGlobalInfo(Texts.get("holidays.removed", day, holiday.getName()));
        } else {
            Messages.addGlobalWarn(Texts.get("holidays.notThere", day));
        }
        load();
    }

    /**
     * The question before removing, naming the day and the holiday; a past one also warns that
     * deadlines counted across it come out differently from those already counted.
     */
    public String confirmation(Holiday holiday) {
        String question = Texts.get("holidays.confirm", RocDate.format(holiday.getDate()), holiday.getName());
        return past(holiday) ? question + " " + Texts.get("holidays.confirmPast") : question;
    }

    public boolean past(Holiday holiday) {
        return holiday.getDate().isBefore(TaiwanTime.now().toLocalDate());
    }

    public List<Holiday> getAll() {
        return all;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
