package tw.rislink.audit.web;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.audit.boundary.AuditSearch;
import tw.rislink.audit.control.AuditExport;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Chart;
import tw.rislink.platform.web.Texts;

/** The auditor's search of the audit trail: criteria, results, a record's details, exports and the volume chart. */
@Named
@ViewScoped
public class AuditSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Agencies drawn separately in the chart; the rest are summed as "others". */
    static final int CHART_AGENCIES = 8;

    static final List<String> COLUMNS = List.of(
            "time",
            "user",
            "agency",
            "address",
            "channel",
            "action",
            "transaction",
            "subject",
            "caseNumber",
            "reason",
            "dataItems",
            "outcome",
            "chain");

    private static final String[] COLOURS = {
        "#2563eb", "#db2777", "#16a34a", "#ea580c", "#7c3aed", "#0891b2", "#ca8a04", "#dc2626", "#6b7280"
    };

    @EJB
    private AuditSearch search;

    @Inject
    private AuditNames names;

    private LocalDate from;
    private LocalDate to;
    private String agencyCode;
    private String userName;
    private String personId;
    private String transactionCode;
    private String caseNumber;
    private List<AuditRecord> records = List.of();
    private AuditRecord selected;
    /** What the records shown were searched with, as the exports state it; the form may have changed since. */
    private String searched;

    private LocalDate searchedFrom;
    private LocalDate searchedTo;
    private List<AuditSearch.Volume> volume;
    private String chartLanguage;
    private Chart volumeChart;

    @PostConstruct
    void init() {
        to = TaiwanTime.now().toLocalDate();
        from = to.minusDays(6);
    }

    public void search() {
        try {
            AuditSearch.Criteria criteria = criteria();
            records = search.search(criteria, Faces.getRemoteUser(), Faces.getRemoteAddr());
            searched = describe(criteria);
            searchedFrom = criteria.from();
            searchedTo = criteria.to();
            volume = search.volume(criteria);
            chartLanguage = null;
            if (records.size() >= AuditSearch.MAX_RESULTS) {
                Messages.addGlobalWarn(Texts.get("audit.search.tooMany", AuditSearch.MAX_RESULTS));
            }
        } catch (InvalidInputException e) {
            // Every refusal of the criteria is about the period; a missing start is the start's.
            Components.invalidateInput(
                    e.key().equals("invalid.audit.noPeriod") && from == null ? "criteria:from" : "criteria:to",
                    Texts.of(e));
        }
    }

    public void exportExcel() throws IOException {
        Faces.sendFile(AuditExport.xlsx(heading(), headers(), records, names), fileName("xlsx"), true);
    }

    public void exportPdf() throws IOException {
        Faces.sendFile(AuditExport.pdf(heading(), headers(), records, names), fileName("pdf"), true);
    }

    private AuditExport.Heading heading() {
        return new AuditExport.Heading(
                title(),
                List.of(
                        Texts.get("audit.export.criteria", searched),
                        Texts.get("audit.search.count", records.size()),
                        Texts.get("audit.export.exporter", Faces.getRemoteUser()),
                        Texts.get(
                                "audit.export.time",
                                RocDate.format(TaiwanTime.now().withNano(0)))),
                Texts.get("audit.export.page"));
    }

    /** The period and every criterion given, by the labels of the search form. */
    private static String describe(AuditSearch.Criteria c) {
        List<String> parts = new ArrayList<>();
        parts.add(Texts.get("audit.export.period", RocDate.format(c.from()), RocDate.format(c.to())));
        criterion(parts, "audit.column.agency", c.agencyCode());
        criterion(parts, "audit.column.user", c.userName());
        criterion(parts, "audit.search.personId", c.personId());
        criterion(parts, "audit.column.transaction", c.transactionCode());
        criterion(parts, "audit.column.caseNumber", c.caseNumber());
        return String.join(Texts.get("audit.export.separator"), parts);
    }

    private static void criterion(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(Texts.get("audit.export.criterion", Texts.get(label), value.strip()));
        }
    }

    private AuditSearch.Criteria criteria() {
        return new AuditSearch.Criteria(from, to, agencyCode, userName, personId, transactionCode, caseNumber);
    }

    private String title() {
        return Texts.get("audit.search.title");
    }

    private List<String> headers() {
        return COLUMNS.stream().map(c -> Texts.get("audit.column." + c)).toList();
    }

    /** {@code audit-115-12-01.pdf} for a day, {@code audit-115-11-25-115-12-01.pdf} for a period. */
    private String fileName(String extension) {
        return "audit-" + day(searchedFrom) + (searchedTo.equals(searchedFrom) ? "" : "-" + day(searchedTo)) + "."
                + extension;
    }

    private static String day(LocalDate date) {
        return RocDate.format(date).replace('/', '-');
    }

    /** A stacked bar chart of records per day, one dataset per agency, in the user's language. */
    private Chart chart() {
        TreeSet<String> days = new TreeSet<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (AuditSearch.Volume v : volume) {
            days.add(v.day());
            totals.merge(agency(v.agencyCode()), v.records(), Long::sum);
        }
        List<String> agencies = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(CHART_AGENCIES)
                .toList();
        String others = Texts.get("audit.search.otherAgencies");
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        for (AuditSearch.Volume v : volume) {
            String agency = agencies.contains(agency(v.agencyCode())) ? agency(v.agencyCode()) : others;
            series.computeIfAbsent(agency, a -> new LinkedHashMap<>()).merge(v.day(), v.records(), Long::sum);
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        days.forEach(d -> labels.add(RocDate.format(LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE))));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<String, Map<String, Long>> entry : series.entrySet()) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (String day : days) {
                data.add(entry.getValue().getOrDefault(day, 0L));
            }
            datasets.add(JSON.createObjectBuilder()
                    .add("label", entry.getKey())
                    .add("data", data)
                    .add("backgroundColor", COLOURS[colour++ % COLOURS.length])
                    .add("maxBarThickness", 48));
        }
        return Chart.ofCounts(
                "bar",
                Texts.get("audit.search.chart"),
                Texts.get("audit.search.chart.description", RocDate.format(searchedFrom), RocDate.format(searchedTo)),
                labels.build(),
                datasets.build(),
                true);
    }

    private static String agency(String code) {
        return code == null ? "—" : code;
    }

    public List<String> getColumns() {
        return new ArrayList<>(COLUMNS);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getTransactionCode() {
        return transactionCode;
    }

    public void setTransactionCode(String transactionCode) {
        this.transactionCode = transactionCode;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public List<AuditRecord> getRecords() {
        return records;
    }

    public AuditRecord getSelected() {
        return selected;
    }

    public void setSelected(AuditRecord selected) {
        this.selected = selected;
    }

    /** The volume of the last search, none before a search. */
    public Chart getVolumeChart() {
        if (volume == null) {
            return null;
        }
        if (!Faces.getLocale().getLanguage().equals(chartLanguage)) {
            volumeChart = chart();
            chartLanguage = Faces.getLocale().getLanguage();
        }
        return volumeChart;
    }
}
