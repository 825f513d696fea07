package tw.rislink.register.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.register.entity.Address;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.NationalId;

/**
 * A synthetic household and military register, the same for the same seed, day and size.
 *
 * <p>Counties get persons in proportion to their real populations; households are singles,
 * couples, parents with children and three generations; every person has a life history that
 * holds together: born, moved in, married, renamed, renumbered, re-addressed (門牌異動),
 * removed (除戶) for death or emigration; ID cards first issued at 14, renewed in the
 * nationwide renewal of 2005, replaced after a loss, some currently reported lost; men have
 * military service periods. Nothing happens after the day the register is generated "as of".
 * A share of given names uses characters outside Big5, which the encodings must report.
 */
public final class SyntheticRegister {

    public record Town(String code, String countyCode, String name) {}

    public record Summary(int persons, int households, int villages) {}

    static final String[] SURNAMES = {
        "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "洪", "郭", "邱", "曾", "廖", "賴", "徐",
        "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高", "潘", "簡", "朱", "鍾", "游", "彭", "詹", "胡", "施", "沈"
    };
    /** Relative frequencies of the surnames above (陳 about 11 %, 林 8 %, ...). */
    private static final int[] SURNAME_WEIGHTS = {
        110, 83, 60, 53, 51, 41, 40, 31, 29, 26, 23, 21, 18, 17, 17, 15, 15, 14, 13, 13, 12, 12, 11, 11, 10, 9, 9, 9, 9,
        8, 8, 7, 7, 7, 7, 6, 6, 6, 6, 6
    };

    static final String MALE_CHARACTERS = "志明家豪俊傑建宏承翰冠宇柏彥宗育霖哲偉智勝文彬國華信宏子軒品睿宥廷";
    static final String FEMALE_CHARACTERS = "淑芬美玲雅婷怡君佩珊欣怡惠如秀英麗華宜庭筱涵詩婷佳蓉心妤子晴品妍芷";
    /** Outside Big5, inside CNS 11643 (EUC-TW): names that Big5 cannot carry. */
    static final String[] RARE_CHARACTERS = {"堃", "犇", "𠀋", "喆", "煊", "峯", "𡘙", "𪚥", "㵘", "䒟"};

    private static final String[] VILLAGE_NAMES = {
        "中正", "中山", "民生", "民權", "仁愛", "信義", "和平", "復興", "光復", "忠孝", "建國", "文化", "新興", "永安", "長安",
        "福德", "大同", "興隆", "平安", "龍山", "東興", "西門", "南門", "北門", "中興", "新生", "成功", "自強", "福安", "太平",
        "光明", "安和", "德興", "昇平", "明德", "崇德", "忠義", "永福", "溪洲", "頂埔"
    };
    private static final String[] STREETS = {
        "中山路", "中正路", "民生路", "民族路", "民權路", "和平路", "復興路", "建國路", "成功路", "光復路", "自由路", "忠孝路", "仁愛路", "信義路", "文化路", "大同路",
        "中華路", "三民路", "四維路", "五福路"
    };
    private static final String[] SECTIONS = {"一", "二", "三", "四"};

    static final LocalDate NATIONWIDE_RENEWAL_START = LocalDate.of(2005, 1, 1);
    static final LocalDate FIRST_CARDS = LocalDate.of(1947, 1, 1);

    private final long seed;
    private final LocalDate asOf;
    private final Map<String, List<Town>> townsByCounty = new LinkedHashMap<>();
    private final Map<String, CountyProfile> profiles = new HashMap<>();

    private SplittableRandom random;
    private RegisterSink sink;
    private final Map<String, Integer> idCounters = new HashMap<>();
    private final Map<Character, Integer> householdCounters = new HashMap<>();
    private final Map<String, Integer> formCounters = new HashMap<>();
    private long membershipIds;
    private long eventIds;
    private long cardIds;
    private long militaryIds;
    private long formIds;
    private int persons;

