package tw.rislink.credential.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * Where an API call comes from and whether it came over HTTPS. Behind a TLS-terminating API
 * gateway the connection is the gateway's: only when it comes from one of the configured trusted
 * proxies are its {@code X-Forwarded-For} and {@code X-Forwarded-Proto} believed, and then the
 * caller is the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy.
 * Anyone else's forwarding headers are ignored, so a caller cannot claim a registered address.
 */
public record CallerAddress(String address, boolean secure) {

    /** The trusted proxies, parsed once from a comma-separated list of literal addresses. */
    public record TrustedProxies(List<InetAddress> addresses) {

        public static TrustedProxies of(String commaSeparated) {
            List<InetAddress> parsed = new ArrayList<>();
            if (commaSeparated != null) {
                for (String entry : commaSeparated.split(",")) {
                    if (!entry.isBlank()) {
                        parsed.add(parse(entry));
                    }
                }
            }
            return new TrustedProxies(List.copyOf(parsed));
        }

        boolean contains(String address) {
            try {
                return addresses.contains(parse(address));
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
    }

    /**
     * @param remote the connection's peer address
     * @param secure whether the connection itself is TLS
     * @param forwardedFor the X-Forwarded-For header, or null
     * @param forwardedProto the X-Forwarded-Proto header, or null
     */
    public static CallerAddress of(
            String remote, boolean secure, String forwardedFor, String forwardedProto, TrustedProxies proxies) {
        if (!proxies.contains(remote)) {
            return new CallerAddress(remote, secure);
        }
        String caller = remote;
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty()) {
                    continue;
                }
                caller = hop.length() > 45 ? hop.substring(0, 45) : hop;
                if (!proxies.contains(hop)) {
                    break;
                }
            }
        }
        boolean forwardedSecure = forwardedProto != null
                && forwardedProto
                        .substring(forwardedProto.lastIndexOf(',') + 1)
                        .strip()
                        .equalsIgnoreCase("https");
        return new CallerAddress(caller, secure || forwardedSecure);
    }

    /** A literal IPv4 or IPv6 address; never a host name (no DNS lookups on the request path). */
    public static InetAddress parse(String text) {
        String literal = text == null ? "" : text.strip();
        // Only literals: four decimal octets, or IPv6 (which always has a colon). Anything else,
        // such as "cafe" or "10.1", InetAddress would look up or expand.
        boolean v4 =
                literal.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
        boolean v6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            throw notAnAddress(text);
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw notAnAddress(text);
        }
    }

    private static InvalidInputException notAnAddress(String text) {
        return new InvalidInputException(
                "invalid.address.notAddress", "\"" + text + "\" is not an IPv4 or IPv6 address", String.valueOf(text));
    }
}
