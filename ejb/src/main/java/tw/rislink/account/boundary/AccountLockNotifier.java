package tw.rislink.account.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.boundary.MailService;

/**
 * Tells the owner of an account that it was locked, so that someone guessing their password
 * does not go unnoticed. Sent only after the lock is committed; in Chinese, then English.
 */
@ApplicationScoped
public class AccountLockNotifier {

    @EJB
    private MailService mail;

    void onLocked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountLocked locked) {
        if (locked.email() == null || locked.email().isBlank()) {
            return;
        }
        String lockedAt = RocDate.format(locked.lockedAt());
        String unlocksAt = RocDate.format(locked.unlocksAt());
        String body = String.join(
                "\n",
                locked.displayName() + " 您好：",
                "",
                "您的帳號 " + locked.username() + " 因連續 5 次密碼錯誤，已於 " + lockedAt + " 鎖定，將於 " + unlocksAt + " 自動解除。",
                "若非您本人操作，請立即通知系統管理員。",
                "",
                "Your account " + locked.username() + " was locked at " + lockedAt + " (ROC calendar) after 5 wrong "
                        + "passwords in a row. It unlocks at " + unlocksAt + ".",
                "If this was not you, tell a system administrator at once.");
        mail.send(locked.email(), "戶役政資料連結平台：帳號已鎖定 / Account locked", body);
    }
}
