package tw.rislink.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A day's signed digest: the ends of the day's chains and the previous day's digest hash
 * ({@code content}), its SHA-256 ({@code digestHash}) and a detached CMS signature over the
 * content (base64), made with the platform's audit signing key.
 */
@Entity
@Table(name = "rl_audit_digest")
public class AuditDigest {

    @Id
    @Column(name = "digest_day", length = 8)
    private String day;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "digest_hash", nullable = false, length = 64)
    private String digestHash;

    @Lob
    @Column(name = "signature", nullable = false)
    private String signature;

    protected AuditDigest() {}

    public AuditDigest(String day, LocalDateTime createdAt, String content, String digestHash, String signature) {
        this.day = day;
        this.createdAt = createdAt;
        this.content = content;
        this.digestHash = digestHash;
        this.signature = signature;
    }

    public String getDay() {
        return day;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getContent() {
        return content;
    }

    public String getDigestHash() {
        return digestHash;
    }

    public String getSignature() {
        return signature;
    }
}
