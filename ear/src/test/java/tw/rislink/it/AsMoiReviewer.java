package tw.rislink.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as a signed-in user with the role MOI_API_REVIEWER would. */
@Stateless
@RunAs("MOI_API_REVIEWER")
public class AsMoiReviewer extends Caller {}
