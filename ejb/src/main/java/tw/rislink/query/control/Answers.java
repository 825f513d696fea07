package tw.rislink.query.control;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.query.control.Answer.Items;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.register.entity.Address;
import tw.rislink.register.entity.Household;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.register.entity.IdCardPhoto;
import tw.rislink.register.entity.MilitaryRecord;
import tw.rislink.register.entity.Person;
import tw.rislink.register.entity.RegisterEvent;
import tw.rislink.register.entity.VillageStatistic;

/**
 * Builds the rows of every transaction from what the register holds, each field only for an
 * approved item ({@link Row#add}). Codes are the register's own (code tables, seed 001 §9), dates
 * ROC {@code yyyMMdd} as the registers exchange them (DOMAIN.md §8). The field names are the
 * contract of every channel (docs/ARCHITECTURE.md, "The data service").
 */
public final class Answers {

    private Answers() {}

    /**
     * A person's row: the ID as its key, then the approved items.
     *
     * @param household the person's household, for the address (null when unknown)
     * @param names the names of the person's parents and spouse by ID
     * @param relationship the relationship to the household's head, for a member row (else null)
     */
    public static Row person(
            Items items, Person p, Household household, Function<String, String> names, String relationship) {
        Row row = new Row("person")
                .key("personId", p.getId())
                .add(items, "PERSON_NAME", "name", p.getName())
                .add(items, "SEX", "sex", p.getSex())
                .add(items, "BIRTH_DATE", "birthDate", roc(p.getBirthDate()))
                .add(items, "HOUSEHOLD_NUMBER", "householdNumber", p.getHouseholdNumber());
        if (household != null) {
            address(items, row, household.getAddress());
        }
        row.add(items, "RELATIONSHIP", "relationship", relationship)
                .add(items, "PARENTS", "fatherName", nameOf(items, "PARENTS", names, p.getFatherId()))
                .add(items, "PARENTS", "motherName", nameOf(items, "PARENTS", names, p.getMotherId()))
                .add(items, "SPOUSE", "spouseName", nameOf(items, "SPOUSE", names, p.getSpouseId()))
                .add(items, "REMOVAL", "removedOn", roc(p.getRemovedOn()))
                .add(items, "REMOVAL", "removalReason", p.getRemovalReason());
        return row;
    }

    /** A household's row; the number is its key when it was asked by number, else an item. */
    public static Row household(Items items, Household h, boolean askedByNumber) {
        Row row = new Row("household");
        if (askedByNumber) {
            row.key("householdNumber", h.getNumber());
        } else {
            row.add(items, "HOUSEHOLD_NUMBER", "householdNumber", h.getNumber());
        }
        address(items, row, h.getAddress());
        return row;
    }

    private static void address(Items items, Row row, Address a) {
        if (a == null) {
            return;
        }
        row.add(items, "ADDRESS", "address", a.line())
                .add(items, "ADDRESS", "countyCode", a.getCountyCode())
                .add(items, "ADDRESS", "townCode", a.getTownCode())
                .add(items, "ADDRESS", "villageCode", a.getVillageCode());
    }

    /** RQ04: the person's name changes, oldest first. */
    public static void nameChanges(Items items, Row person, List<RegisterEvent> events) {
        if (!items.has("NAME_HISTORY")) {
            return;
        }
        events.stream()
                .filter(e -> "NAME_CHANGE".equals(e.getType()))
                .forEach(e -> person.child(new Row("nameChange")
                        .add(items, "NAME_HISTORY", "date", roc(e.getDate()))
                        .add(items, "NAME_HISTORY", "formerName", e.getOldValue())
                        .add(items, "NAME_HISTORY", "newName", e.getNewValue())));
    }

