package tw.rislink.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/** A village's population figures for a month (ROC {@code yyyMM}), the open-data columns. */
@Entity
@ReadOnly
@IdClass(VillageStatistic.Key.class)
@Table(name = "rg_village_stat")
public class VillageStatistic {

    @Id
    @Column(name = "stat_month")
    private String month;

    @Id
    @Column(name = "village_code")
    private String villageCode;

    @Column(name = "household_no")
    private int households;

    @Column(name = "people_total")
    private int total;

    @Column(name = "people_m")
    private int male;

    @Column(name = "people_f")
    private int female;

    @Column(name = "age_0_14")
    private int age0to14;

    @Column(name = "age_15_64")
    private int age15to64;

    @Column(name = "age_65_up")
    private int age65up;

    @Column(name = "birth_m")
    private int birthMale;

    @Column(name = "birth_f")
    private int birthFemale;

    @Column(name = "death_m")
    private int deathMale;

    @Column(name = "death_f")
    private int deathFemale;

    @Column(name = "marry_pair")
    private int marriages;

    @Column(name = "divorce_pair")
    private int divorces;

    protected VillageStatistic() {}

    public String getMonth() {
        return month;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public int getHouseholds() {
        return households;
    }

    public int getTotal() {
        return total;
    }

    public int getMale() {
        return male;
    }

    public int getFemale() {
        return female;
    }

    public int getAge0to14() {
        return age0to14;
    }

    public int getAge15to64() {
        return age15to64;
    }

    public int getAge65up() {
        return age65up;
    }

    public int getBirthMale() {
        return birthMale;
    }

    public int getBirthFemale() {
        return birthFemale;
    }

    public int getDeathMale() {
        return deathMale;
    }

    public int getDeathFemale() {
        return deathFemale;
    }

    public int getMarriages() {
        return marriages;
    }

    public int getDivorces() {
        return divorces;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String month;
        private String villageCode;

        public Key() {}

        public Key(String month, String villageCode) {
            this.month = month;
            this.villageCode = villageCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(month, that.month)
                    && Objects.equals(villageCode, that.villageCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(month, villageCode);
        }
    }
}
