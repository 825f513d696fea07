package tw.rislink.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.0/2.1 A and AA checks by axe-core on the page the browser shows. Browser's helpers
 * call {@link #checkNewPage} so that every document a browser test opens is checked once,
 * and {@link #check} where the page changed without a new document (an opened dialog).
 */
public final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Moderate and minor findings are reported by axe but do not fail a test. */
    private static final Set<String> FAILING = Set.of("serious", "critical");

    /** Set on the window once its document was checked; a new document starts without it. */
    private static final String CHECKED = "rislinkAxeChecked";

    private Axe() {}

    /** Checks the shown document unless it was checked already. */
    public static void checkNewPage(ChromeDriver browser) {
        if (!isHtml(browser) || Boolean.TRUE.equals(browser.executeScript("return window." + CHECKED + " === true"))) {
            return;
        }
        check(browser);
    }

    /** Checks what the browser shows now and fails the test on a serious or critical violation. */
    public static void check(ChromeDriver browser) {
        if (!isHtml(browser)) {
            return;
        }
        List<String> violations = violations(browser);
        browser.executeScript("window." + CHECKED + " = true");
        if (!violations.isEmpty()) {
            Assertions.fail("axe: WCAG 2.1 AA violations (serious/critical) on " + browser.getCurrentUrl() + " \""
                    + browser.getTitle() + "\":\n" + String.join("\n", violations));
        }
    }

    /** The serious and critical violations on the shown page, one line per element: rule, target, HTML. */
    static List<String> violations(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        if (results.getError() != null || results.getErrorMessage() != null) {
            Assertions.fail("axe did not run on " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!FAILING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                found.add("- " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + ") at "
                        + node.getTarget() + ": " + node.getHtml() + "\n    "
                        + String.valueOf(node.getFailureSummary()).replace("\n", "\n    "));
            }
        }
        return found;
    }

    /** Downloads, JSON answers and the blank start page are not screens. */
    private static boolean isHtml(ChromeDriver browser) {
        return Boolean.TRUE.equals(
                browser.executeScript("return document.contentType === 'text/html' && document.documentElement !== null"
                        + " && location.protocol !== 'about:'"));
    }
}
