package tw.rislink.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A day of the audit trail moved to its signed archive file after the retention period. */
@Entity
@Table(name = "rl_audit_archive")
public class AuditArchiveEntry {

    @Id
    @Column(name = "archive_day", length = 8)
    private String day;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_hash", nullable = false, length = 64)
    private String fileHash;

    @Column(name = "records", nullable = false)
    private int records;

    @Column(name = "archived_at", nullable = false)
    private LocalDateTime archivedAt;

    protected AuditArchiveEntry() {}

    public AuditArchiveEntry(String day, String fileName, String fileHash, int records, LocalDateTime archivedAt) {
        this.day = day;
        this.fileName = fileName;
        this.fileHash = fileHash;
        this.records = records;
        this.archivedAt = archivedAt;
    }

    public String getDay() {
        return day;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileHash() {
        return fileHash;
    }

    public int getRecords() {
        return records;
    }

    public LocalDateTime getArchivedAt() {
        return archivedAt;
    }
}
