package tw.rislink.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/auditor/search.xhtml", "/dhr/register.xhtml?person=A123456789", "/index.xhtml"})
    void a_screen_of_the_application_is_returned_to(String target) {
        assertEquals(Optional.of(target), ReturnPath.of(target));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/x.xhtml",
                "https://evil.example/x.xhtml",
                "/\\evil.example/x.xhtml",
                "\\\\evil.example\\x.xhtml",
                "/../other/home.xhtml",
                "/auditor/../../other/home.xhtml",
                "/./auditor/search.xhtml",
                "/login.xhtml",
                "/certificate-login.xhtml",
                "auditor/search.xhtml",
                "/auditor/search.xhtml?next=%2F%2Fevil",
                "/auditor/search.xhtml\r\nSet-Cookie: a=b",
                "/api/health",
                ""
            })
    void anything_else_is_refused(String target) {
        assertTrue(ReturnPath.of(target).isEmpty(), target);
    }
}
