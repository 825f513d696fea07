package tw.rislink.register.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.rislink.register.entity.CodeEntry;
import tw.rislink.register.entity.CodeTable;

/** The code tables: public reference data (also served to anyone at {@code /api/codes}). */
@Stateless
@PermitAll
public class CodeTableService {

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    /** The codes of a table valid on a day, in the table's order. */
    public List<CodeEntry> validOn(CodeTable table, LocalDate day) {
        return em.createNamedQuery(CodeEntry.OF_TABLE, CodeEntry.class)
                .setParameter("table", table)
                .getResultStream()
                .filter(entry -> entry.isValidOn(day))
                .toList();
    }

    /** A code as it was on a day: what a record made that day meant by it. */
    public Optional<CodeEntry> find(CodeTable table, String code, LocalDate day) {
        return validOn(table, day).stream()
                .filter(entry -> entry.getCode().equals(code))
                .findFirst();
    }

    /**
     * Every code a table has ever had, each with its latest meaning: what a screen shows for
     * a code on an old record (an issuing area of a county merged since).
     */
    public Map<String, CodeEntry> names(CodeTable table) {
        Map<String, CodeEntry> names = new HashMap<>();
        for (CodeEntry entry : em.createNamedQuery(CodeEntry.OF_TABLE, CodeEntry.class)
                .setParameter("table", table)
                .getResultList()) {
            names.merge(entry.getCode(), entry, (a, b) -> a.getValidFrom().isAfter(b.getValidFrom()) ? a : b);
        }
        return names;
    }
}
