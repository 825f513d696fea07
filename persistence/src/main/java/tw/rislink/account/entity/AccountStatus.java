package tw.rislink.account.entity;

/** Only ACTIVE accounts pass the security realm's query (wildfly-config/configure-security.cli). */
public enum AccountStatus {
    ACTIVE,
    LOCKED,
    DISABLED
}
