package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A company's own user (the JWT's userId) suspended for abnormal use: every check answers 8. */
@Entity
@Table(name = "rl_api_user_suspension")
@IdClass(ApiUserSuspension.Key.class)
public class ApiUserSuspension {

    @Id
    @Column(name = "org_id", length = 10)
    private String orgId;

    @Id
    @Column(name = "user_id", length = 50)
    private String userId;

    @Column(name = "suspended_at", nullable = false)
    private LocalDateTime suspendedAt;

    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    protected ApiUserSuspension() {}

    public ApiUserSuspension(String orgId, String userId, LocalDateTime suspendedAt, String reason) {
        this.orgId = orgId;
        this.userId = userId;
        this.suspendedAt = suspendedAt;
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String orgId;
        private String userId;

        public Key() {}

        public Key(String orgId, String userId) {
            this.orgId = orgId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(orgId, that.orgId)
                    && Objects.equals(userId, that.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orgId, userId);
        }
    }
}
