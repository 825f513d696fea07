package tw.rislink.platform.web;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;

/**
 * A chart of counts for p:chart: its Chart.js configuration, the text alternative that says what
 * it shows (the canvas's accessible name) and whether there is anything to draw, so that a page
 * shows a "no data" note instead of empty axes.
 *
 * @param config the Chart.js configuration as JSON
 * @param description what the chart shows, in the user's language
 * @param hasData whether some figure is not zero
 */
public record Chart(String config, String description, boolean hasData) implements Serializable {

    /**
     * A chart of counts: integer ticks from zero (no 0.5 persons), the title drawn above it,
     * sized by its container, which the stylesheet bounds.
     */
    public static Chart ofCounts(
            String type, String title, String description, JsonArray labels, JsonArray datasets, boolean stacked) {
        JsonObjectBuilder y = JSON.createObjectBuilder()
                .add("beginAtZero", true)
                .add("stacked", stacked)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder x = JSON.createObjectBuilder().add("stacked", stacked);
        String config = JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        JSON.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title)))
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder().add("x", x).add("y", y)))
                .build()
                .toString();
        return new Chart(config, description, anyFigure(datasets));
    }

    private static boolean anyFigure(JsonArray datasets) {
        for (JsonValue dataset : datasets) {
            for (JsonValue value : ((JsonObject) dataset).getJsonArray("data")) {
                if (value instanceof JsonNumber number && number.doubleValue() != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
