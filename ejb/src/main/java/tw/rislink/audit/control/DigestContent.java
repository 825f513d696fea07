package tw.rislink.audit.control;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The signed text of a day's digest: a fixed header, the day, the previous day's digest hash
 * and one line per chain with its last sequence number and hash, partitions in order:
 *
 * <pre>
 * rislink-audit-digest 1
 * day 20261122
 * previous 3f5a…
 * chain 0 57 9c1d…
 * chain 3 12 0be4…
 * </pre>
 */
public final class DigestContent {

    /** What the first digest ever made follows. */
    public static final String GENESIS = AuditHash.sha256("rislink-audit-digest-genesis");

    private static final String HEADER = "rislink-audit-digest 1";

    /** The end of one chain as signed. */
    public record ChainEnd(long lastSeq, String lastHash) {}

    private DigestContent() {}

    public static String of(String day, String previousHash, SortedMap<Integer, ChainEnd> chains) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("day ").append(day).append('\n');
        text.append("previous ").append(previousHash).append('\n');
        chains.forEach((partition, end) -> text.append("chain ")
                .append(partition)
                .append(' ')
                .append(end.lastSeq())
                .append(' ')
                .append(end.lastHash())
                .append('\n'));
        return text.toString();
    }

    public static String hash(String content) {
        return AuditHash.sha256(content);
    }

    public static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    public static String day(String content) {
        return field(content, "day ");
    }

    public static String previous(String content) {
        return field(content, "previous ");
    }

    public static Map<Integer, ChainEnd> chains(String content) {
        Map<Integer, ChainEnd> chains = new TreeMap<>();
        for (String line : content.split("\n")) {
            if (line.startsWith("chain ")) {
                String[] parts = line.split(" ");
                chains.put(Integer.parseInt(parts[1]), new ChainEnd(Long.parseLong(parts[2]), parts[3]));
            }
        }
        return chains;
    }

    private static String field(String content, String prefix) {
        for (String line : content.split("\n")) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return null;
    }
}
