package tw.rislink.register.entity;

/** The registration code tables (seed 001 §9) the platform keeps as reference data. */
public enum CodeTable {
    /** Administrative areas: county and city codes. */
    COUNTY,
    /** Administrative areas: town codes (鄉鎮市區), the county code and three digits. */
    TOWN,
    /** The 27 ID-card issuing areas of job V2C201 (issueSiteId), old counties included. */
    ISSUE_SITE,
    /** ID-card apply codes (領補換類別) 0–3. */
    APPLY_CODE,
    /** Relationship to the head of the household (稱謂). */
    RELATIONSHIP,
    /** Reasons for removal from the register (除戶原因). */
    REMOVAL_REASON,
    /** Military service categories. */
    MILITARY_CATEGORY
}
