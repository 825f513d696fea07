package tw.rislink.credential.control;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Collection;
import java.util.Optional;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * A block of IPv4 or IPv6 addresses in CIDR form ({@code 10.20.0.0/24}, {@code 2001:db8::/48}):
 * what DIS assigns to an agency's equipment and gateways, and what the allow-lists of the
 * channels are made of. Only canonical blocks are accepted — {@code 10.20.0.7/24} is refused,
 * naming {@code 10.20.0.0/24} — because a typed host address with a mask is the usual slip, and
 * silently widening it would hand the agency addresses nobody assigned. IPv4 and IPv6 blocks
 * never overlap; an IPv4-mapped IPv6 block ({@code ::ffff:10.0.0.0/104}) is the IPv4 block it
 * maps, as Java reads the mapped address itself.
 */
public record AddressRange(BigInteger first, int bits, int prefix) {

    public AddressRange {
        if (bits != 32 && bits != 128) {
            throw new IllegalArgumentException("An address has 32 or 128 bits, not " + bits);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("A /" + prefix + " prefix does not fit " + bits + " bits");
        }
        if (first.signum() < 0 || first.bitLength() > bits || !first.equals(first.and(mask(bits, prefix)))) {
            throw new IllegalArgumentException(first.toString(16) + " is not the start of a /" + prefix + " block");
        }
    }

    /** {@code 10.20.0.0/24}, {@code 2001:db8::/48}, or a single address ({@code /32}, {@code /128}). */
    public static AddressRange parse(String text) {
        String literal = text == null ? "" : text.strip();
        int slash = literal.indexOf('/');
        String address = slash < 0 ? literal : literal.substring(0, slash);
        InetAddress parsed = CallerAddress.parse(address);
        int bits = parsed instanceof Inet4Address ? 32 : 128;
        int prefix = bits;
        if (slash >= 0) {
            String length = literal.substring(slash + 1);
            if (!length.matches("\\d{1,3}")) {
                throw address.contains(":") && bits == 32 ? mappedPrefix(literal) : badPrefix(literal, bits);
            }
            prefix = Integer.parseInt(length);
            if (bits == 32 && address.contains(":")) {
                // ::ffff:a.b.c.d/n — Java hands back the IPv4 address; the prefix counts 96 bits more.
                if (prefix < 96 || prefix > 128) {
                    throw mappedPrefix(literal);
                }
                prefix -= 96;
            }
            if (prefix > bits) {
                throw badPrefix(literal, bits);
            }
        }
        BigInteger value = new BigInteger(1, parsed.getAddress());
        AddressRange range = new AddressRange(value.and(mask(bits, prefix)), bits, prefix);
        if (!range.first.equals(value)) {
            throw new InvalidInputException(
                    "invalid.address.hostBits",
                    "\"" + literal + "\" has host bits set: the block is " + range + " (or give the single address)",
                    literal,
                    range.toString());
        }
        return range;
    }

    /** An address and a dotted subnet mask, as DIS writes them ({@code 10.20.0.0}, {@code 255.255.255.0}). */
    public static AddressRange of(String address, String subnetMask) {
        if (!(CallerAddress.parse(address) instanceof Inet4Address)) {
            throw new InvalidInputException(
                    "invalid.address.maskNeedsIpv4",
                    "\"" + address + "\" is not IPv4: a subnet mask goes with an IPv4 address (IPv6 takes /prefix)",
                    address.strip());
        }
        InetAddress mask = CallerAddress.parse(subnetMask);
        BigInteger value = new BigInteger(1, mask.getAddress());
        int prefix = value.bitCount();
        if (!(mask instanceof Inet4Address) || !value.equals(mask(32, prefix))) {
            throw new InvalidInputException(
                    "invalid.address.mask",
                    "\"" + subnetMask + "\" is not an IPv4 subnet mask (such as 255.255.255.0)",
                    subnetMask.strip());
        }
        return parse(address.strip() + "/" + prefix);
    }

    private static InvalidInputException mappedPrefix(String literal) {
        return new InvalidInputException(
                "invalid.address.mapped",
                "\"" + literal + "\": an IPv4-mapped block needs a prefix of 96 to 128",
                literal);
    }

    private static InvalidInputException badPrefix(String literal, int bits) {
        return new InvalidInputException(
                "invalid.address.prefix", "\"" + literal + "\": the prefix length must be 0 to " + bits, literal, bits);
    }

    public BigInteger last() {
        return first.add(BigInteger.ONE.shiftLeft(bits - prefix)).subtract(BigInteger.ONE);
    }

    public boolean overlaps(AddressRange other) {
        return bits == other.bits && first.compareTo(other.last()) <= 0 && other.first.compareTo(last()) <= 0;
    }

    public boolean contains(InetAddress address) {
        BigInteger value = new BigInteger(1, address.getAddress());
        int addressBits = address instanceof Inet4Address ? 32 : 128;
        return addressBits == bits && first.compareTo(value) <= 0 && value.compareTo(last()) <= 0;
    }

    /** The first of {@code taken} that shares an address with this block, if any. */
    public Optional<AddressRange> firstOverlap(Collection<AddressRange> taken) {
        return taken.stream().filter(this::overlaps).findFirst();
    }

    private static BigInteger mask(int bits, int prefix) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return all.shiftRight(bits - prefix).shiftLeft(bits - prefix);
    }

    /** {@code 10.20.0.0/24}; IPv6 in the short form of RFC 5952 ({@code 2001:db8::/48}). */
    @Override
    public String toString() {
        if (bits == 32) {
            long v = first.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255) + "/" + prefix;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = first.shiftRight(112 - 16 * i).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text + "/" + prefix;
    }
}
