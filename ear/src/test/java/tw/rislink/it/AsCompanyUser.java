package tw.rislink.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as a signed-in user with the role COMPANY_USER would. */
@Stateless
@RunAs("COMPANY_USER")
public class AsCompanyUser extends Caller {}
