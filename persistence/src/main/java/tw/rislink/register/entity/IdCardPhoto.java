package tw.rislink.register.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/** The photo image of a person's latest ID card (國民身分證相片影像, seed 001 §5). */
@Entity
@ReadOnly
@Table(name = "rg_id_photo")
public class IdCardPhoto {

    @Id
    @Column(name = "person_id")
    private String personId;

    /** The card (rg_id_card) whose application carried the photo. */
    @Column(name = "card_id")
    private long cardId;

    @Column(name = "media_type")
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image")
    private byte[] image;

    protected IdCardPhoto() {}

    public String getPersonId() {
        return personId;
    }

    public long getCardId() {
        return cardId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getImage() {
        return image.clone();
    }
}
