package tw.rislink.linking.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.agency.boundary.DataItems;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.linking.boundary.LinkingCases;
import tw.rislink.linking.control.LinkingForm;
import tw.rislink.linking.control.Upload;
import tw.rislink.linking.entity.AttachmentKind;
import tw.rislink.linking.entity.CaseItem;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.linking.entity.LinkingCase;
import tw.rislink.linking.entity.ReviewAction;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.FieldMessages;
import tw.rislink.platform.web.Texts;

/**
 * The officer's application (seed 000, step 1): the form, its data items from the catalogue with
 * a legal basis each, the scanned documents, and the submission once the CISO and the supervisor
 * have signed off. Opened with {@code ?id=} for a saved draft or a case returned for completion.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LinkingCases cases;

    @EJB
    private DataItems catalogue;

    private Long id;
    private LinkingCases.CaseView view;
    private String localUnitCode;
    private Channel channel;
    private boolean firstTime = true;
    private DataScope scope = DataScope.HOUSEHOLD;
    private List<DeliveryMode> deliveryModes = new ArrayList<>(List.of(DeliveryMode.ONLINE_QUERY));
    private String purpose;
    private String hostAddresses;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String supervisorName;
    private boolean countyOnly;
    private final Map<String, Boolean> chosen = new HashMap<>();
    private final Map<String, String> legalBases = new HashMap<>();
    private AttachmentKind kind;
    private transient Part file;

    /** Loads the case named by {@code ?id=}, if any, into the form. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            view = cases.view(id);
        } catch (InvalidInputException e) {
            id = null;
            Messages.addGlobalError(Texts.of(e));
            return;
        }
        LinkingCase c = view.linkingCase();
        localUnitCode = c.getLocalUnit().getCode();
        channel = c.getChannel();
        firstTime = c.isFirstTime();
        scope = c.getDataScope();
        deliveryModes = new ArrayList<>(c.deliveryModeSet());
        purpose = c.getPurpose();
        hostAddresses = String.join(", ", c.hostAddressList());
        contactName = c.getContactName();
        contactPhone = c.getContactPhone();
        contactEmail = c.getContactEmail();
        supervisorName = c.getSupervisorName();
        countyOnly = c.getCountyCode() != null;
        for (CaseItem item : c.getItems()) {
            chosen.put(item.getItem().getCode(), true);
            legalBases.put(item.getItem().getCode(), item.getLegalBasis());
        }
    }

    public String save() {
        Map<String, String> items = new LinkedHashMap<>();
        for (DataItem item : getItems()) {
            if (Boolean.TRUE.equals(chosen.get(item.getCode()))) {
                items.put(item.getCode(), legalBases.get(item.getCode()));
            }
        }
        Set<DeliveryMode> modes =
                deliveryModes == null || deliveryModes.isEmpty() ? Set.of() : EnumSet.copyOf(deliveryModes);
        try {
            LinkingCase saved = cases.save(
                    id,
                    new LinkingForm(
                            localUnitCode,
                            channel,
                            firstTime,
                            scope,
                            modes,
                            purpose,
                            hostAddresses,
                            contactName,
                            contactPhone,
                            contactEmail,
                            supervisorName,
                            items,
                            countyOnly),
                    Faces.getRemoteAddr());
            Messages.addFlashGlobalInfo(Texts.get("application.saved", saved.getCaseNumber()));
            return "/officer/application?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidForm e) {
            for (InvalidForm.Problem problem : e.problems()) {
                FieldMessages.refuseAt("application:" + problem.field(), Texts.of(problem.reason()));
            }
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        return null;
    }

    public String upload() {
        if (file == null) {
            Components.invalidateInput("documents:file", Texts.get("invalid.upload.empty"));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            String stored = cases.attach(id, kind, file.getSubmittedFileName(), in, Faces.getRemoteAddr())
                    .getFileName();
            Messages.addFlashGlobalInfo(Texts.get("application.attached", stored));
            return "/officer/application?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            Components.invalidateInput("documents:file", Texts.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
        return null;
    }

    private static void deleteQuietly(Part part) {
        try {
            part.delete();
        } catch (IOException e) {
            // The container removes its spooled part at the end of the request anyway.
        }
    }

    public String detach(long attachmentId) {
        try {
            cases.detach(attachmentId, Faces.getRemoteAddr());
            return "/officer/application?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
            return null;
        }
    }

    public String submit() {
        try {
            cases.act(id, ReviewAction.SUBMIT, LinkingCases.ActionInput.remark(null), Faces.getRemoteAddr());
            Messages.addFlashGlobalInfo(
                    Texts.get("application.submitted", view.linkingCase().getCaseNumber()));
            return "/linking/case?faces-redirect=true&id=" + id;
        } catch (InvalidForm e) {
            for (InvalidForm.Problem problem : e.problems()) {
                Messages.addGlobalError(Texts.of(problem.reason()));
            }
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
        return null;
    }

    /** The catalogue's items of the chosen scope. */
    public List<DataItem> getItems() {
        return catalogue.available(scope);
    }

    public List<Agency> getLocalUnits() {
        return cases.localUnits();
    }

    public boolean isEditable() {
        return view == null || view.actions().contains(ReviewAction.SUBMIT);
    }

    public int getUploadLimit() {
        return Upload.limitMegabytes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LinkingCases.CaseView getView() {
        return view;
    }

    public String getLocalUnitCode() {
        return localUnitCode;
    }

    public void setLocalUnitCode(String localUnitCode) {
        this.localUnitCode = localUnitCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public boolean isFirstTime() {
        return firstTime;
    }

    public void setFirstTime(boolean firstTime) {
        this.firstTime = firstTime;
    }

    public DataScope getScope() {
        return scope;
    }

    public void setScope(DataScope scope) {
        this.scope = scope;
    }

    public List<DeliveryMode> getDeliveryModes() {
        return deliveryModes;
    }

    public void setDeliveryModes(List<DeliveryMode> deliveryModes) {
        this.deliveryModes = deliveryModes;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getHostAddresses() {
        return hostAddresses;
    }

    public void setHostAddresses(String hostAddresses) {
        this.hostAddresses = hostAddresses;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public void setSupervisorName(String supervisorName) {
        this.supervisorName = supervisorName;
    }

    public boolean isCountyOnly() {
        return countyOnly;
    }

    public void setCountyOnly(boolean countyOnly) {
        this.countyOnly = countyOnly;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public Map<String, String> getLegalBases() {
        return legalBases;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
