package tw.rislink.linking.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.credential.control.CallerAddress;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.platform.entity.InvalidForm;
import tw.rislink.platform.entity.InvalidForm.Problem;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * What an officer types into a linking application (seed 000, step 1), checked field by field:
 * every problem is reported with its field before anything is stored.
 *
 * @param items data-item code → the legal basis named for it
 * @param countyOnly asks for the household data of the local unit's county only, which that unit
 *     provides, instead of nationwide data, which MOI provides (DOMAIN.md §2)
 */
public record LinkingForm(
        String localUnitCode,
        Channel channel,
        boolean firstTime,
        DataScope scope,
        Set<DeliveryMode> deliveryModes,
        String purpose,
        String hostAddresses,
        String contactName,
        String contactPhone,
        String contactEmail,
        String supervisorName,
        Map<String, String> items,
        boolean countyOnly)
        implements Serializable {

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (text(localUnitCode).isEmpty()) {
            problems.add(Problem.of("localUnit", "invalid.linking.localUnit", "Choose the local registration unit"));
        }
        if (channel == null) {
            problems.add(Problem.of("channel", "invalid.linking.channel", "Choose the channel"));
        }
        if (scope == null) {
            problems.add(Problem.of("scope", "invalid.linking.scope", "Choose the data scope"));
        }
        if (deliveryModes == null || deliveryModes.isEmpty()) {
            problems.add(
                    Problem.of("deliveryModes", "invalid.linking.deliveryMode", "Choose at least one delivery mode"));
        }
        required(problems, "purpose", purpose, 1000);
        List<String> addresses = addresses();
        if (addresses.isEmpty()) {
            problems.add(
                    Problem.of("hostAddresses", "invalid.linking.noAddress", "At least one host IPv4 or IPv6 address"));
        }
        if (text(hostAddresses).length() > 500) {
            problems.add(Problem.of(
                    "hostAddresses", "invalid.linking.tooLong", "hostAddresses is longer than 500 characters", 500));
        }
        for (String address : addresses) {
            try {
                CallerAddress.parse(address);
            } catch (InvalidInputException e) {
                problems.add(new Problem("hostAddresses", e));
            }
        }
        required(problems, "contactName", contactName, 50);
        if (!text(contactPhone).matches("0\\d{1,3}-\\d{5,8}(#\\d{1,6})?")) {
            problems.add(Problem.of(
                    "contactPhone",
                    "invalid.linking.phone",
                    "The telephone should look like 02-23565005 or 02-23565005#123"));
        }
        if (!text(contactEmail).matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")
                || text(contactEmail).length() > 100) {
            problems.add(
                    Problem.of("contactEmail", "invalid.linking.email", "E-mail should look like name@example.gov.tw"));
        }
        required(problems, "supervisorName", supervisorName, 50);
        if (items == null || items.isEmpty()) {
            problems.add(Problem.of("items", "invalid.linking.noItems", "Ask for at least one data item"));
        } else {
            for (Map.Entry<String, String> item : items.entrySet()) {
                String basis = text(item.getValue());
                if (basis.isEmpty() || basis.length() > 500) {
                    problems.add(Problem.of(
                            "items",
                            "invalid.linking.legalBasis",
                            "Name the legal basis (at most 500 characters) for " + item.getKey(),
                            item.getKey()));
                }
            }
        }
        return problems;
    }

    /** @throws InvalidForm listing every problem */
    public void check() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidForm("invalid.linking.form", problems);
        }
    }

    public List<String> addresses() {
        return split(hostAddresses);
    }

    /** The items with their legal bases stripped, in the order given. */
    public Map<String, String> legalBases() {
        Map<String, String> bases = new LinkedHashMap<>();
        items.forEach((code, basis) -> bases.put(code, text(basis)));
        return bases;
    }

    /** Addresses or ranges separated by commas, spaces or new lines. */
    public static List<String> split(String text) {
        List<String> list = new ArrayList<>();
        for (String part : text(text).split("[,\\s]+")) {
            if (!part.isBlank()) {
                list.add(part.strip());
            }
        }
        return list;
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (text(value).isEmpty()) {
            problems.add(Problem.of(field, "invalid.linking.required", field + " is required"));
        } else if (text(value).length() > max) {
            problems.add(Problem.of(
                    field, "invalid.linking.tooLong", field + " is longer than " + max + " characters", max));
        }
    }

    public static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
