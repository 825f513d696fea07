package tw.rislink.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tw.rislink.account.entity.Role;

/**
 * Which menu entries each role sees. A role sees its own home page and the screens listed for
 * it; web.xml guards the same folders, so a hidden entry is also a refused URL.
 */
public final class MenuCatalog {

    /** A menu entry: the message key of its label, its view, an icon and the roles that see it. */
    public record Entry(String id, String labelKey, String viewId, String icon, Set<Role> roles) {}

    private static final List<Entry> SCREENS = List.of(
            new Entry(
                    "menu-officer-application",
                    "menu.officer.application",
                    "/officer/application.xhtml",
                    "pi pi-file-edit",
                    EnumSet.of(Role.APPLICANT_OFFICER)),
            new Entry(
                    "menu-egate-query",
                    "menu.egate.query",
                    "/egate/query.xhtml",
                    "pi pi-search",
                    EnumSet.of(Role.APPLICANT_OFFICER)),
            new Entry(
                    "menu-egate-files",
                    "menu.egate.files",
                    "/egate/files.xhtml",
                    "pi pi-file-import",
                    EnumSet.of(Role.APPLICANT_OFFICER)),
            new Entry(
                    "menu-egate-history",
                    "menu.egate.history",
                    "/egate/history.xhtml",
                    "pi pi-history",
                    EnumSet.of(Role.APPLICANT_OFFICER)),
            new Entry(
                    "menu-egate-doubts",
                    "menu.egate.doubts",
                    "/egate/doubts.xhtml",
                    "pi pi-question-circle",
                    EnumSet.of(Role.APPLICANT_OFFICER)),
            new Entry(
                    "menu-dhr-doubts",
                    "menu.dhr.doubts",
                    "/dhr/doubts.xhtml",
                    "pi pi-question-circle",
                    EnumSet.of(Role.DHR_REVIEWER)),
            new Entry(
                    "menu-dhr-extensions",
                    "menu.dhr.extensions",
                    "/dhr/extensions.xhtml",
                    "pi pi-calendar-plus",
                    EnumSet.of(Role.DHR_REVIEWER)),
            new Entry(
                    "menu-dhr-register",
                    "menu.dhr.register",
                    "/dhr/register.xhtml",
                    "pi pi-id-card",
                    EnumSet.of(Role.DHR_REVIEWER)),
            new Entry(
                    "menu-dhr-statistics",
                    "menu.dhr.statistics",
                    "/dhr/statistics.xhtml",
                    "pi pi-chart-bar",
                    EnumSet.of(Role.DHR_REVIEWER)),
            new Entry(
                    "menu-auditor-verify",
                    "menu.auditor.verify",
                    "/auditor/verify.xhtml",
                    "pi pi-shield",
                    EnumSet.of(Role.AUDITOR)),
            new Entry(
                    "menu-auditor-search",
                    "menu.auditor.search",
                    "/auditor/search.xhtml",
                    "pi pi-search",
                    EnumSet.of(Role.AUDITOR)),
            new Entry(
                    "menu-auditor-ledger",
                    "menu.auditor.ledger",
                    "/auditor/ledger.xhtml",
                    "pi pi-book",
                    EnumSet.of(Role.AUDITOR)),
            new Entry(
                    "menu-company-apply",
                    "menu.company.apply",
                    "/company/apply.xhtml",
                    "pi pi-send",
                    EnumSet.of(Role.COMPANY_USER)),
            new Entry(
                    "menu-company-progress",
                    "menu.company.progress",
                    "/company/progress.xhtml",
                    "pi pi-list",
                    EnumSet.of(Role.COMPANY_USER)),
            new Entry(
                    "menu-company-cases",
                    "menu.company.cases",
                    "/company/cases.xhtml",
                    "pi pi-exclamation-triangle",
                    EnumSet.of(Role.COMPANY_USER)),
            new Entry(
                    "menu-moi-review",
                    "menu.moi.review",
                    "/moi/review.xhtml",
                    "pi pi-check-square",
                    EnumSet.of(Role.MOI_API_REVIEWER)),
            new Entry(
                    "menu-moi-cases",
                    "menu.moi.cases",
                    "/moi/cases.xhtml",
                    "pi pi-exclamation-triangle",
                    EnumSet.of(Role.MOI_API_REVIEWER)),
            new Entry(
                    "menu-local-agencies",
                    "menu.agencies",
                    "/local/agencies.xhtml",
                    "pi pi-sitemap",
                    EnumSet.of(Role.LOCAL_REGISTRATION)),
            new Entry(
                    "menu-dhr-agencies",
                    "menu.agencies",
                    "/dhr/agencies.xhtml",
                    "pi pi-sitemap",
                    EnumSet.of(Role.DHR_REVIEWER)),
            new Entry(
                    "menu-officer-link",
                    "menu.link",
                    "/officer/link.xhtml",
                    "pi pi-link",
                    EnumSet.of(Role.APPLICANT_OFFICER)),
            new Entry(
                    "menu-supervisor-link",
                    "menu.link",
                    "/supervisor/link.xhtml",
                    "pi pi-link",
                    EnumSet.of(Role.AGENCY_SUPERVISOR)),
            new Entry(
                    "menu-admin-users",
                    "menu.admin.users",
                    "/admin/users.xhtml",
                    "pi pi-users",
                    EnumSet.of(Role.SYSTEM_ADMIN)),
            new Entry(
                    "menu-admin-holidays",
                    "menu.admin.holidays",
                    "/admin/holidays.xhtml",
                    "pi pi-calendar",
                    EnumSet.of(Role.SYSTEM_ADMIN)),
            new Entry(
                    "menu-admin-items",
                    "menu.admin.items",
                    "/admin/items.xhtml",
                    "pi pi-database",
                    EnumSet.of(Role.SYSTEM_ADMIN)),
            new Entry(
                    "menu-verify",
                    "menu.verify",
                    "/verify.xhtml",
                    "pi pi-verified",
                    EnumSet.complementOf(EnumSet.of(Role.COMPANY_USER))));

    private MenuCatalog() {}

    public static List<Entry> entriesFor(Collection<Role> roles) {
        List<Entry> entries = new ArrayList<>();
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                entries.add(new Entry(
                        "menu-" + role.area() + "-home",
                        "menu.home." + role.name(),
                        role.homeViewId(),
                        "pi pi-home",
                        EnumSet.of(role)));
            }
        }
        for (Entry screen : SCREENS) {
            if (screen.roles().stream().anyMatch(roles::contains)) {
                entries.add(screen);
            }
        }
        return entries;
    }
}
