package tw.rislink.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** One method declared, one forgotten. AuthorizationIT adds it to the application's EJB module. */
@Stateless
public class HalfDeclaredProbe {

    @PermitAll
    public String declared() {
        return "declared";
    }

    public String forgotten() {
        return "forgotten";
    }
}