    public SyntheticRegister(long seed, LocalDate asOf, List<Town> towns) {
        this.seed = seed;
        this.asOf = asOf;
        for (CountyProfile profile : CountyProfile.ALL) {
            profiles.put(profile.code(), profile);
            townsByCounty.put(profile.code(), new ArrayList<>());
        }
        for (Town town : towns) {
            List<Town> list = townsByCounty.get(town.countyCode());
            if (list != null) {
                list.add(town);
            }
        }
        townsByCounty.forEach((county, list) -> {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("No towns for county " + county + " in the code table");
            }
        });
    }

    /** Generates about {@code target} persons in the register (removed ones come on top). */
    public Summary generate(int target, RegisterSink into) {
        if (target < 1) {
            throw new IllegalArgumentException("A register needs at least one person, not " + target);
        }
        this.random = new SplittableRandom(seed);
        this.sink = into;
        int households = 0;
        int villages = 0;
        int total = CountyProfile.totalThousands();
        for (CountyProfile county : CountyProfile.ALL) {
            int quota = Math.max(1, (int) Math.round((double) target * county.thousands() / total));
            List<Town> towns = townsByCounty.get(county.code());
            List<List<String>> villagesByTown = new ArrayList<>();
            double[] weights = new double[towns.size()];
            double weightSum = 0;
            for (int i = 0; i < towns.size(); i++) {
                weights[i] = 1 / Math.sqrt(i + 1);
                weightSum += weights[i];
            }
            for (int i = 0; i < towns.size(); i++) {
                double expected = quota * weights[i] / weightSum;
                int count = (int) Math.max(2, Math.min(40, Math.round(expected / 3000)));
                villagesByTown.add(villages(towns.get(i), count));
                villages += count;
            }
            int start = persons;
            while (persons - start < quota) {
                int t = pick(weights, weightSum);
                List<String> townVillages = villagesByTown.get(t);
                household(county, towns.get(t), townVillages.get(random.nextInt(townVillages.size())));
                households++;
            }
        }
        return new Summary(persons, households, villages);
    }

    private List<String> villages(Town town, int count) {
        List<String> codes = new ArrayList<>();
        int offset = Math.floorMod(town.code().hashCode(), VILLAGE_NAMES.length);
        String suffix = town.name().endsWith("鄉") ? "村" : "里";
        for (int i = 0; i < count; i++) {
            String code = town.code() + String.format("%03d", i + 1);
            String name = VILLAGE_NAMES[(offset + i) % VILLAGE_NAMES.length]
                    + (i >= VILLAGE_NAMES.length ? String.valueOf(i / VILLAGE_NAMES.length + 1) : "")
                    + suffix;
            sink.village(new RegisterSink.Village(code, town.code(), town.countyCode(), name));
            codes.add(code);
        }
        return codes;
    }

    private int pick(double[] weights, double sum) {
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One household with its members and their histories. */
    private void household(CountyProfile county, Town town, String village) {
        boolean formerCountyPart = random.nextBoolean();
        int headAge = 25 + (int) Math.round(Math.abs(random.nextGaussian()) * 22);
        headAge = Math.min(headAge, 92);
        LocalDate headBirth = birthDate(headAge);
        int settledYears = random.nextInt(Math.max(1, Math.min(headAge - 20, 40)));
        LocalDate established = asOf.minusYears(settledYears).minusDays(random.nextInt(365));
        if (established.isBefore(headBirth.plusYears(20))) {
            established = headBirth.plusYears(20);
        }
        String number = householdNumber(county.letter(established, formerCountyPart));
        Address address = address(county, town, village);

        double shape = random.nextDouble();
        boolean single = shape < 0.22;
        boolean singleParent = !single && shape < 0.32;
        boolean threeGenerations = shape >= 0.87;
        boolean couple = !single && !singleParent;
        char headSex = random.nextInt(100) < 70 ? 'M' : 'F';

        List<Member> members = new ArrayList<>();
        Member head = person(county, formerCountyPart, headSex, headBirth, null);
        head.relationship = "01";
        head.movedIn = established;
        members.add(head);
        Member spouse = null;
        if (couple) {
            char sex = headSex == 'M' ? 'F' : 'M';
            int gap = random.nextInt(10) - 3;
            LocalDate spouseBirth = headSex == 'M' ? headBirth.plusYears(gap) : headBirth.minusYears(gap);
            if (spouseBirth.isAfter(established.minusYears(18))) {
                spouseBirth = established.minusYears(18).minusDays(random.nextInt(900));
            }
            spouse = person(county, random.nextInt(5) == 0, sex, spouseBirth, null);
            spouse.relationship = "02";
            spouse.movedIn = established;
            spouse.married = established;
            head.married = established;
            head.spouse = spouse;
            spouse.spouse = head;
            members.add(spouse);
        }
        if (!single) {
            int children = singleParent ? 1 + random.nextInt(2) : random.nextInt(4);
            Member father = headSex == 'M' ? head : spouse;
            Member mother = headSex == 'F' ? head : spouse;
            LocalDate earliest = (couple ? established : head.birthDate.plusYears(22));
            LocalDate latest = min(asOf, (mother != null ? mother : head).birthDate.plusYears(44));
            for (int i = 0; i < children && earliest.isBefore(latest); i++) {
                LocalDate birth = earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
                char sex = random.nextBoolean() ? 'M' : 'F';
                Member child = person(county, formerCountyPart, sex, birth, head.surname);
                child.father = father;
                child.mother = mother;
                child.relationship = sex == 'M' ? "05" : "06";
                child.movedIn = birth.isBefore(established) ? established : birth;
                child.bornHere = !birth.isBefore(established);
                members.add(child);
            }
        }
        if (threeGenerations) {
            for (char sex : new char[] {'M', 'F'}) {
                LocalDate birth = head.birthDate.minusYears(22 + random.nextInt(14));
                if (ChronoUnit.YEARS.between(birth, asOf) > 100) {
                    continue;
                }
                Member parent = person(county, formerCountyPart, sex, birth, sex == 'M' ? head.surname : null);
                parent.relationship = sex == 'M' ? "03" : "04";
                parent.movedIn =
                        established.plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(established, asOf))));
                long age = ChronoUnit.YEARS.between(birth, asOf);
                if (age > 75 && random.nextInt(100) < 35) {
                    parent.removedOn = randomDay(parent.movedIn, asOf);
                    parent.removalReason = "1";
                }
                members.add(parent);
            }
            if (head.father == null) {
                head.father = members.stream()
                        .filter(m -> "03".equals(m.relationship))
                        .findFirst()
                        .orElse(null);
                head.mother = members.stream()
                        .filter(m -> "04".equals(m.relationship))
                        .findFirst()
                        .orElse(null);
            }
        }
        for (Member member : members) {
            boolean adult = ChronoUnit.YEARS.between(member.birthDate, asOf) >= 20;
            if (member != head && member.removedOn == null && adult && random.nextInt(1000) < 15) {
                member.removedOn = randomDay(max(member.movedIn, member.birthDate.plusYears(18)), asOf);
                member.removalReason = "3";
            }
        }
        if (singleParent && random.nextInt(100) < 60) {
            head.divorced = randomDay(max(established, head.birthDate.plusYears(22)), asOf);
        }

        sink.household(new RegisterSink.Household(number, single ? "3" : "1", head.id, address, established));
        for (Member member : members) {
            write(member, number, county, formerCountyPart, town);
        }
        if (random.nextInt(100) < 5) {
            LocalDate day = randomDay(established, asOf);
            Address renumbered = address.withHouseNumber(String.valueOf(1 + random.nextInt(300)));
            for (Member member : members) {
                if (!member.movedIn.isAfter(day) && (member.removedOn == null || member.removedOn.isAfter(day))) {
                    event(member.id, "ADDRESS_CHANGE", day, number, address.line(), renumbered.line(), null, town);
                }
            }
        }
    }

    private void write(Member m, String household, CountyProfile county, boolean formerCountyPart, Town town) {
        persons += m.removedOn == null ? 1 : 0;
        sink.person(new RegisterSink.Person(
                m.id,
                m.name,
                m.sex,
                m.birthDate,
                m.birthPlace,
                m.father == null ? null : m.father.id,
                m.mother == null ? null : m.mother.id,
                m.spouse == null ? null : m.spouse.id,
                household,
                m.removedOn,
                m.removalReason));
        sink.membership(
                new RegisterSink.Membership(++membershipIds, household, m.id, m.relationship, m.movedIn, m.removedOn));
        event(m.id, "BIRTH", m.birthDate, m.bornHere ? household : null, null, m.birthPlace, null, town);
        if (!m.bornHere) {
            event(m.id, "MOVE_IN", m.movedIn, household, null, household, null, town);
        }
        if (m.married != null) {
            event(m.id, "MARRIAGE", m.married, household, null, m.spouse.id, null, town);
        }
        if (m.divorced != null) {
            event(m.id, "DIVORCE", m.divorced, household, null, null, null, town);
        }
        LocalDate end = m.removedOn == null ? asOf : m.removedOn;
        LocalDate renamed = null;
        if (random.nextInt(1000) < 15 && m.birthDate.plusYears(18).isBefore(end)) {
            renamed = randomDay(max(m.birthDate.plusYears(18), m.movedIn), end);
            event(m.id, "NAME_CHANGE", renamed, household, m.formerName, m.name, null, town);
        }
        if (random.nextInt(1000) < 2 && m.birthDate.plusYears(1).isBefore(end)) {
            LocalDate day = randomDay(max(m.birthDate.plusYears(1), m.movedIn), end);
            String retired = nationalId(m.id.charAt(0), m.sex);
            sink.retiredId(new RegisterSink.RetiredId(retired, m.id, day));
            event(m.id, "ID_CHANGE", day, household, retired, m.id, null, null);
        }
        cards(m, county, formerCountyPart, renamed, end);
        if (m.sex == 'M') {
            military(m, end);
        }
        if (m.removedOn != null) {
            event(m.id, "REMOVAL", m.removedOn, household, null, null, m.removalReason, town);
        }
    }

    private void cards(Member m, CountyProfile county, boolean formerCountyPart, LocalDate renamed, LocalDate end) {
        LocalDate first =
                max(m.birthDate.plusYears(14).plusDays(random.nextInt(300)), FIRST_CARDS.plusDays(random.nextInt(700)));
        if (!first.isBefore(end)) {
            return;
        }
        List<LocalDate> days = new ArrayList<>();
        List<Character> codes = new ArrayList<>();
        days.add(first);
        codes.add('1');
        if (first.isBefore(NATIONWIDE_RENEWAL_START) && end.isAfter(NATIONWIDE_RENEWAL_START.plusYears(1))) {
            days.add(NATIONWIDE_RENEWAL_START.plusDays(random.nextInt(365)));
            codes.add('3');
        }
        if (renamed != null && renamed.isAfter(days.get(days.size() - 1))) {
            days.add(renamed.plusDays(random.nextInt(20)));
            codes.add('3');
        }
        LocalDate last = days.get(days.size() - 1);
        if (random.nextInt(100) < 6 && last.plusDays(30).isBefore(end)) {
            days.add(randomDay(last.plusDays(30), end));
            codes.add('2');
        }
        for (int i = 0; i < days.size(); i++) {
            LocalDate issued = min(days.get(i), end);
            LocalDate lost = null;
            if (i + 1 < days.size() && codes.get(i + 1) == '2') {
                lost = max(issued, days.get(i + 1).minusDays(1 + random.nextInt(10)));
            } else if (i + 1 == days.size() && m.removedOn == null && random.nextInt(100) < 1) {
                lost = randomDay(issued, asOf);
            }
            sink.idCard(new RegisterSink.IdCard(
                    ++cardIds, m.id, issued, codes.get(i), county.issueSite(issued, formerCountyPart), lost));
        }
    }

    private void military(Member m, LocalDate end) {
        LocalDate eighteen = m.birthDate.plusYears(18);
        if (!eighteen.isBefore(end) || m.birthDate.isBefore(asOf.minusYears(60))) {
            return;
        }
        int path = random.nextInt(100);
        if (path < 8) {
            militaryRow(m.id, '2', eighteen.plusYears(1), null, "體位免役");
            return;
        }
        LocalDate enlisted = eighteen.plusYears(1 + random.nextInt(5)).plusDays(random.nextInt(365));
        if (!enlisted.isBefore(end)) {
            militaryRow(m.id, '1', eighteen, null, "待入營");
            return;
        }
        militaryRow(m.id, '1', eighteen, enlisted, "待入營");
        boolean alternative = path < 18;
        LocalDate discharged = enlisted.plusYears(1);
        if (!discharged.isBefore(end)) {
            militaryRow(m.id, alternative ? '4' : '1', enlisted, null, alternative ? "替代役服役" : "常備兵役在營");
            return;
        }
        militaryRow(m.id, alternative ? '4' : '1', enlisted, discharged, alternative ? "替代役服役" : "常備兵役在營");
        LocalDate thirtySix = m.birthDate.plusYears(36);
        if (thirtySix.isBefore(end)) {
            militaryRow(m.id, '3', discharged, thirtySix, "後備軍人");
            militaryRow(m.id, '5', thirtySix, null, "退伍除役");
        } else {
            militaryRow(m.id, '3', discharged, null, "後備軍人");
        }
    }

    private void militaryRow(String personId, char category, LocalDate from, LocalDate to, String remark) {
        sink.military(new RegisterSink.Military(++militaryIds, personId, category, from, to, remark));
    }

    private void event(
            String personId,
            String type,
            LocalDate day,
            String household,
            String oldValue,
            String newValue,
            String reason,
            Town town) {
        long id = ++eventIds;
        sink.event(new RegisterSink.Event(id, personId, type, day, household, oldValue, newValue, reason));
        if (town != null && !type.equals("ADDRESS_CHANGE") && !type.equals("DIVORCE")) {
            String year = String.format("%03d", day.getYear() - RocDate.YEAR_OFFSET);
            int serial = formCounters.merge(town.code() + year, 1, Integer::sum);
            sink.application(new RegisterSink.Application(
                    ++formIds,
                    town.code() + year + String.format("%06d", serial),
                    id,
                    personId,
                    household,
                    type,
                    day,
                    town.code()));
        }
    }

    private Member person(CountyProfile county, boolean formerCountyPart, char sex, LocalDate birth, String surname) {
        CountyProfile birthCounty = county;
        if (random.nextInt(100) < 20) {
            birthCounty = CountyProfile.ALL.get(random.nextInt(CountyProfile.ALL.size()));
        }
        Member m = new Member();
        m.sex = sex;
        m.birthDate = birth;
        m.birthPlace = birthCounty.issueSite(birth, formerCountyPart);
        m.id = nationalId(birthCounty.letter(birth, formerCountyPart), sex);
        m.surname = surname != null ? surname : surname();
        m.name = m.surname + givenName(sex);
        m.formerName = m.surname + givenName(sex);
        return m;
    }

    private String surname() {
        int total = 0;
        for (int w : SURNAME_WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < SURNAMES.length; i++) {
            r -= SURNAME_WEIGHTS[i];
            if (r < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    private String givenName(char sex) {
        String characters = sex == 'M' ? MALE_CHARACTERS : FEMALE_CHARACTERS;
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(characters.charAt(random.nextInt(characters.length())));
        }
        if (random.nextInt(1000) < 15) {
            name.replace(name.length() - 1, name.length(), RARE_CHARACTERS[random.nextInt(RARE_CHARACTERS.length)]);
        }
        return name.toString();
    }

    /**
     * A new national ID: serial numbers per letter and sex run through all seven-digit values in
     * a scattered order (a step coprime to 10⁷), so numbers never repeat within a register.
     */
    private String nationalId(char letter, char sex) {
        int sexDigit = sex == 'M' ? 1 : 2;
        int k = idCounters.merge(letter + "" + sexDigit, 1, Integer::sum);
        if (k >= 10_000_000) {
            throw new IllegalStateException("More than 10 million IDs for " + letter + sexDigit);
        }
        long serial = Math.floorMod(seed * 7919 + (long) k * 7_654_321L, 10_000_000L);
        return NationalId.citizen(letter, sexDigit, String.format("%07d", serial))
                .value();
    }

    private String householdNumber(char letter) {
        int k = householdCounters.merge(letter, 1, Integer::sum);
        if (k >= 1_000_000) {
            throw new IllegalStateException("More than a million households for county letter " + letter);
        }
        long serial = Math.floorMod(seed * 104_729 + (long) k * 654_321L, 1_000_000L);
        return HouseholdNumber.of(letter, String.format("%06d", serial)).value();
    }

    private Address address(CountyProfile county, Town town, String village) {
        boolean lane = random.nextInt(100) < 40;
        return new Address(
                county.code(),
                town.code(),
                village,
                1 + random.nextInt(30),
                STREETS[random.nextInt(STREETS.length)],
                random.nextInt(100) < 30 ? SECTIONS[random.nextInt(SECTIONS.length)] : null,
                lane ? String.valueOf(1 + random.nextInt(300)) : null,
                lane && random.nextInt(100) < 30 ? String.valueOf(1 + random.nextInt(20)) : null,
                String.valueOf(1 + random.nextInt(300)),
                random.nextInt(100) < 60 ? String.valueOf(1 + random.nextInt(15)) : null);
    }

    private LocalDate birthDate(int age) {
        return asOf.minusYears(age).minusDays(random.nextInt(365));
    }

    private LocalDate randomDay(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? to : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static final class Member {
        String id;
        String name;
        String formerName;
        String surname;
        char sex;
        LocalDate birthDate;
        String birthPlace;
        Member father;
        Member mother;
        Member spouse;
        String relationship;
        LocalDate movedIn;
        LocalDate married;
        LocalDate divorced;
        LocalDate removedOn;
        String removalReason;
        boolean bornHere;
    }
}
