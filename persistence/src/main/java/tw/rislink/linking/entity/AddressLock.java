package tw.rislink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row an address assignment locks before it looks for overlaps: assignments are decided
 * one after another on every node, so two cannot both take the same block.
 */
@Entity
@Table(name = "rl_linking_address_lock")
public class AddressLock {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    protected AddressLock() {}
}
