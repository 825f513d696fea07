package tw.rislink.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.rislink.account.entity.Role;

class MenuCatalogTest {

    @Test
    void each_role_sees_its_home_and_only_its_own_screens() {
        for (Role role : Role.values()) {
            List<String> ids = MenuCatalog.entriesFor(EnumSet.of(role)).stream()
                    .map(MenuCatalog.Entry::id)
                    .toList();
            assertEquals("menu-" + role.area() + "-home", ids.get(0));
            assertEquals(role == Role.SYSTEM_ADMIN, ids.contains("menu-admin-users"), role.name());
            assertEquals(role == Role.SYSTEM_ADMIN, ids.contains("menu-admin-items"), role.name());
            assertEquals(role == Role.AUDITOR, ids.contains("menu-auditor-verify"), role.name());
            assertEquals(role != Role.COMPANY_USER, ids.contains("menu-verify"), role.name());
            assertEquals(role == Role.APPLICANT_OFFICER, ids.contains("menu-egate-query"), role.name());
            assertEquals(role == Role.APPLICANT_OFFICER, ids.contains("menu-egate-files"), role.name());
            assertEquals(role == Role.DHR_REVIEWER, ids.contains("menu-dhr-extensions"), role.name());
            assertEquals(role == Role.AUDITOR, ids.contains("menu-auditor-ledger"), role.name());
            assertEquals(role == Role.AUDITOR, ids.contains("menu-auditor-search"), role.name());
            assertEquals(role == Role.DHR_REVIEWER, ids.contains("menu-dhr-register"), role.name());
            assertEquals(role == Role.DHR_REVIEWER, ids.contains("menu-dhr-statistics"), role.name());
            assertEquals(role == Role.COMPANY_USER, ids.contains("menu-company-apply"), role.name());
            assertEquals(role == Role.MOI_API_REVIEWER, ids.contains("menu-moi-review"), role.name());
            assertEquals(
                    role == Role.LOCAL_REGISTRATION || role == Role.DHR_REVIEWER,
                    ids.stream().anyMatch(id -> id.endsWith("-agencies")),
                    role.name());
            assertEquals(
                    role == Role.APPLICANT_OFFICER || role == Role.AGENCY_SUPERVISOR,
                    ids.stream().anyMatch(id -> id.endsWith("-link")),
                    role.name());
        }
    }

    @Test
    void a_user_with_two_roles_sees_both_homes() {
        List<MenuCatalog.Entry> entries = MenuCatalog.entriesFor(EnumSet.of(Role.AUDITOR, Role.SYSTEM_ADMIN));
        assertEquals(
                9,
                entries.size(),
                "auditor: home, verify, search, ledger; admin: home, users, holidays, items; verify");
        assertTrue(entries.stream()
                .allMatch(e -> e.viewId().startsWith("/auditor/")
                        || e.viewId().startsWith("/admin/")
                        || e.viewId().equals("/verify.xhtml")));
    }

    @Test
    void no_role_no_menu() {
        assertTrue(MenuCatalog.entriesFor(EnumSet.noneOf(Role.class)).isEmpty());
    }

    @Test
    void only_english_is_english() {
        assertEquals(java.util.Locale.ENGLISH, LocaleView.of("en"));
        assertEquals(java.util.Locale.TAIWAN, LocaleView.of("zh"));
        assertEquals(java.util.Locale.TAIWAN, LocaleView.of("ja"));
    }
}
