package tw.rislink.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row a new agency account number is chosen under: two keys issued at once, on any node,
 * cannot get the same account (rotation lets one account hold several keys, so no unique
 * constraint can keep them apart).
 */
@Entity
@Table(name = "rl_api_account_lock")
public class AccountLock {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    protected AccountLock() {}
}
