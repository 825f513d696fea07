package tw.rislink.certificate.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftCardTest {

    @TempDir
    Path dir;

    @Test
    void the_pin_opens_the_card_and_a_wrong_pin_does_not() {
        Instant now = Instant.now();
        TestCa.Issued issued =
                TestCa.openOrCreate(dir.resolve("ca.p12")).issue("04595252", "銀行", now, now.plus(Duration.ofDays(1)));
        String card = SoftCard.write(issued.certificate(), issued.key(), "123456".toCharArray());

        SoftCard.Opened opened = SoftCard.open(card, "123456".toCharArray());
        assertEquals(issued.certificate(), opened.certificate());
        assertArrayEquals(issued.key().getEncoded(), opened.key().getEncoded());
        assertThrows(IllegalArgumentException.class, () -> SoftCard.open(card, "654321".toCharArray()));
    }
}
