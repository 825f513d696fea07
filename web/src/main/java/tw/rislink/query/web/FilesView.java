package tw.rislink.query.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.boundary.FileJobs;
import tw.rislink.query.boundary.OnlineResults;
import tw.rislink.query.boundary.RegisterQueries;
import tw.rislink.query.control.QueryPurpose;
import tw.rislink.query.control.QueryRefusal;
import tw.rislink.query.entity.FileJob;
import tw.rislink.query.entity.FileProblem;
import tw.rislink.register.control.TextEncoding;
import tw.rislink.register.entity.NationalId;

/**
 * Bulk file jobs (批次檔案查詢) for the agency's officers: upload a list of IDs, read the check's
 * refused lines, run the valid ones or discard the upload, follow the run on its progress bar,
 * download the result file and its manifest, ask for an extension and complete the ledger entry.
 */
@Named
@ViewScoped
public class FilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many refused lines the page lists (the manifest counts them all). */
    static final int PROBLEMS_SHOWN = 100;

    private static final String UPLOAD = "upload:";

    @EJB
    private FileJobs jobs;

    @EJB
    private RegisterQueries queries;

    private transient Part file;
    private TextEncoding encoding = TextEncoding.UTF_8;
    private DeliveryMode delivery = DeliveryMode.FILE_TRANSFER;
    private String caseNumber;
    private String reason;
    private String businessItem;
    private List<FileJob> list;
    private FileJob selected;
    private List<FileProblem> problems;
    private LocalDate extensionUntil;
    private String extensionReason;
    private String documentNumber;
    private String itOfficer;
    private String supervisor;
    private String reconciliation;
    private LocalDate destroyedOn;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        list = jobs.ofOwnAgency();
        if (selected != null) {
            select(selected.getId());
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Components.invalidateInput(UPLOAD + "file", Texts.get("invalid.bulk.noFile"));
            return;
        }
        QueryPurpose purpose;
        try {
            purpose = new QueryPurpose(caseNumber, reason, businessItem);
        } catch (InvalidInputException e) {
            Components.invalidateInput(UPLOAD + WorkbenchView.purposeField(e.key()), Texts.of(e));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            FileJob job =
                    jobs.upload(file.getSubmittedFileName(), in, encoding, delivery, purpose, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("bulk.uploaded", job.getId(), job.validCount(), job.getBadCount()));
            selected = job;
            refresh();
        } catch (InvalidInputException e) {
            Components.invalidateInput(
                    UPLOAD + (e.key().equals("invalid.bulk.big5e") ? "encoding" : "file"), Texts.of(e));
        } catch (QueryRefusal refused) {
            queries.auditRefusal(
                    AuditChannel.SCREEN,
                    Faces.getRemoteAddr(),
                    refused.transaction() == null ? null : refused.transaction().name(),
                    refused);
            Messages.addGlobalError(Texts.get("egate.refused." + refused.rule().name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // The container removes the temporary file at the end of the request anyway.
            }
        }
    }

    public void select(long id) {
        selected = jobs.progress(id);
        problems = selected.getBadCount() > 0 ? jobs.problems(id, PROBLEMS_SHOWN) : List.of();
        extensionUntil = null;
        extensionReason = null;
        documentNumber = selected.getLedger().getDocumentNumber();
        itOfficer = selected.getLedger().getItOfficer();
        supervisor = selected.getLedger().getSupervisor();
        reconciliation = selected.getLedger().getReconciliation();
        destroyedOn = selected.getLedger().getDestroyedOn();
    }

    public void run() {
        try {
            jobs.run(selected.getId(), Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("bulk.started", selected.getId()));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        } catch (QueryRefusal refused) {
            queries.auditRefusal(AuditChannel.SCREEN, Faces.getRemoteAddr(), selected.getTransactionCode(), refused);
            Messages.addGlobalError(Texts.get("egate.refused." + refused.rule().name()));
        }
        refresh();
    }

    public void discard() {
        try {
            jobs.discard(selected.getId(), Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("bulk.discarded", selected.getId()));
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        refresh();
    }

    /** The poll's refresh while a job runs. */
    public void poll() {
        refresh();
    }

    public boolean isAnyRunning() {
        return list.stream().anyMatch(j -> j.getStatus() == FileJob.Status.RUNNING);
    }

    /** How far a job is, in percent of its valid lines (the assembly step shows 100 only once completed). */
    public int percent(FileJob job) {
        if (job.getStatus() == FileJob.Status.COMPLETED || job.getStatus() == FileJob.Status.PURGED) {
            return 100;
        }
        return job.validCount() == 0 ? 0 : (int) Math.min(99, 100L * job.getProcessed() / job.validCount());
    }

    /** A refused line's reason in the user's language, with the details the check found (the ID is checked again). */
    public String problemText(FileProblem problem) {
        try {
            NationalId.of(problem.getLineText());
        } catch (InvalidInputException e) {
            return Texts.of(e);
        }
        return Texts.get(problem.getReasonKey(), problem.getLineText());
    }

    public StreamedContent getResult() {
        return download(false);
    }

    public StreamedContent getManifest() {
        return download(true);
    }

    private StreamedContent download(boolean manifest) {
        FileJobs.Download d = jobs.download(selected.getId(), manifest, Faces.getRemoteAddr());
        if (d.status() != OnlineResults.Status.SHOWN) {
            Messages.addGlobalError(
                    d.status() == OnlineResults.Status.EXPIRED
                            ? Texts.get("bulk.expired", RocDate.format(d.job().getExpiresAt()))
                            : Texts.get("bulk.notFound"));
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(d.name())
                .contentType(d.mediaType())
                .contentLength((long) d.bytes().length)
                .stream(() -> new ByteArrayInputStream(d.bytes()))
                .build();
    }

    public void requestExtension() {
        try {
            jobs.requestExtension(selected.getId(), extensionUntil, extensionReason, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("bulk.extension.asked", selected.getId()));
        } catch (InvalidInputException e) {
            Components.invalidateInput(
                    "extension:"
                            + (e.key().equals("invalid.bulk.extension.reason") ? "extensionReason" : "extensionUntil"),
                    Texts.of(e));
        }
        refresh();
    }

    public void saveLedger() {
        try {
            jobs.completeLedger(
                    selected.getId(),
                    documentNumber,
                    itOfficer,
                    supervisor,
                    reconciliation,
                    destroyedOn,
                    Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("bulk.ledger.saved", selected.getId()));
        } catch (InvalidInputException e) {
            Components.invalidateInput(
                    "ledger:" + (e.key().equals("invalid.bulk.ledger.destroyedOn") ? "destroyedOn" : "documentNumber"),
                    Texts.of(e));
        }
        refresh();
    }

    public List<TextEncoding> getEncodings() {
        return List.of(TextEncoding.values());
    }

    public List<DeliveryMode> getDeliveries() {
        return List.of(DeliveryMode.FILE_TRANSFER, DeliveryMode.MEDIA_EXCHANGE);
    }

    public String getMaxMegabytes() {
        return Long.toString(FileJobs.maxBytes() / (1024 * 1024));
    }

    public int getMaxLines() {
        return FileJobs.maxLines();
    }

    public int getProblemsShown() {
        return PROBLEMS_SHOWN;
    }

    public List<FileJob> getList() {
        return list;
    }

    public FileJob getSelected() {
        return selected;
    }

    public List<FileProblem> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public TextEncoding getEncoding() {
        return encoding;
    }

    public void setEncoding(TextEncoding encoding) {
        this.encoding = encoding;
    }

    public DeliveryMode getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryMode delivery) {
        this.delivery = delivery;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getBusinessItem() {
        return businessItem;
    }

    public void setBusinessItem(String businessItem) {
        this.businessItem = businessItem;
    }

    public LocalDate getExtensionUntil() {
        return extensionUntil;
    }

    public void setExtensionUntil(LocalDate extensionUntil) {
        this.extensionUntil = extensionUntil;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getItOfficer() {
        return itOfficer;
    }

    public void setItOfficer(String itOfficer) {
        this.itOfficer = itOfficer;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getReconciliation() {
        return reconciliation;
    }

    public void setReconciliation(String reconciliation) {
        this.reconciliation = reconciliation;
    }

    public LocalDate getDestroyedOn() {
        return destroyedOn;
    }

    public void setDestroyedOn(LocalDate destroyedOn) {
        this.destroyedOn = destroyedOn;
    }
}
