package tw.rislink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of an {@link Attachment}, apart so that listing documents reads none of them. */
@Entity
@Table(name = "rl_linking_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentContent() {}

    public AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = Objects.requireNonNull(attachmentId);
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
