package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The using agency's ledger entry of a bulk file (登記表, DOMAIN.md §7). The provider's notice
 * time, record count, purpose, business officer and how the file was obtained are the job's own
 * figures; the agency completes the document number, its IT officer and supervisor, how the
 * counts reconciled and when the file was destroyed.
 */
@Embeddable
public class FileLedgerEntry {

    @Column(name = "ledger_document", length = 60)
    private String documentNumber;

    @Column(name = "ledger_it_officer", length = 50)
    private String itOfficer;

    @Column(name = "ledger_supervisor", length = 50)
    private String supervisor;

    @Column(name = "ledger_reconciliation", length = 500)
    private String reconciliation;

    @Column(name = "ledger_destroyed_on")
    private LocalDate destroyedOn;

    @Column(name = "ledger_updated_by", length = 50)
    private String updatedBy;

    @Column(name = "ledger_updated_at")
    private LocalDateTime updatedAt;

    public void complete(
            String documentNumber,
            String itOfficer,
            String supervisor,
            String reconciliation,
            LocalDate destroyedOn,
            String by,
            LocalDateTime at) {
        this.documentNumber = documentNumber;
        this.itOfficer = itOfficer;
        this.supervisor = supervisor;
        this.reconciliation = reconciliation;
        this.destroyedOn = destroyedOn;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getItOfficer() {
        return itOfficer;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public String getReconciliation() {
        return reconciliation;
    }

    public LocalDate getDestroyedOn() {
        return destroyedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
