package tw.rislink.register.web;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import tw.rislink.calendar.entity.TaiwanTime;
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

    private List<String> months;
    private List<CodeEntry> counties;
    private String month;
    private String county = "63000";
    private List<VillageStatistic> rows;
    private String populationChart;
    private String eventsChart;

    @PostConstruct
    void init() {
        months = register.statisticMonths();
        counties = codes.validOn(CodeTable.COUNTY, TaiwanTime.now().toLocalDate());
        month = months.isEmpty() ? null : months.get(0);
        show();
    }

    public void show() {
        if (month == null) {
            rows = List.of();
            return;
        }
        rows = register.statistics(month, county);
        List<Object[]> totals = register.monthlyTotals(county);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder male = JSON.createArrayBuilder();
        JsonArrayBuilder female = JSON.createArrayBuilder();
        JsonArrayBuilder households = JSON.createArrayBuilder();
        JsonArrayBuilder births = JSON.createArrayBuilder();
        JsonArrayBuilder deaths = JSON.createArrayBuilder();
        for (Object[] row : totals) {
            String m = (String) row[0];
            labels.add(m.substring(0, 3) + "/" + m.substring(3));
            male.add(((Number) row[2]).longValue());
            female.add(((Number) row[3]).longValue());
            households.add(((Number) row[4]).longValue());
            births.add(((Number) row[5]).longValue());
            deaths.add(((Number) row[6]).longValue());
        }
        JsonArray monthLabels = labels.build();
        populationChart = chart(
                "line",
                monthLabels,
                dataset(Texts.get("statistics.male"), male, "#2563eb"),
                dataset(Texts.get("statistics.female"), female, "#db2777"),
                dataset(Texts.get("statistics.households"), households, "#16a34a"));
        eventsChart = chart(
                "bar",
                monthLabels,
                dataset(Texts.get("statistics.births"), births, "#0891b2"),
                dataset(Texts.get("statistics.deaths"), deaths, "#6b7280"));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("fill", false);
    }

    /** A Chart.js configuration, built as JSON so that labels are escaped. */
    private static String chart(String type, JsonArray labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            all.add(dataset);
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", all))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false))
                .build()
                .toString();
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

    public String getPopulationChart() {
        return populationChart;
    }

    public String getEventsChart() {
        return eventsChart;
    }
}
