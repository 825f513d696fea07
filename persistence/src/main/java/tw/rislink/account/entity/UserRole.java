package tw.rislink.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A role granted to an account: a row of rl_user_role, which the security realm reads.
 * Granted and revoked on its own, never through an update of the account, so the frequent
 * updates of an account (sign-in counts, locks) cannot touch its roles.
 */
@Entity
@Table(name = "rl_user_role")
@IdClass(UserRole.Key.class)
public class UserRole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", length = 30)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "user_id", insertable = false, updatable = false)
    private UserAccount user;

    protected UserRole() {}

    public UserRole(UserAccount user, Role role) {
        this.userId = Objects.requireNonNull(user.getId(), "the account is persisted first");
        this.user = user;
        this.role = role;
    }

    public Role getRole() {
        return role;
    }

    /** The composite key (account, role), in the form JPA's @IdClass asks for. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long userId;
        private Role role;

        public Key() {}

        public Key(Long userId, Role role) {
            this.userId = userId;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && role == key.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, role);
        }
    }
}
