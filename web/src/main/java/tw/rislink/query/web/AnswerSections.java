package tw.rislink.query.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.web.Texts;
import tw.rislink.query.control.Answer;

/**
 * An answer as the workbench and the print page show it: its rows in order, each a section with
 * its depth (a household's members below it), its kind and its fields with their labels in the
 * view's language. ROC dates, sent as {@code yyyMMdd}, are shown {@code yyy/MM/dd}.
 */
public final class AnswerSections {

    private AnswerSections() {}

    /** The media types a photo's image may have to be shown as one. */
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

    /** @param image the value is a {@code data:} URI the page shows as an image (PH01's photo) */
    public record Line(String name, String label, String value, boolean image) implements Serializable {}

    public record Section(int depth, String kind, String title, List<Line> lines) implements Serializable {}

    static List<Section> of(Answer answer) {
        List<Section> sections = new ArrayList<>();
        answer.rows().forEach(row -> add(sections, row, 0));
        return List.copyOf(sections);
    }

    private static void add(List<Section> sections, Answer.Row row, int depth) {
        List<Line> lines = new ArrayList<>();
        boolean photo = row.kind().equals("idCardPhoto");
        String mediaType = row.value("mediaType");
        for (Answer.Field f : row.fields()) {
            boolean image = photo && f.name().equals("image") && IMAGE_TYPES.contains(mediaType);
            String value = image ? "data:" + mediaType + ";base64," + f.value() : shown(f.name(), f.value());
            lines.add(new Line(f.name(), Texts.nameOf("egate.field." + f.name(), f.name()), value, image));
        }
        sections.add(new Section(
                depth, row.kind(), Texts.nameOf("egate.kind." + row.kind(), row.kind()), List.copyOf(lines)));
        row.rows().forEach(child -> add(sections, child, depth + 1));
    }

    /** The fields that carry ROC dates (Answers writes them {@code yyyMMdd}). */
    private static final Set<String> DATES = Set.of(
            "birthDate", "date", "removedOn", "issuedOn", "reportedLostOn", "serviceFrom", "serviceTo", "from", "to");

    private static String shown(String name, String value) {
        if (DATES.contains(name) && value != null && value.matches("\\d{7}")) {
            try {
                return RocDate.format(RocDate.parseCompact(value));
            } catch (RuntimeException notADate) {
                return value;
            }
        }
        return value;
    }
}
