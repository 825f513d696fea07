package tw.rislink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A scanned document of a case, described; its bytes are an {@link AttachmentContent} of the same
 * id. The file name is shown only, never used for a path; the media type is the one its content
 * was recognised as.
 */
@Entity
@Table(name = "rl_linking_attachment")
@NamedQuery(
        name = Attachment.OF_CASE,
        query = "SELECT a FROM Attachment a WHERE a.caseId = :caseId ORDER BY a.kind, a.uploadedAt, a.id")
public class Attachment {

    public static final String OF_CASE = "Attachment.ofCase";

    @Id
    @SequenceGenerator(
            name = "rl_linking_attachment_seq",
            sequenceName = "rl_linking_attachment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_linking_attachment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 30)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected Attachment() {}

    public Attachment(
            Long caseId,
            AttachmentKind kind,
            String fileName,
            String mediaType,
            long byteSize,
            String sha256,
            String uploadedBy,
            LocalDateTime uploadedAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.kind = Objects.requireNonNull(kind);
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.byteSize = byteSize;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