    /** RQ14: the house-number changes of a household's address, oldest first. */
    public static void addressChanges(Items items, Row household, List<RegisterEvent> events) {
        if (!items.has("ADDRESS_CHANGES")) {
            return;
        }
        // Every member's record carries the household's change: one row per day and address.
        Map<String, RegisterEvent> distinct = new TreeMap<>();
        for (RegisterEvent e : events) {
            if ("ADDRESS_CHANGE".equals(e.getType())) {
                distinct.putIfAbsent(roc(e.getDate()) + "|" + e.getOldValue() + "|" + e.getNewValue(), e);
            }
        }
        distinct.values()
                .forEach(e -> household.child(new Row("addressChange")
                        .add(items, "ADDRESS_CHANGES", "date", roc(e.getDate()))
                        .add(items, "ADDRESS_CHANGES", "formerAddress", e.getOldValue())
                        .add(items, "ADDRESS_CHANGES", "newAddress", e.getNewValue())));
    }

    /** The person's ID cards, oldest first (RQ02 with the ID_CARD_ISSUE item). */
    public static void cards(Items items, Row person, List<IdCardIssue> cards) {
        if (!items.has("ID_CARD_ISSUE")) {
            return;
        }
        cards.forEach(c -> person.child(new Row("idCard")
                .add(items, "ID_CARD_ISSUE", "issuedOn", roc(c.getIssuedOn()))
                .add(items, "ID_CARD_ISSUE", "applyCode", c.getApplyCode())
                .add(items, "ID_CARD_ISSUE", "issueSite", c.getIssueSite())
                .add(items, "ID_CARD_ISSUE", "reportedLostOn", roc(c.getReportedLostOn()))));
    }

    /**
     * PH01: the latest card's photo (ID_CARD_PHOTO) as a child row: the image's media type and the
     * image in base64, as JSON and XML carry bytes. Not the card's issue date, which is
     * ID_CARD_ISSUE's.
     */
    public static void photo(Items items, Row person, IdCardPhoto photo) {
        if (!items.has("ID_CARD_PHOTO")) {
            return;
        }
        person.child(new Row("idCardPhoto")
                .add(items, "ID_CARD_PHOTO", "mediaType", photo.getMediaType())
                .add(items, "ID_CARD_PHOTO", "image", Base64.getEncoder().encodeToString(photo.getImage())));
    }

    /**
     * MS01: the current service category (MILITARY_STATUS, from the latest record) and every
     * record with its dates and remark (MILITARY_CHANGES), oldest first.
     */
    public static void military(Items items, Row person, List<MilitaryRecord> records) {
        if (!records.isEmpty()) {
            MilitaryRecord latest = records.get(records.size() - 1);
            person.add(items, "MILITARY_STATUS", "serviceCategory", latest.getCategory())
                    .add(items, "MILITARY_STATUS", "serviceFrom", roc(latest.getFrom()))
                    .add(items, "MILITARY_STATUS", "serviceTo", roc(latest.getTo()));
        }
        if (!items.has("MILITARY_CHANGES")) {
            return;
        }
        records.forEach(r -> person.child(new Row("militaryRecord")
                .add(items, "MILITARY_CHANGES", "category", r.getCategory())
                .add(items, "MILITARY_CHANGES", "from", roc(r.getFrom()))
                .add(items, "MILITARY_CHANGES", "to", roc(r.getTo()))
                .add(items, "MILITARY_CHANGES", "remark", r.getRemark())));
    }

