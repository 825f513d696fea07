package tw.rislink.agency.entity;

public enum AgencyKind {
    /** MOI or a municipal/county government that provides register data. */
    PROVIDER,
    /** A government agency that links to the registers. */
    GOVERNMENT,
    /** The telecom carrier that builds the GSN VPN circuits. */
    CARRIER,
    /** A non-government institution: ID-card verification only. */
    COMPANY
}
