package tw.rislink.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditOutcome;

/** Both languages carry every text, and every text a page or menu names exists. */
class MessagesBundleTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");

    @Test
    void chinese_and_english_have_the_same_keys() throws Exception {
        assertEquals(load("zh_TW").stringPropertyNames(), load("en").stringPropertyNames());
    }

    @Test
    void every_role_and_status_has_its_texts() throws Exception {
        Properties zh = load("zh_TW");
        for (Role role : Role.values()) {
            for (String key : Set.of("role." + role, "role." + role + ".duties", "menu.home." + role)) {
                assertTrue(zh.containsKey(key), key);
            }
        }
        for (AccountStatus status : AccountStatus.values()) {
            assertTrue(zh.containsKey("status." + status), status.name());
        }
        for (MenuCatalog.Entry entry : MenuCatalog.entriesFor(Set.of(Role.values()))) {
            assertTrue(zh.containsKey(entry.labelKey()), entry.labelKey());
        }
    }

    @Test
    void every_audit_channel_and_outcome_has_its_name() throws Exception {
        Properties zh = load("zh_TW");
        for (AuditChannel channel : AuditChannel.values()) {
            assertTrue(zh.containsKey("audit.channel." + channel), channel.name());
        }
        for (AuditOutcome outcome : AuditOutcome.values()) {
            assertTrue(zh.containsKey("audit.outcome." + outcome), outcome.name());
        }
    }

    @Test
    void every_literal_key_in_the_pages_exists() throws Exception {
        Properties zh = load("zh_TW");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    private static Properties load(String locale) throws Exception {
        Properties properties = new Properties();
        try (InputStream in =
                MessagesBundleTest.class.getResourceAsStream("/tw/rislink/i18n/messages_" + locale + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
