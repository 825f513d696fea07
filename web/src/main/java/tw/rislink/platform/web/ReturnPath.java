package tw.rislink.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page a signed-out user asked for, to return to after sign-in. The FORM mechanism forwards
 * such a request to the sign-in page, whose form carries the path (relative to the application)
 * back in a hidden field. What comes back is the browser's to change, so only a plain path of a
 * screen of this application is taken: no scheme or host, no "//" or backslash, no "." or ".."
 * segment that could leave the context path, not a sign-in page; anything else means the home
 * page. No open redirect.
 */
public final class ReturnPath {

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)?)+\\.xhtml");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9_.~=&+-]{0,500}");
    private static final Set<String> SIGN_IN_PAGES = Set.of("/login.xhtml", "/certificate-login.xhtml");

    private ReturnPath() {}

    /** The path the FORM mechanism forwarded from, relative to the application; empty when none. */
    public static String requested(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (!(uri instanceof String forwarded) || !forwarded.startsWith(request.getContextPath() + "/")) {
            return "";
        }
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String path = forwarded.substring(request.getContextPath().length());
        String target = query instanceof String q && !q.isEmpty() ? path + "?" + q : path;
        return of(target).orElse("");
    }

    /** The typed or posted target, if it is a screen of this application. */
    public static Optional<String> of(String target) {
        if (target == null || target.isEmpty()) {
            return Optional.empty();
        }
        int mark = target.indexOf('?');
        String path = mark < 0 ? target : target.substring(0, mark);
        String query = mark < 0 ? "" : target.substring(mark + 1);
        if (!PATH.matcher(path).matches() || !QUERY.matcher(query).matches() || SIGN_IN_PAGES.contains(path)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /** Where to send a user who has just signed in: the target if it is safe, else their home. */
    public static String afterSignIn(HttpServletRequest request, String target, String homeViewId) {
        return request.getContextPath() + of(target).orElse(homeViewId);
    }
}
