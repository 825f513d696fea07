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
