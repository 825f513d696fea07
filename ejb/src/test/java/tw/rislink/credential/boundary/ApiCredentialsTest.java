package tw.rislink.credential.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.rislink.credential.entity.ApiCredential;

class ApiCredentialsTest {

    @Test
    void a_registered_address_matches_itself_only() {
        assertTrue(ApiCredentials.allowed("10.20.0.7", List.of("10.20.0.7")));
        assertFalse(ApiCredentials.allowed("10.20.0.8", List.of("10.20.0.7")));
        assertTrue(ApiCredentials.allowed("2001:db8::1", List.of("2001:DB8:0:0::1")), "compared as addresses");
        assertTrue(ApiCredentials.allowed("::ffff:10.20.0.7", List.of("10.20.0.7")), "IPv4-mapped is IPv4");
    }

    @Test
    void a_registered_block_matches_every_address_in_it() {
        List<String> registered = List.of("127.0.0.1", "10.20.0.0/24", "2001:db8:1::/48");
        assertTrue(ApiCredentials.allowed("10.20.0.0", registered));
        assertTrue(ApiCredentials.allowed("10.20.0.255", registered));
        assertFalse(ApiCredentials.allowed("10.20.1.0", registered));
        assertFalse(ApiCredentials.allowed("10.19.255.255", registered));
        assertTrue(ApiCredentials.allowed("2001:db8:1:ffff::9", registered));
        assertFalse(ApiCredentials.allowed("2001:db8:2::1", registered));
        assertTrue(ApiCredentials.allowed("127.0.0.1", registered));
        assertTrue(ApiCredentials.allowed("::ffff:10.20.0.9", registered));
    }

    @Test
    void ipv4_and_ipv6_blocks_never_match_each_other() {
        assertFalse(ApiCredentials.allowed("::1", List.of("0.0.0.0/0")));
        assertFalse(ApiCredentials.allowed("10.0.0.1", List.of("::/0")));
        assertTrue(ApiCredentials.allowed("10.0.0.1", List.of("0.0.0.0/0")));
    }

    @Test
    void what_is_not_an_address_matches_nothing() {
        List<String> registered = List.of("10.20.0.0/24");
        assertFalse(ApiCredentials.allowed("unknown", registered));
        assertFalse(ApiCredentials.allowed("10.20.0.1/24", registered), "the caller is an address, not a block");
        assertFalse(ApiCredentials.allowed("", registered));
        assertFalse(ApiCredentials.allowed(null, registered));
        assertFalse(ApiCredentials.allowed("10.20.0.7", List.of("10.20.0.7/24")), "a damaged entry fails closed");
        assertFalse(ApiCredentials.allowed("10.20.0.7", List.of("localhost")));
        assertTrue(ApiCredentials.allowed("10.20.0.7", List.of("localhost", "10.20.0.0/30", "10.20.0.4/30")));
    }

    @Test
    void a_replaced_key_works_until_its_grace_period_ends() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 2, 10, 0);
        ApiCredential credential = new ApiCredential(
                "e3yMEJMEppYGbb37BxVaOSX00btXCASk",
                "AW001",
                "04595252",
                "示範商業銀行股份有限公司",
                "key",
                List.of("127.0.0.1"),
                List.of("V2C201"),
                now.minusDays(100));
        assertFalse(credential.graceEndedAt(now), "a current key has no end");
        credential.replacedUntil(now.plusDays(30));
        assertFalse(credential.graceEndedAt(now));
        assertFalse(credential.graceEndedAt(now.plusDays(30).minusNanos(1000)));
        assertTrue(credential.graceEndedAt(now.plusDays(30)), "the end itself is past the grace");
        assertTrue(credential.graceEndedAt(now.plusDays(31)));
    }
}
