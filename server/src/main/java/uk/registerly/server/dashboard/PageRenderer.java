package uk.registerly.server.dashboard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.StaffPrincipal;

/** Puts a page's body into the GOV.UK layout: title, the signed-in header and the navigation. */
final class PageRenderer {

    private final Templates templates = new Templates();

    void errorPage(Context ctx, StaffPrincipal staff, int status, String title, String message) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("heading", title);
        scope.put("message", message);
        render(ctx, status, staff, title, "error", scope, false);
    }

    void render(Context ctx, int status, StaffPrincipal staff, String title, String template,
                Map<String, Object> scope, boolean charts) {
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("title", title);
        layout.put("charts", charts);
        String schoolQuery = scope.get("schoolId") != null && staff != null && staff.role() == Role.TRUST
                ? "?school=" + scope.get("schoolId") : "";
        if (staff != null) {
            layout.put("signedIn", Map.of("name", staff.name(), "csrf", staff.csrfToken(),
                    "trust", staff.role() == Role.TRUST, "schoolQuery", schoolQuery));
            layout.put("nav", nav(ctx.path(), staff, schoolQuery));
        }
        layout.put("content", templates.render(template, scope));
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("layout", layout));
    }

    private static List<Map<String, Object>> nav(String path, StaffPrincipal staff, String schoolQuery) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (staff.role() == Role.TRUST) {
            items.add(navItem("/dashboard/trust", "Trust overview", path));
        }
        items.add(navItem("/dashboard/today" + schoolQuery, "Today", path));
        items.add(navItem("/dashboard/year" + schoolQuery, "This year by group", path));
        items.add(navItem("/dashboard/trends" + schoolQuery, "Trends", path));
        items.add(navItem("/dashboard/absence" + schoolQuery, "Persistent and severe absence", path));
        return items;
    }

    private static Map<String, Object> navItem(String href, String label, String path) {
        return Map.of("href", href, "label", label, "current", href.startsWith(path) && href.replaceFirst("\\?.*", "").equals(path));
    }
}
