package tw.rislink.it;

import jakarta.ejb.Stateless;

/** Declares no role at all. AuthorizationIT adds it to the application's EJB module, under its jboss-ejb3.xml. */
@Stateless
public class UndeclaredProbe {

    public String hello() {
        return "hello";
    }
}
