package tw.rislink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import tw.rislink.agency.entity.DataItem;

/** A data item a case asks for, with the legal basis the applicant names for it. */
@Entity
@Table(name = "rl_linking_item")
@IdClass(CaseItem.Key.class)
public class CaseItem {

    /** The primary key: case and item. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long linkingCase;
        private Long item;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(linkingCase, key.linkingCase)
                    && Objects.equals(item, key.item);
        }

        @Override
        public int hashCode() {
            return Objects.hash(linkingCase, item);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private LinkingCase linkingCase;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "data_item_id", nullable = false)
    private DataItem item;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    protected CaseItem() {}

    CaseItem(LinkingCase linkingCase, DataItem item, String legalBasis) {
        this.linkingCase = linkingCase;
        this.item = Objects.requireNonNull(item);
        this.legalBasis = Objects.requireNonNull(legalBasis);
    }

    void basedOn(String legalBasis) {
        this.legalBasis = Objects.requireNonNull(legalBasis);
    }

    public DataItem getItem() {
        return item;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
