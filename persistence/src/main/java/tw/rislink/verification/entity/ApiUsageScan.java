package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The abnormal-use scan's own row: each scan locks it for its transaction, so that two scans
 * (the timer and MOI's "scan now", on any nodes) take turns and never count a record twice.
 */
@Entity
@Table(name = "rl_api_scan")
public class ApiUsageScan {

    public static final String ABNORMAL_USE = "abnormal-use";

    @Id
    @Column(name = "scan_name", length = 30)
    private String name;

    @Column(name = "scanned_at")
    private LocalDateTime scannedAt;

    protected ApiUsageScan() {}

    public void scanned(LocalDateTime at) {
        scannedAt = at;
    }

    public LocalDateTime getScannedAt() {
        return scannedAt;
    }
}
