package tw.rislink.register.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One code of a code table, valid from a day to a day (open-ended when still in use): a code
 * keeps its meaning for the records made while it was valid, e.g. issuing area 10001 (臺北縣)
 * on ID cards issued before 2010-12-25.
 */
@Entity
@Table(name = "rl_code")
@Cacheable
@NamedQuery(
        name = CodeEntry.OF_TABLE,
        query = "SELECT c FROM CodeEntry c WHERE c.codeTable = :table ORDER BY c.sortOrder, c.code")
public class CodeEntry implements Serializable {

    public static final String OF_TABLE = "CodeEntry.ofTable";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_table", nullable = false, length = 20)
    private CodeTable codeTable;

    @Column(name = "code", nullable = false, length = 10)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CodeEntry() {}

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public CodeTable getCodeTable() {
        return codeTable;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
