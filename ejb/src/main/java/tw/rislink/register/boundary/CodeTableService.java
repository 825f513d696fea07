package tw.rislink.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.rislink.register.entity.CodeEntry;
import tw.rislink.register.entity.CodeTable;

@Stateless
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
}
