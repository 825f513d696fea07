package tw.rislink.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Charts of counts count in whole numbers from zero and know when they have nothing to draw. */
class ChartTest {

    private static final JsonArray DAYS =
            JSON.createArrayBuilder().add("115/12/01").add("115/12/02").build();

    @Test
    void the_value_axis_counts_in_whole_numbers_from_zero() {
        Chart chart = Chart.ofCounts("bar", "每日稽核紀錄數", "堆疊長條圖", DAYS, datasets(1, 2), true);
        JsonObject y =
                config(chart).getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(0, y.getJsonObject("ticks").getInt("precision"), "no 0.5 ticks");
        assertTrue(y.getBoolean("beginAtZero"));
        assertTrue(y.getBoolean("stacked"));
    }

    @Test
    void the_title_is_drawn_and_the_description_is_the_text_alternative() {
        Chart chart = Chart.ofCounts("line", "各月人口及戶數", "折線圖，臺北市各月人口", DAYS, datasets(3, 4), false);
        JsonObject title =
                config(chart).getJsonObject("options").getJsonObject("plugins").getJsonObject("title");
        assertTrue(title.getBoolean("display"));
        assertEquals("各月人口及戶數", title.getString("text"));
        assertEquals("折線圖，臺北市各月人口", chart.description());
        assertTrue(chart.hasData());
    }

    @Test
    void zeros_or_no_days_are_nothing_to_draw() {
        assertFalse(Chart.ofCounts("bar", "t", "d", DAYS, datasets(0, 0), false).hasData());
        assertFalse(Chart.ofCounts(
                        "bar",
                        "t",
                        "d",
                        JSON.createArrayBuilder().build(),
                        JSON.createArrayBuilder().build(),
                        false)
                .hasData());
    }

    private static JsonArray datasets(long first, long second) {
        return JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", "A01010000C")
                        .add("data", JSON.createArrayBuilder().add(first).add(second)))
                .build();
    }

    private static JsonObject config(Chart chart) {
        return JSON.createReader(new StringReader(chart.config())).readObject();
    }
}
