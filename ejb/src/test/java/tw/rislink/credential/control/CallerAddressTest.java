package tw.rislink.credential.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerAddressTest {

    private final CallerAddress.TrustedProxies gateway = CallerAddress.TrustedProxies.of("10.1.0.5, 10.1.0.6");
    private final CallerAddress.TrustedProxies none = CallerAddress.TrustedProxies.of("");

    @Test
    void without_trusted_proxies_forwarding_headers_are_ignored() {
        CallerAddress caller = CallerAddress.of("203.0.113.7", false, "198.51.100.1", "https", none);
        assertEquals("203.0.113.7", caller.address());
        assertFalse(caller.secure(), "a client cannot claim HTTPS with a header");
    }

    @Test
    void behind_a_trusted_gateway_the_nearest_untrusted_forwarded_address_is_the_caller() {
        CallerAddress caller =
                CallerAddress.of("10.1.0.5", false, "198.51.100.99, 203.0.113.7, 10.1.0.6", "http, https", gateway);
        assertEquals("203.0.113.7", caller.address(), "a spoofed leftmost entry is not believed");
        assertTrue(caller.secure());
    }

    @Test
    void a_trusted_gateway_that_forwards_plain_http_is_not_secure() {
        CallerAddress caller = CallerAddress.of("10.1.0.5", false, "203.0.113.7", "http", gateway);
        assertFalse(caller.secure());
        assertEquals(
                "10.1.0.5",
                CallerAddress.of("10.1.0.5", true, null, null, gateway).address());
    }

    @Test
    void a_gateway_that_adds_its_own_header_line_is_read_from_the_last_line() {
        // Two header lines arrive joined in order: the client's own, then the gateway's.
        CallerAddress caller = CallerAddress.of("10.1.0.5", false, "127.0.0.1,203.0.113.7", "https,https", gateway);
        assertEquals("203.0.113.7", caller.address());
    }

    @Test
    void addresses_are_literals_never_host_names() {
        assertEquals(CallerAddress.parse("::1"), CallerAddress.parse("0:0:0:0:0:0:0:1"));
        assertThrows(IllegalArgumentException.class, () -> CallerAddress.parse("cafe"), "a name of hex letters");
        assertThrows(IllegalArgumentException.class, () -> CallerAddress.parse("10.1"), "a short form");
        assertThrows(IllegalArgumentException.class, () -> CallerAddress.parse("256.1.1.1"));
        assertThrows(IllegalArgumentException.class, () -> CallerAddress.parse("gateway.example"));
        assertThrows(IllegalArgumentException.class, () -> CallerAddress.TrustedProxies.of("gateway.example"));
    }
}
