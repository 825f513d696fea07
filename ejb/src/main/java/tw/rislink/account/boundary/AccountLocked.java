package tw.rislink.account.boundary;

import java.time.LocalDateTime;

/** Fired when five wrong passwords lock an account; observers act once the lock is committed. */
public record AccountLocked(
        String username, String displayName, String email, LocalDateTime lockedAt, LocalDateTime unlocksAt) {}
