package tw.rislink.register.web;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.platform.web.Chart;
import tw.rislink.platform.web.LocaleView;
import tw.rislink.platform.web.Texts;
import tw.rislink.register.boundary.CodeTableService;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.CodeEntry;
import tw.rislink.register.entity.CodeTable;
import tw.rislink.register.entity.VillageStatistic;

/** Monthly population statistics of a county's villages, with the county's months as charts. */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterLookup register;

    @EJB
    private CodeTableService codes;

    @Inject
    private LocaleView locale;

    private List<String> months;
    private List<CodeEntry> counties;
    private String month;
    private String county = "63000";
    private List<VillageStatistic> rows;
    private List<Object[]> totals;
    private String chartsLanguage;
    private Chart populationChart;
    private Chart eventsChart;

    @PostConstruct
    void init() {
        months = register.statisticMonths();
        counties = codes.validOn(CodeTable.COUNTY, TaiwanTime.now().toLocalDate());
        month = months.isEmpty() ? null : months.get(0);
        show();
    }

    public void show() {
        rows = month == null ? List.of() : register.statistics(month, county);
        totals = month == null ? List.of() : register.monthlyTotals(county);
        chartsLanguage = null;
    }

    /** Builds the charts in the user's language, again after the language was switched on this view. */
    private void charts() {
        if (locale.getLanguage().equals(chartsLanguage)) {
            return;
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder male = JSON.createArrayBuilder();
        JsonArrayBuilder female = JSON.createArrayBuilder();
        JsonArrayBuilder households = JSON.createArrayBuilder();
        JsonArrayBuilder births = JSON.createArrayBuilder();
        JsonArrayBuilder deaths = JSON.createArrayBuilder();
        for (Object[] row : totals) {
            labels.add(monthLabel((String) row[0]));
            male.add(((Number) row[2]).longValue());
            female.add(((Number) row[3]).longValue());
            households.add(((Number) row[4]).longValue());
            births.add(((Number) row[5]).longValue());
            deaths.add(((Number) row[6]).longValue());
        }
        JsonArray monthLabels = labels.build();
        String countyName = countyName();
        String first = totals.isEmpty() ? "" : monthLabel((String) totals.get(0)[0]);
        String last = totals.isEmpty() ? "" : monthLabel((String) totals.get(totals.size() - 1)[0]);
        populationChart = Chart.ofCounts(
                "line",
                Texts.get("statistics.chart.population"),
                Texts.get("statistics.chart.population.description", countyName, first, last),
                monthLabels,
                datasets(
                        dataset(Texts.get("statistics.male"), male, "#2563eb"),
                        dataset(Texts.get("statistics.female"), female, "#db2777"),
                        dataset(Texts.get("statistics.households"), households, "#16a34a")),
                false);
        eventsChart = Chart.ofCounts(
                "bar",
                Texts.get("statistics.chart.events"),
                Texts.get("statistics.chart.events.description", countyName, first, last),
                monthLabels,
                datasets(
                        dataset(Texts.get("statistics.births"), births, "#0891b2"),
                        dataset(Texts.get("statistics.deaths"), deaths, "#6b7280")),
                false);
        chartsLanguage = locale.getLanguage();
    }

    private static String monthLabel(String month) {
        return month.substring(0, 3) + "/" + month.substring(3);
    }

    private String countyName() {
        return counties.stream()
                .filter(c -> c.getCode().equals(county))
                .map(c -> locale.isEnglish() ? c.getNameEn() : c.getNameZh())
                .findFirst()
                .orElse(county);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("maxBarThickness", 48)
                .add("fill", false);
    }

    private static JsonArray datasets(JsonObjectBuilder... datasets) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            all.add(dataset);
        }
        return all.build();
    }

    public int getTotal() {
        return rows.stream().mapToInt(VillageStatistic::getTotal).sum();
    }

    public int getTotalHouseholds() {
        return rows.stream().mapToInt(VillageStatistic::getHouseholds).sum();
    }

    public List<String> getMonths() {
        return months;
    }

    public List<CodeEntry> getCounties() {
        return counties;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public List<VillageStatistic> getRows() {
        return rows;
    }

    public Chart getPopulationChart() {
        charts();
        return populationChart;
    }

    public Chart getEventsChart() {
        charts();
        return eventsChart;
    }
}
