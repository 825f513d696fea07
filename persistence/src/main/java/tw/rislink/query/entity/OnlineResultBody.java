package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The answer of an {@link OnlineResult} (its JSON), kept until it is due. Its due time is
 * repeated here so that the retention timer deletes by one indexed column of this table alone.
 */
@Entity
@Table(name = "rl_query_result_body")
public class OnlineResultBody {

    @Id
    @Column(name = "result_id")
    private Long resultId;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    protected OnlineResultBody() {}

    public OnlineResultBody(OnlineResult result, String content) {
        this.resultId = Objects.requireNonNull(result.getId());
        this.expiresAt = result.getExpiresAt();
        this.content = Objects.requireNonNull(content);
    }

    public String getContent() {
        return content;
    }
}
