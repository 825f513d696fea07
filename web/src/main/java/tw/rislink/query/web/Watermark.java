package tw.rislink.query.web;

import java.time.LocalDateTime;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.calendar.entity.RocDate;

/**
 * The watermark over a register answer on screen and on paper: who asked, for which agency and
 * when, repeated to fill the answer's area. It is drawn by CSS from a data attribute
 * ({@code .rl-watermarked::before}), so it prints with the page and is no text of the page that
 * a screen reader would read over and over; the same facts stand once in the result's heading.
 */
final class Watermark {

    static final int REPEAT = 60;

    private Watermark() {}

    /** The officer (name and user name), the agency (name and code) and the query's time, repeated. */
    static String of(UserAccount officer, LocalDateTime askedAt) {
        String line = officer.getDisplayName() + "（" + officer.getUsername() + "） "
                + officer.getAgency().getNameZh() + " " + officer.getAgency().getCode() + " "
                + RocDate.format(askedAt);
        return (line + "\u3000\u3000").repeat(REPEAT);
    }
}
