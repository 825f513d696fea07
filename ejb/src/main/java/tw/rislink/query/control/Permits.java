package tw.rislink.query.control;

import java.util.Collections;
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
        coverage = Collections.unmodifiableMap(new TreeMap<>(coverage));
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
