package tw.rislink.account.control;

import java.time.LocalDateTime;
import tw.rislink.calendar.entity.RocDate;

/**
 * The mail that tells the owner of an account that it was locked, so that someone guessing their
 * password does not go unnoticed; in Chinese, then English, with ROC dates.
 */
public final class LockNotice {

    public static final String SUBJECT = "戶役政資料連結平台：帳號已鎖定 / Account locked";

    private LockNotice() {}

    public static String body(String username, String displayName, LocalDateTime lockedAt, LocalDateTime unlocksAt) {
        String locked = RocDate.format(lockedAt);
        String unlocks = RocDate.format(unlocksAt);
        return String.join(
                "\n",
                displayName + " 您好：",
                "",
                "您的帳號 " + username + " 因連續 5 次密碼錯誤，已於 " + locked + " 鎖定，將於 " + unlocks + " 自動解除。",
                "若非您本人操作，請立即通知系統管理員。",
                "",
                "Your account " + username + " was locked at " + locked + " (ROC calendar) after 5 wrong "
                        + "passwords in a row. It unlocks at " + unlocks + ".",
                "If this was not you, tell a system administrator at once.");
    }
}
