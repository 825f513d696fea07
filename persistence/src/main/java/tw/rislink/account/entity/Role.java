package tw.rislink.account.entity;

/**
 * One role per party of the linking procedure (DOMAIN.md §2). The name is the role as the
 * security domain and web.xml know it; {@link #area()} is the folder of the role's screens.
 */
public enum Role {
    APPLICANT_OFFICER("officer"),
    CISO("ciso"),
    AGENCY_SUPERVISOR("supervisor"),
    LOCAL_REGISTRATION("local"),
    DHR_REVIEWER("dhr"),
    DIS_ENGINEER("dis"),
    TELECOM("telecom"),
    AUDITOR("auditor"),
    COMPANY_USER("company"),
    MOI_API_REVIEWER("moi"),
    SYSTEM_ADMIN("admin");

    /**
     * The platform's own role, held by no user: the EJBs run as it ({@code @RunAs}) when they
     * call one another, so that a method only other beans may call (the audit append, the register
     * read behind an audited lookup, mail, timers' work) is {@code @RolesAllowed(SYSTEM)} and
     * unreachable from a screen, whose calls carry the signed-in user's roles only. Users get
     * their roles from this enum's constants, which do not include it.
     */
    public static final String SYSTEM = "SYSTEM";

    private final String area;

    Role(String area) {
        this.area = area;
    }

    public String area() {
        return area;
    }

    /** The view id of the role's home page. */
    public String homeViewId() {
        return "/" + area + "/home.xhtml";
    }
}
