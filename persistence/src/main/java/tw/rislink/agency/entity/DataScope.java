package tw.rislink.agency.entity;

/** Which register a data item comes from, and so which units provide it (DOMAIN.md §3). */
public enum DataScope {
    /** 戶籍資料: provided by the registration units. */
    HOUSEHOLD,
    /** 役政資料: provided by the military-service units. */
    MILITARY
}
