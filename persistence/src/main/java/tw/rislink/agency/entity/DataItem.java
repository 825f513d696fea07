package tw.rislink.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An entry of the data-item catalogue (資料項目表): what an agency may ask for, and the
 * transactions whose answers carry it. Retired, never deleted, since cases and permissions name it.
 */
@Entity
@Table(name = "rl_data_item")
@NamedQuery(name = DataItem.ALL, query = "SELECT i FROM DataItem i ORDER BY i.dataScope, i.code")
@NamedQuery(name = DataItem.BY_CODE, query = "SELECT i FROM DataItem i WHERE i.code = :code")
public class DataItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "DataItem.all";
    public static final String BY_CODE = "DataItem.byCode";

    @Id
    @SequenceGenerator(name = "rl_data_item_seq", sequenceName = "rl_data_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rl_data_item_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false, length = 10)
    private DataScope dataScope;

    /** Comma-separated transaction codes, e.g. RQ01,RQ02. */
    @Column(name = "transactions", nullable = false, length = 200)
    private String transactions;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DataItem() {}

    public DataItem(String code, String nameZh, String nameEn, DataScope dataScope, List<String> transactions) {
        this.code = Objects.requireNonNull(code);
        rename(nameZh, nameEn);
        this.dataScope = Objects.requireNonNull(dataScope);
        carriedBy(transactions);
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    public void carriedBy(List<String> transactions) {
        this.transactions = String.join(",", transactions);
    }

    public void retire(LocalDate on) {
        retiredOn = on;
    }

    public void reinstate() {
        retiredOn = null;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public List<String> transactionList() {
        return Arrays.stream(transactions.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    public Long getId() {
        return id;
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

    public DataScope getDataScope() {
        return dataScope;
    }

    public String getTransactions() {
        return transactions;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataItem item && id != null && id.equals(item.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
