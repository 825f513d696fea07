package tw.rislink.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import tw.rislink.account.entity.Role;

/** The platform's own role: what timers, startup and the application's beans may call. */
@Stateless
@RunAs(Role.SYSTEM)
public class AsPlatform extends Caller {}
