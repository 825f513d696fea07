package tw.rislink.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A JWT id (jti) already used with an Iss key; kept until the token would have expired. */
@Entity
@Table(name = "rl_api_jti")
@IdClass(UsedToken.Key.class)
public class UsedToken {

    @Id
    @Column(name = "iss_key", length = 32)
    private String issKey;

    @Id
    @Column(name = "jti", length = 100)
    private String jti;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected UsedToken() {}

    public UsedToken(String issKey, String jti, LocalDateTime expiresAt) {
        this.issKey = issKey;
        this.jti = jti;
        this.expiresAt = expiresAt;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String issKey;
        private String jti;

        public Key() {}

        public Key(String issKey, String jti) {
            this.issKey = issKey;
            this.jti = jti;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(issKey, that.issKey) && Objects.equals(jti, that.jti);
        }

        @Override
        public int hashCode() {
            return Objects.hash(issKey, jti);
        }
    }
}