    /**
     * ST01: one row per area of the level asked, with the open-data columns (DOMAIN.md §8a). Counts
     * of people and households are the period's last month (a stock); births, deaths, marriages
     * and divorces are summed over the period's months (a flow).
     *
     * @param months the statistics of every village of the area in the period's months
     */
    public static List<Row> statistics(Items items, String period, String level, List<VillageStatistic> months) {
        int digits = Condition.levelDigits(level);
        String last = months.stream()
                .map(VillageStatistic::getMonth)
                .max(Comparator.naturalOrder())
                .orElse(null);
        Map<String, long[]> byArea = new TreeMap<>();
        for (VillageStatistic s : months) {
            long[] sum = byArea.computeIfAbsent(s.getVillageCode().substring(0, digits), k -> new long[13]);
            if (s.getMonth().equals(last)) {
                sum[0] += s.getHouseholds();
                sum[1] += s.getTotal();
                sum[2] += s.getMale();
                sum[3] += s.getFemale();
                sum[4] += s.getAge0to14();
                sum[5] += s.getAge15to64();
                sum[6] += s.getAge65up();
            }
            sum[7] += s.getBirthMale();
            sum[8] += s.getBirthFemale();
            sum[9] += s.getDeathMale();
            sum[10] += s.getDeathFemale();
            sum[11] += s.getMarriages();
            sum[12] += s.getDivorces();
        }
        return byArea.entrySet().stream()
                .map(area -> {
                    long[] v = area.getValue();
                    String stats = "POPULATION_STATS";
                    return new Row("area")
                            .key("areaCode", area.getKey())
                            .key("period", period)
                            .add(items, stats, "household_no", String.valueOf(v[0]))
                            .add(items, stats, "people_total", String.valueOf(v[1]))
                            .add(items, stats, "people_total_m", String.valueOf(v[2]))
                            .add(items, stats, "people_total_f", String.valueOf(v[3]))
                            .add(items, stats, "people_age_000_014", String.valueOf(v[4]))
                            .add(items, stats, "people_age_015_064", String.valueOf(v[5]))
                            .add(items, stats, "people_age_065_up", String.valueOf(v[6]))
                            .add(items, stats, "birth_total", String.valueOf(v[7] + v[8]))
                            .add(items, stats, "birth_total_m", String.valueOf(v[7]))
                            .add(items, stats, "birth_total_f", String.valueOf(v[8]))
                            .add(items, stats, "death_m", String.valueOf(v[9]))
                            .add(items, stats, "death_f", String.valueOf(v[10]))
                            .add(items, stats, "marry_pair", String.valueOf(v[11]))
                            .add(items, stats, "divorce_pair", String.valueOf(v[12]));
                })
                .toList();
    }

    /** The ROC months ({@code yyyMM}) of a period: the month itself, a quarter's three, a year's twelve. */
    public static List<String> monthsOf(String period) {
        if (period.matches("\\d{5}")) {
            return List.of(period);
        }
        String year = period.substring(0, 3);
        int first = period.length() == 3 ? 1 : (period.charAt(4) - '1') * 3 + 1;
        int count = period.length() == 3 ? 12 : 3;
        return IntStream.range(first, first + count)
                .mapToObj(m -> year + String.format("%02d", m))
                .toList();
    }

    /**
     * V1C103 / V1C104: "1" where the register matches, "0" where it does not, "N/A" where the
     * condition was not sent; checkAll is "1" only when every condition sent matches.
     *
     * @param p the person, or null when the ID is not in use in the register
     * @param card the card the person carries now (the latest issued), or null
     */
    public static Row checks(Transaction transaction, Condition c, Person p, IdCardIssue card) {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("checkPersonId", p != null ? "1" : "0");
        checks.put("checkBirthDate", check(c.birthDate(), p != null ? roc(p.getBirthDate()) : null));
        if (transaction == Transaction.V1C104) {
            boolean valid = card != null && card.getReportedLostOn() == null;
            checks.put(
                    "checkAreaCode",
                    c.issueAreas().isEmpty()
                            ? "N/A"
                            : valid && c.issueAreas().contains(card.getIssueSite()) ? "1" : "0");
            checks.put("checkIdMark", check(c.idMark(), valid ? card.getApplyCode() : null));
            checks.put("checkIdMarkDate", check(c.idMarkDate(), valid ? roc(card.getIssuedOn()) : null));
            checks.put("checkHouseholdId", check(c.householdNumber(), p != null ? p.getHouseholdNumber() : null));
        }
        boolean all = checks.values().stream().allMatch(v -> !"0".equals(v));
        Row row = new Row("check").key("checkAll", all ? "1" : "0");
        checks.forEach(row::key);
        return row;
    }

    private static String check(String sent, String held) {
        if (sent == null) {
            return "N/A";
        }
        return sent.equals(held) ? "1" : "0";
    }

    /** A relative's name, looked up in the register only when the item that shows it is approved. */
    private static String nameOf(Items items, String item, Function<String, String> names, String id) {
        return id == null || !items.has(item) ? null : names.apply(id);
    }

    /** A date as the registers exchange it, ROC yyyMMdd; null stays null. */
    public static String roc(LocalDate date) {
        return date == null ? null : RocDate.formatCompact(date);
    }
}
