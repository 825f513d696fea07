package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A structured address (門牌): county, town, village, neighbourhood, street ... floor. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "town_code")
    private String townCode;

    @Column(name = "village_code")
    private String villageCode;

    @Column(name = "neighbourhood")
    private int neighbourhood;

    @Column(name = "street")
    private String street;

    @Column(name = "section")
    private String section;

    @Column(name = "lane")
    private String lane;

    @Column(name = "alley")
    private String alley;

    @Column(name = "house_number")
    private String houseNumber;

    @Column(name = "floor")
    private String floor;

    protected Address() {}

    public Address(
            String countyCode,
            String townCode,
            String villageCode,
            int neighbourhood,
            String street,
            String section,
            String lane,
            String alley,
            String houseNumber,
            String floor) {
        this.countyCode = countyCode;
        this.townCode = townCode;
        this.villageCode = villageCode;
        this.neighbourhood = neighbourhood;
        this.street = street;
        this.section = section;
        this.lane = lane;
        this.alley = alley;
        this.houseNumber = houseNumber;
        this.floor = floor;
    }

    /** A copy with another house number, as after a renumbering (門牌整編). */
    public Address withHouseNumber(String number) {
        return new Address(
                countyCode, townCode, villageCode, neighbourhood, street, section, lane, alley, number, floor);
    }

    /** The address below the village as forms print it: {@code 12鄰中山路二段30巷5號3樓}. */
    public String line() {
        StringBuilder text =
                new StringBuilder().append(neighbourhood).append("鄰").append(street);
        if (section != null) {
            text.append(section).append("段");
        }
        if (lane != null) {
            text.append(lane).append("巷");
        }
        if (alley != null) {
            text.append(alley).append("弄");
        }
        text.append(houseNumber).append("號");
        if (floor != null) {
            text.append(floor).append("樓");
        }
        return text.toString();
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public int getNeighbourhood() {
        return neighbourhood;
    }

    public String getStreet() {
        return street;
    }

    public String getSection() {
        return section;
    }

    public String getLane() {
        return lane;
    }

    public String getAlley() {
        return alley;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getFloor() {
        return floor;
    }

    @Override
    public String toString() {
        return countyCode + "/" + townCode + "/" + villageCode + " " + line();
    }
}
