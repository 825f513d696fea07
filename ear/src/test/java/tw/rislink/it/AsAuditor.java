package tw.rislink.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as a signed-in user with the role AUDITOR would. */
@Stateless
@RunAs("AUDITOR")
public class AsAuditor extends Caller {}
