package tw.rislink.query.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A bulk job's result file in the agency's encoding and its manifest, until the retention timer
 * deletes them. The due time is repeated here (an extension moves it) so the timer deletes by
 * one indexed column of this table.
 */
@Entity
@Table(name = "rl_file_content")
public class FileContent {

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "result", nullable = false)
    private byte[] result;

    @Lob
    @Column(name = "manifest", nullable = false)
    private String manifest;

    protected FileContent() {}

    public FileContent(long jobId, LocalDateTime expiresAt, byte[] result, String manifest) {
        this.jobId = jobId;
        this.expiresAt = expiresAt;
        this.result = result;
        this.manifest = manifest;
    }

    public byte[] getResult() {
        return result;
    }

    public String getManifest() {
        return manifest;
    }
}
