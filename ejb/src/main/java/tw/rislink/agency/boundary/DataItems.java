package tw.rislink.agency.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.control.DataItemEntry;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.control.UniqueConstraint;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * The data-item catalogue (資料項目表): the administrator adds, renames, retires and reinstates
 * items; the parties of a case read the items an application may ask for. Items are never
 * deleted: cases and permissions name them.
 */
@Stateless
@RunAs(Role.SYSTEM)
public class DataItems {

    /** The unique constraint on the code in V016 (both databases). */
    static final String CODE_CONSTRAINT = "rl_data_item_code_uq";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /** Every item, retired ones too, by scope and code. */
    @RolesAllowed("SYSTEM_ADMIN")
    public List<DataItem> all() {
        return em.createNamedQuery(DataItem.ALL, DataItem.class).getResultList();
    }

    /** The items of a scope that an application may ask for now (not retired), by code. */
    @RolesAllowed({
        "APPLICANT_OFFICER",
        "CISO",
        "AGENCY_SUPERVISOR",
        "LOCAL_REGISTRATION",
        "DHR_REVIEWER",
        "DIS_ENGINEER",
        "TELECOM",
        "SYSTEM_ADMIN",
        Role.SYSTEM
    })
    public List<DataItem> available(DataScope scope) {
        return em.createQuery(
                        "SELECT i FROM DataItem i WHERE i.dataScope = :scope AND i.retiredOn IS NULL ORDER BY i.code",
                        DataItem.class)
                .setParameter("scope", scope)
                .getResultList();
    }

    /** The item of a code, retired or not (a case may name one retired since). */
    @RolesAllowed({
        "APPLICANT_OFFICER",
        "CISO",
        "AGENCY_SUPERVISOR",
        "LOCAL_REGISTRATION",
        "DHR_REVIEWER",
        "DIS_ENGINEER",
        "TELECOM",
        "SYSTEM_ADMIN",
        Role.SYSTEM
    })
    public DataItem find(String code) {
        return byCode(code == null ? "" : code.strip()).orElseThrow(() -> unknown(code == null ? "" : code.strip()));
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public DataItem add(
            String code, String nameZh, String nameEn, DataScope scope, String transactions, String address) {
        String checkedCode = DataItemEntry.code(code);
        String zh = DataItemEntry.nameZh(nameZh);
        String en = DataItemEntry.nameEn(nameEn);
        if (scope == null) {
            throw new InvalidInputException("invalid.dataItem.scope", "A data item needs a data scope");
        }
        List<String> carriedBy = DataItemEntry.transactions(transactions);
        if (byCode(checkedCode).isPresent()) {
            throw duplicate(checkedCode);
        }
        DataItem item = new DataItem(checkedCode, zh, en, scope, carriedBy);
        em.persist(item);
        try {
            // Written now, so that an add racing this one past the check above is refused by the
            // unique constraint here, with the same reason, rather than failing at commit.
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraint.violated(e, CODE_CONSTRAINT)) {
                throw duplicate(checkedCode);
            }
            throw e;
        }
        recorded("DATA_ITEM_ADDED", checkedCode, address);
        return item;
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public DataItem update(long id, String nameZh, String nameEn, String transactions, String address) {
        String zh = DataItemEntry.nameZh(nameZh);
        String en = DataItemEntry.nameEn(nameEn);
        List<String> carriedBy = DataItemEntry.transactions(transactions);
        DataItem item = locked(id);
        item.rename(zh, en);
        item.carriedBy(carriedBy);
        recorded("DATA_ITEM_UPDATED", item.getCode(), address);
        return item;
    }

    /**
     * Retires an item as of today: no application may ask for it from now on; cases and
     * permissions that name it keep it.
     *
     * @return false when it was retired already (meanwhile): nothing changed, nothing recorded
     */
    @RolesAllowed("SYSTEM_ADMIN")
    public boolean retire(long id, String address) {
        // Locked, so that of two administrators retiring it one does and the other is told it
        // was retired meanwhile, and the day it was retired on stays the first one's.
        DataItem item = locked(id);
        if (item.isRetired()) {
            return false;
        }
        item.retire(TaiwanTime.now().toLocalDate());
        recorded("DATA_ITEM_RETIRED", item.getCode(), address);
        return true;
    }

    /** @return false when it was not retired (reinstated meanwhile): nothing changed, nothing recorded */
    @RolesAllowed("SYSTEM_ADMIN")
    public boolean reinstate(long id, String address) {
        DataItem item = locked(id);
        if (!item.isRetired()) {
            return false;
        }
        item.reinstate();
        recorded("DATA_ITEM_REINSTATED", item.getCode(), address);
        return true;
    }

    private Optional<DataItem> byCode(String code) {
        return em.createNamedQuery(DataItem.BY_CODE, DataItem.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private DataItem locked(long id) {
        DataItem item = em.find(DataItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw unknown("#" + id);
        }
        return item;
    }

    private void recorded(String action, String code, String address) {
        audit.record(
                AuditEntry.screen(context.getCallerPrincipal().getName(), address, action, code, AuditOutcome.SUCCESS));
    }

    private static InvalidInputException unknown(String code) {
        return new InvalidInputException("invalid.dataItem.unknown", "No data item " + code, code);
    }

    private static InvalidInputException duplicate(String code) {
        return new InvalidInputException(
                "invalid.dataItem.duplicate", "The catalogue already has a data item " + code, code);
    }
}
