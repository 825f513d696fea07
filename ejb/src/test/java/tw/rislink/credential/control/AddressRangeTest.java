package tw.rislink.credential.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.entity.InvalidInputException;

class AddressRangeTest {

    @Test
    void blocks_are_read_and_written_in_canonical_form() {
        assertEquals("10.20.0.0/24", AddressRange.parse(" 10.20.0.0/24 ").toString());
        assertEquals("10.20.0.7/32", AddressRange.parse("10.20.0.7").toString());
        assertEquals("0.0.0.0/0", AddressRange.parse("0.0.0.0/0").toString());
        assertEquals("2001:db8::/48", AddressRange.parse("2001:0DB8:0000::/48").toString());
        assertEquals(
                "2001:db8:0:1::1/128",
                AddressRange.parse("2001:db8:0:1:0:0:0:1").toString());
        assertEquals("2001:0:0:1::/64", AddressRange.parse("2001:0:0:1::/64").toString(), "the longer zero run");
        assertEquals("::/0", AddressRange.parse("::/0").toString());
        assertEquals("::1/128", AddressRange.parse("::1").toString());
        assertEquals("10.0.0.0/8", AddressRange.parse("::ffff:10.0.0.0/104").toString(), "IPv4-mapped is IPv4");
    }

    @Test
    void a_block_with_host_bits_names_the_block_it_would_be() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AddressRange.parse("10.20.0.7/24"));
        assertEquals("invalid.address.hostBits", e.key());
        assertEquals(List.of("10.20.0.7/24", "10.20.0.0/24"), List.of(e.arguments()), "what a screen quotes");
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("2001:db8::1/64"));
    }

    @Test
    void bad_blocks_are_refused() {
        for (String bad : List.of(
                "",
                "10.20.0.0/",
                "10.20.0.0/33",
                "10.20.0.0/-1",
                "10.20.0.0/a",
                "2001:db8::/129",
                "10.20.0/24",
                "host.example/24",
                "::ffff:10.0.0.0/95",
                "10.20.0.0/0024")) {
            assertThrows(InvalidInputException.class, () -> AddressRange.parse(bad), bad);
        }
    }

    @Test
    void an_address_and_a_subnet_mask_make_a_block() {
        assertEquals(AddressRange.parse("10.20.0.0/24"), AddressRange.of("10.20.0.0", "255.255.255.0"));
        assertEquals(AddressRange.parse("10.20.0.0/22"), AddressRange.of("10.20.0.0", "255.255.252.0"));
        assertEquals(AddressRange.parse("10.20.0.9/32"), AddressRange.of("10.20.0.9", "255.255.255.255"));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of("10.20.0.0", "255.0.255.0"));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of("10.20.0.1", "255.255.255.0"));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of("10.20.0.0", "ffff::"));
        assertEquals(
                "invalid.address.maskNeedsIpv4",
                assertThrows(InvalidInputException.class, () -> AddressRange.of("2001:db8::", "255.255.0.0"))
                        .key());
        assertThrows(IllegalArgumentException.class, () -> new AddressRange(java.math.BigInteger.ONE, 32, 24));
    }

    @Test
    void blocks_overlap_when_they_share_one_address() {
        AddressRange block = AddressRange.parse("10.20.0.0/24");
        assertTrue(block.overlaps(AddressRange.parse("10.20.0.255")), "the last address");
        assertTrue(block.overlaps(AddressRange.parse("10.20.0.0")), "the first address");
        assertTrue(block.overlaps(AddressRange.parse("10.0.0.0/8")), "inside a wider block");
        assertTrue(AddressRange.parse("10.0.0.0/8").overlaps(block), "both ways");
        assertFalse(block.overlaps(AddressRange.parse("10.20.1.0/24")), "the next block");
        assertFalse(block.overlaps(AddressRange.parse("10.19.255.255")), "the address before");
        assertTrue(AddressRange.parse("0.0.0.0/0").overlaps(block));
        assertTrue(AddressRange.parse("255.255.255.255").overlaps(AddressRange.parse("255.255.255.0/24")));
        assertTrue(AddressRange.parse("2001:db8::/32").overlaps(AddressRange.parse("2001:db8:ffff:ffff::/64")));
        assertFalse(AddressRange.parse("2001:db8::/32").overlaps(AddressRange.parse("2001:db9::/32")));
        assertFalse(AddressRange.parse("::/0").overlaps(AddressRange.parse("0.0.0.0/0")), "families never overlap");
    }

    @Test
    void the_first_conflicting_block_is_named() {
        List<AddressRange> taken = List.of(AddressRange.parse("10.1.0.0/16"), AddressRange.parse("10.20.0.128/25"));
        assertEquals(
                Optional.of(AddressRange.parse("10.20.0.128/25")),
                AddressRange.parse("10.20.0.0/24").firstOverlap(taken));
        assertEquals(Optional.empty(), AddressRange.parse("10.20.1.0/24").firstOverlap(taken));
    }

    @Test
    void a_block_contains_its_addresses_only() {
        AddressRange block = AddressRange.parse("10.20.0.0/30");
        assertTrue(block.contains(CallerAddress.parse("10.20.0.3")));
        assertFalse(block.contains(CallerAddress.parse("10.20.0.4")));
        assertFalse(block.contains(CallerAddress.parse("::ffff:10.20.0.4")));
        assertTrue(block.contains(CallerAddress.parse("::ffff:10.20.0.1")), "a mapped address is its IPv4 address");
        assertFalse(AddressRange.parse("::/0").contains(CallerAddress.parse("10.20.0.1")));
        assertTrue(AddressRange.parse("2001:db8::/126").contains(CallerAddress.parse("2001:db8::3")));
    }
}
