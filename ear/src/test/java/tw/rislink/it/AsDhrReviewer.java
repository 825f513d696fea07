package tw.rislink.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as a signed-in user with the role DHR_REVIEWER would. */
@Stateless
@RunAs("DHR_REVIEWER")
public class AsDhrReviewer extends Caller {}
