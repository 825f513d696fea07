package tw.rislink.credential.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tw.rislink.account.entity.Role;
import tw.rislink.credential.control.ApiRefusal;
import tw.rislink.credential.entity.UsedToken;
import tw.rislink.platform.boundary.TimerRuns;
import tw.rislink.platform.control.Outage;

/**
 * Remembers used JWT ids: of two calls with the same token, however close together, the
 * database's primary key lets exactly one through.
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class UsedTokens {

    static final String REPLAYED = "The JWT was used before (jti): every call needs a new one";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    /**
     * Claims the token in the call's own transaction, so that a call costs one commit. The
     * primary key decides: a replay of a committed token fails at once, a replay racing its
     * original waits on the key until the original commits, then fails.
     *
     * @throws ApiRefusal when the token was used before
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void claim(String issKey, String jti, LocalDateTime expiresAtUtc) {
        try {
            em.persist(new UsedToken(issKey, jti, expiresAtUtc));
            em.flush();
        } catch (PersistenceException raced) {
            if (Outage.isDatabase(raced)) {
                // The database went away at the insert: the caller is told it is unavailable, not replayed.
                throw raced;
            }
            throw ApiRefusal.transmission(REPLAYED);
        }
    }

    /** Tokens past their expiry cannot be replayed anyway (their exp is checked): forget them. */
    @Schedule(minute = "*/10", hour = "*", info = "used-token-cleanup")
    @Interceptors(TimerRuns.class)
    void forgetExpired() {
        // Five minutes past expiry: a node whose clock is a little behind this one's still
        // accepts the token until its own clock reaches exp + skew, and must still see the jti.
        em.createQuery("DELETE FROM UsedToken t WHERE t.expiresAt < :before")
                .setParameter("before", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5))
                .executeUpdate();
    }
}
