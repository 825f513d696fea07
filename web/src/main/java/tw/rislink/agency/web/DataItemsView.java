package tw.rislink.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.agency.boundary.DataItems;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;

/** The data-item catalogue (資料項目表), which the administrator keeps. */
@Named
@ViewScoped
public class DataItemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field (of the add form or the dialog) that each refusal of the service concerns. */
    private static final Map<String, String> FIELDS = Map.of(
            "invalid.dataItem.code", "code",
            "invalid.dataItem.duplicate", "code",
            "invalid.dataItem.nameZh", "nameZh",
            "invalid.dataItem.nameEn", "nameEn",
            "invalid.dataItem.scope", "scope",
            "invalid.dataItem.transactions", "transactions",
            "invalid.dataItem.transactionsTooLong", "transactions");

    @EJB
    private DataItems items;

    private List<DataItem> all;
    private String code;
    private String nameZh;
    private String nameEn;
    private DataScope scope;
    private String transactions;

    private Long editedId;
    private String editedCode;
    private String editedNameZh;
    private String editedNameEn;
    private String editedTransactions;

    @PostConstruct
    void load() {
        all = items.all();
    }

    public void add() {
        try {
            DataItem added = items.add(code, nameZh, nameEn, scope, transactions, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("dataItems.added", added.getCode(), added.getNameZh()));
            code = null;
            nameZh = null;
            nameEn = null;
            scope = null;
            transactions = null;
        } catch (InvalidInputException e) {
            refuse("items:", e);
        }
        load();
    }

    /** Opens the edit dialog on an item; its code and scope stay, since cases name them. */
    public void edit(DataItem item) {
        editedId = item.getId();
        editedCode = item.getCode();
        editedNameZh = item.getNameZh();
        editedNameEn = item.getNameEn();
        editedTransactions = item.getTransactions();
    }

    public void save() {
        try {
            items.update(editedId, editedNameZh, editedNameEn, editedTransactions, Faces.getRemoteAddr());
            Messages.addGlobalInfo(Texts.get("dataItems.saved", editedCode));
            load();
        } catch (InvalidInputException e) {
            refuse("edit:", e);
        }
    }

    public void retire(DataItem item) {
        if (items.retire(item.getId(), Faces.getRemoteAddr())) {
            Messages.addGlobalInfo(Texts.get("dataItems.retired", item.getCode(), item.getNameZh()));
        } else {
            Messages.addGlobalWarn(Texts.get("dataItems.alreadyRetired", item.getCode()));
        }
        load();
    }

    public void reinstate(DataItem item) {
        if (items.reinstate(item.getId(), Faces.getRemoteAddr())) {
            Messages.addGlobalInfo(Texts.get("dataItems.reinstated", item.getCode(), item.getNameZh()));
        } else {
            Messages.addGlobalWarn(Texts.get("dataItems.alreadyInUse", item.getCode()));
        }
        load();
    }

    /** In use, or retired since a ROC day. */
    public String status(DataItem item) {
        return item.isRetired()
                ? Texts.get("dataItems.status.retired", RocDate.format(item.getRetiredOn()))
                : Texts.get("dataItems.status.inUse");
    }

    public String retireQuestion(DataItem item) {
        return Texts.get("dataItems.confirmRetire", item.getCode(), item.getNameZh());
    }

    public String reinstateQuestion(DataItem item) {
        return Texts.get("dataItems.confirmReinstate", item.getCode(), item.getNameZh());
    }

    /**
     * Says the refusal at its field, which keeps what was typed: PrimeFaces renders an input found
     * invalid after the model was updated as empty (empty strings are null here), and the
     * administrator should correct the text, not type it again. Validation failed keeps the
     * dialog open.
     */
    private void refuse(String form, InvalidInputException e) {
        String field = FIELDS.get(e.key());
        if (field == null) {
            Messages.addGlobalError(Texts.of(e));
            Faces.validationFailed();
            return;
        }
        Components.invalidateInput(form + field, Texts.of(e));
        UIInput input = Components.findComponent(form + field);
        if (input != null && input.getValue() instanceof String typed) {
            input.setSubmittedValue(typed);
        }
    }

    /** The transactions as shown in the table, spaced so that a long list wraps between codes. */
    public String transactions(DataItem item) {
        return String.join(", ", item.transactionList());
    }

    public List<DataScope> getScopes() {
        return List.of(DataScope.values());
    }

    public List<DataItem> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public DataScope getScope() {
        return scope;
    }

    public void setScope(DataScope scope) {
        this.scope = scope;
    }

    public String getTransactions() {
        return transactions;
    }

    public void setTransactions(String transactions) {
        this.transactions = transactions;
    }

    public String getEditedCode() {
        return editedCode;
    }

    public String getEditedNameZh() {
        return editedNameZh;
    }

    public void setEditedNameZh(String editedNameZh) {
        this.editedNameZh = editedNameZh;
    }

    public String getEditedNameEn() {
        return editedNameEn;
    }

    public void setEditedNameEn(String editedNameEn) {
        this.editedNameEn = editedNameEn;
    }

    public String getEditedTransactions() {
        return editedTransactions;
    }

    public void setEditedTransactions(String editedTransactions) {
        this.editedTransactions = editedTransactions;
    }
}
