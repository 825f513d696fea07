package tw.rislink.query.control;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The items an agency may receive through one channel for one transaction, each with its
 * coverage: null for nationwide (MOI provides it), else the one county whose household data it
 * covers (a county's registration unit provides it, DOMAIN.md §2).
 */
public record Permits(Map<String, String> coverage) {

    public Permits {
        // A TreeMap keeps null values (nationwide), which Map.copyOf would refuse.
        coverage = Collections.unmodifiableMap(new TreeMap<>(coverage));
    }

    /** The coverage as text, for a job that answers later: {@code ITEM=county} or {@code ITEM=}, comma-separated. */
    public String text() {
        return coverage.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining(","));
    }

    /** The coverage {@link #text()} wrote. */
    public static Permits parse(String text) {
        Map<String, String> coverage = new HashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String entry : text.split(",")) {
                int eq = entry.indexOf('=');
                coverage.put(entry.substring(0, eq), eq == entry.length() - 1 ? null : entry.substring(eq + 1));
            }
        }
        return new Permits(coverage);
    }

    public boolean none() {
        return coverage.isEmpty();
    }

    /** The items that cover a record of this county (null: a record of no county, e.g. military data). */
    public Set<String> itemsFor(String countyCode) {
        return coverage.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().equals(countyCode))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The items that cover an area (a county, town or village code), for statistics. */
    public Set<String> itemsForArea(String areaCode) {
        return itemsFor(areaCode.substring(0, 5));
    }
}
