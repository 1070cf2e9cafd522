package uk.registerly.server.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.validation.ValidationException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.server.accounts.SignInLimits;
import uk.registerly.server.accounts.StaffAccounts;
import uk.registerly.server.accounts.Totp;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.Secrets;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.FigureRoutes;
import uk.registerly.server.figures.GroupBy;
import uk.registerly.server.figures.NationalFigures;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.trusts.Trusts;

/**
 * The web dashboard for heads, attendance leads and trust directors (issue 18): server-rendered pages in the
 * GOV.UK Design System's look. Staff sign in with email, password and a TOTP code; the session is an HTTP-only,
 * Secure, SameSite=Strict cookie; every form that changes anything carries a CSRF token checked on submit (the
 * session's, or before sign-in a double-submit cookie's); sign-in is rate limited per address and per email.
 * Every page that shows figures or lists read from pupil data writes an audit row. Pages declare who may open
 * them ({@link WebAccess}); they are not API routes, so they are listed in {@link #pages()} rather than the
 * OpenAPI document.
 */
public final class DashboardRoutes {

    public static final String SESSION_COOKIE = "registerly_session";
    public static final String CSRF_COOKIE = "registerly_csrf";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** A page served, and who may open it. */
    public record Page(String method, String path, WebAccess access) {
    }

    /** A page handler, given the signed-in account (null on public pages). */
    private interface PageHandler {
        void handle(Context ctx, StaffPrincipal staff) throws Exception;
    }

    private final Jdbi jdbi;
    private final StaffAccounts accounts;
    private final SignInLimits limits;
    private final SchoolFigureService figures;
    private final Clock clock;
    private final Templates templates = new Templates();
    private final List<Page> pages = new ArrayList<>();

    public DashboardRoutes(Jdbi jdbi, StaffAccounts accounts, SignInLimits limits, SchoolFigureService figures,
                           Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.limits = limits;
        this.figures = figures;
        this.clock = clock;
    }

    /** Every page served, with who may open it (DashboardAccessTest opens each as each kind of caller). */
    public List<Page> pages() {
        return Collections.unmodifiableList(pages);
    }

    public void register(RoutesConfig routes) {
        page(routes, "GET", "/dashboard", WebAccess.STAFF, (ctx, staff) -> ctx.redirect(
                staff.role() == Role.TRUST ? "/dashboard/trust" : "/dashboard/today", io.javalin.http.HttpStatus.SEE_OTHER));
        page(routes, "GET", "/dashboard/assets/<path>", WebAccess.PUBLIC, (ctx, staff) -> Assets.serve(ctx, ctx.pathParam("path")));
        page(routes, "GET", "/dashboard/sign-in", WebAccess.PUBLIC, (ctx, staff) -> signInPage(ctx, null, null, 200));
        page(routes, "POST", "/dashboard/sign-in", WebAccess.PUBLIC, this::signIn);
        page(routes, "POST", "/dashboard/sign-out", WebAccess.STAFF, this::signOut);
        page(routes, "GET", "/dashboard/invitation", WebAccess.PUBLIC, (ctx, staff) -> invitationPage(ctx, null, 200));
        page(routes, "POST", "/dashboard/invitation", WebAccess.PUBLIC, this::acceptInvitation);
        page(routes, "GET", "/dashboard/today", WebAccess.STAFF, this::today);
        page(routes, "GET", "/dashboard/year", WebAccess.STAFF, this::year);
        page(routes, "GET", "/dashboard/trends", WebAccess.STAFF, this::trends);
        page(routes, "GET", "/dashboard/absence", WebAccess.STAFF, this::absence);
        page(routes, "GET", "/dashboard/trust", WebAccess.of(Role.TRUST), this::trust);
    }

    private void page(RoutesConfig routes, String method, String path, WebAccess access, PageHandler handler) {
        pages.add(new Page(method, path, access));
        io.javalin.http.Handler wrapped = ctx -> {
            securityHeaders(ctx, path);
            try {
                StaffPrincipal staff = null;
                if (!access.open()) {
                    staff = signedIn(ctx);
                    if (staff == null) {
                        ctx.redirect("/dashboard/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
                        return;
                    }
                    if (!access.allows(staff.role())) {
                        errorPage(ctx, staff, 403, "You cannot see this page",
                                "This page is for trust accounts. Your account sees its own school.");
                        return;
                    }
                }
                handler.handle(ctx, staff);
            } catch (ApiException e) {
                errorPage(ctx, signedIn(ctx), e.code().status(), "There is a problem", e.getMessage());
            } catch (ValidationException e) {
                errorPage(ctx, signedIn(ctx), 400, "There is a problem", "A date must be written as YYYY-MM-DD.");
            }
        };
        // Access.PUBLIC for the API's access check: the wrapper above enforces the page's own WebAccess.
        if (method.equals("GET")) {
            routes.get(path, wrapped, Access.PUBLIC, access);
        } else {
            routes.post(path, wrapped, Access.PUBLIC, access);
        }
    }

    private static void securityHeaders(Context ctx, String path) {
        if (path.startsWith("/dashboard/assets/")) {
            ctx.header("X-Content-Type-Options", "nosniff");
            return;
        }
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // An invitation's code is in its address: never sent on as a referrer.
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private StaffPrincipal signedIn(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        return token == null ? null : accounts.principal(token).orElse(null);
    }

    // ---- sign-in, sign-out, invitation -------------------------------------------------------------------

    /** The pre-session CSRF token: a random cookie the form must echo (double submit), set when missing. */
    private static String preSessionCsrf(Context ctx) {
        String token = ctx.cookie(CSRF_COOKIE);
        if (token == null || token.length() < 20) {
            token = Secrets.newStaffToken().substring(Secrets.STAFF_TOKEN_PREFIX.length());
            ctx.cookie(cookie(CSRF_COOKIE, token, -1));
        }
        return token;
    }

    private static Cookie cookie(String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, true, true, null, SameSite.STRICT);
    }

    private static void checkCsrf(String expected, String sent) {
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This form has expired. Go back, reload the page and try again.");
        }
    }

    private void signInPage(Context ctx, String email, String error, int status) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("csrf", preSessionCsrf(ctx));
        scope.put("email", email);
        scope.put("error", error);
        render(ctx, status, null, "Sign in", "sign-in", scope, false);
    }

    private void signIn(Context ctx, StaffPrincipal ignored) {
        checkCsrf(ctx.cookie(CSRF_COOKIE), ctx.formParam("csrf"));
        String email = ctx.formParam("email");
        try {
            if (email == null || email.isBlank() || ctx.formParam("password") == null || ctx.formParam("password").isEmpty()
                    || ctx.formParam("code") == null || ctx.formParam("code").isBlank()) {
                signInPage(ctx, email, "Enter your email address, password and the security code from your "
                        + "authenticator app", 400);
                return;
            }
            limits.acquire(ctx, email);
            StaffAccounts.Session session = accounts.signIn(email, ctx.formParam("password"), ctx.formParam("code"),
                    ClientAddress.of(ctx));
            ctx.cookie(cookie(SESSION_COOKIE, session.token(), StaffAccounts.SESSION_HOURS * 3600));
            ctx.redirect("/dashboard", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiException e) {
            int status = e.code().status();
            String message = status == 429 ? "Too many sign-in attempts. Wait a minute, then try again."
                    : status == 400 ? "Enter an email address in the right format, like head@school.example"
                    : "The email address, password or security code is not right";
            signInPage(ctx, email, message, status);
        }
    }

    private void signOut(Context ctx, StaffPrincipal staff) {
        checkCsrf(staff.csrfToken(), ctx.formParam("csrf"));
        accounts.signOut(staff, ctx.cookie(SESSION_COOKIE), ClientAddress.of(ctx));
        ctx.removeCookie(SESSION_COOKIE, "/");
        ctx.redirect("/dashboard/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void invitationPage(Context ctx, String error, int status) {
        String code = ctx.queryParam("code") != null ? ctx.queryParam("code") : ctx.formParam("code");
        StaffAccounts.PendingInvitation invitation = accounts.pending(code).orElse(null);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("csrf", preSessionCsrf(ctx));
        scope.put("error", error);
        if (invitation == null) {
            render(ctx, status == 200 ? 404 : status, null, "Invitation not found", "invitation-missing", scope, false);
            return;
        }
        scope.put("code", code);
        scope.put("name", invitation.name());
        scope.put("email", invitation.email());
        scope.put("secret", Totp.base32(invitation.totpSecret()));
        scope.put("uri", Totp.uri(invitation.totpSecret(), "Registerly", invitation.email()));
        render(ctx, status, null, "Set up your account", "invitation", scope, false);
    }

    private void acceptInvitation(Context ctx, StaffPrincipal ignored) {
        checkCsrf(ctx.cookie(CSRF_COOKIE), ctx.formParam("csrf"));
        try {
            accounts.accept(ctx.formParam("code"), ctx.formParam("password"), ctx.formParam("confirm"),
                    ctx.formParam("totp"), ClientAddress.of(ctx));
        } catch (ApiException e) {
            invitationPage(ctx, e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1),
                    e.code().status());
            return;
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        render(ctx, 200, null, "Your account is ready", "invitation-done", scope, false);
    }

    // ---- the pages of figures ----------------------------------------------------------------------------

    /** The school a page is about: the leader's own, or the one a trust director picked (the first by default). */
    private static UUID school(Context ctx, StaffPrincipal staff) {
        String asked = ctx.queryParam("school");
        if (asked == null || asked.isBlank()) {
            if (staff.schoolId() != null) {
                return staff.schoolId();
            }
            if (staff.schools().isEmpty()) {
                throw ApiException.notFound("your trust has no schools yet");
            }
            return staff.schools().get(0);
        }
        UUID school;
        try {
            school = UUID.fromString(asked.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no such school.");
        }
        if (!staff.maySee(school)) {
            throw ApiException.notFound("There is no school of yours with that address.");
        }
        return school;
    }

    private void today(Context ctx, StaffPrincipal staff) {
        UUID school = school(ctx, staff);
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            SchoolFigureService.Today today = figures.today(h, school, clock.instant());
            SchoolSetup setup = figures.setup(h, school);
            AuditLog.record(h, staff, school, "dashboard.today.viewed", school.toString(), Map.of(), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("date", today.date().format(DashboardPages.DAY));
            s.put("schoolDay", today.schoolDay());
            s.put("session", today.session() == null ? "" : today.session().name().equals("AM") ? "morning" : "afternoon");
            s.put("registersTaken", today.registersTaken());
            s.put("registers", today.registers());
            s.put("present", today.present());
            s.put("late", today.late());
            s.put("absent", today.absent());
            s.put("unmarked", today.unmarked());
            s.put("calls", today.firstDayCallsOutstanding());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SchoolFigureService.Register r : today.classRegisters()) {
                rows.add(Map.of("className", r.className(), "yearGroup", r.yearGroup(), "pupils", r.pupils(),
                        "marked", r.marked(), "taken", r.taken()));
            }
            s.put("classRegisters", rows);
            return s;
        });
        render(ctx, 200, staff, "Today", "today", withSchool(scope, staff, school), false);
    }

    private void year(Context ctx, StaffPrincipal staff) {
        UUID school = school(ctx, staff);
        GroupBy groupBy = GroupBy.parse(ctx.queryParam("groupBy"));
        LocalDate from = FigureRoutes.optional(ctx, "from", LocalDate.class);
        LocalDate to = FigureRoutes.optional(ctx, "to", LocalDate.class);
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            SchoolSetup setup = figures.setup(h, school);
            ReportingPeriod period = figures.period(setup, clock.instant(), from, to);
            SchoolFigureService.Evaluated evaluated = figures.evaluate(h, school, period, clock.instant());
            FiguresByGroup byGroup = figures.group(evaluated, period, groupBy);
            AuditLog.record(h, staff, school, "dashboard.year.viewed", school.toString(),
                    Map.of("groupBy", groupBy.wire()), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("from", period.from().toString());
            s.put("to", period.to().toString());
            s.put("period", period.from().format(DashboardPages.SHORT) + " to " + period.to().format(DashboardPages.SHORT));
            s.put("groupByLabel", groupBy.label());
            List<Map<String, Object>> options = new ArrayList<>();
            for (GroupBy g : GroupBy.values()) {
                options.add(Map.of("value", g.wire(), "label", g.label(), "selected", g == groupBy));
            }
            s.put("groupByOptions", options);
            s.put("total", DashboardPages.row(byGroup.total(), "Whole school"));
            s.put("groups", DashboardPages.rows(byGroup.groups(), groupBy));
            s.put("characteristic", groupBy.isCharacteristic());
            s.put("national", DashboardPages.national(byGroup.total()));
            s.put("nationalSource", NationalFigures.document().source());
            s.put("chart", DashboardPages.barChart(byGroup.groups().stream().map(g ->
                    g.group().equals(FiguresByGroup.UNKNOWN) ? "Not recorded" : groupBy.groupLabel(g.group())).toList(),
                    byGroup.groups(),
                    "Attendance by " + groupBy.label().toLowerCase(java.util.Locale.UK)));
            return s;
        });
        render(ctx, 200, staff, "This year by group", "year", withSchool(scope, staff, school), true);
    }

    private void trends(Context ctx, StaffPrincipal staff) {
        UUID school = school(ctx, staff);
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            SchoolSetup setup = figures.setup(h, school);
            ReportingPeriod period = figures.period(setup, clock.instant(), null, null);
            SchoolFigureService.Evaluated evaluated = figures.evaluate(h, school, period, clock.instant());
            FiguresByGroup byGroup = figures.group(evaluated, period, GroupBy.YEAR_GROUP);
            AuditLog.record(h, staff, school, "dashboard.trends.viewed", school.toString(), Map.of(), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("period", period.from().format(DashboardPages.SHORT) + " to " + period.to().format(DashboardPages.SHORT));
            List<Map<String, Object>> weeks = new ArrayList<>();
            for (GroupFigures w : byGroup.weeks()) {
                weeks.add(DashboardPages.row(w, "w/c " + LocalDate.parse(w.group()).format(DashboardPages.SHORT)));
            }
            s.put("weeks", weeks);
            s.put("chart", DashboardPages.weeklyChart(byGroup.weeks(), "Attendance week by week"));
            return s;
        });
        render(ctx, 200, staff, "Trends", "trends", withSchool(scope, staff, school), true);
    }

    private void absence(Context ctx, StaffPrincipal staff) {
        UUID school = school(ctx, staff);
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            SchoolSetup setup = figures.setup(h, school);
            ReportingPeriod period = figures.period(setup, clock.instant(), null, null);
            SchoolFigureService.Evaluated evaluated = figures.evaluate(h, school, period, clock.instant());
            List<SchoolFigureService.Absentee> list = figures.absentees(evaluated, period);
            // Names of pupils: the view itself is recorded, with how many pupils it showed (never their names).
            AuditLog.record(h, staff, school, "dashboard.absence_lists.viewed", school.toString(),
                    Map.of("pupils", list.size()), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("period", period.from().format(DashboardPages.SHORT) + " to " + period.to().format(DashboardPages.SHORT));
            List<Map<String, Object>> severe = DashboardPages.absentees(list, true);
            List<Map<String, Object>> persistent = DashboardPages.absentees(list, false);
            s.put("severe", severe);
            s.put("persistent", persistent);
            s.put("severeCount", severe.size());
            s.put("hasSevere", !severe.isEmpty());
            s.put("hasPersistent", !persistent.isEmpty());
            s.put("persistentCount", persistent.size());
            return s;
        });
        render(ctx, 200, staff, "Persistent and severe absence", "absence", withSchool(scope, staff, school), false);
    }

    private void trust(Context ctx, StaffPrincipal staff) {
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            Trusts.Trust trust = Trusts.get(h, staff.trustId());
            List<Map<String, Object>> rows = new ArrayList<>();
            List<GroupFigures> totals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String period = null;
            for (Trusts.TrustSchool s : Trusts.schools(h, staff.trustId())) {
                SchoolSetup setup = figures.setup(h, s.id());
                ReportingPeriod p = figures.period(setup, clock.instant(), null, null);
                period = period != null ? period
                        : p.from().format(DashboardPages.SHORT) + " to " + p.to().format(DashboardPages.SHORT);
                FiguresByGroup byGroup = figures.group(figures.evaluate(h, s.id(), p, clock.instant()), p,
                        GroupBy.YEAR_GROUP);
                GroupFigures total = byGroup.total();
                totals.add(total);
                names.add(s.name());
                Map<String, Object> row = DashboardPages.row(total, s.name());
                row.put("id", s.id().toString());
                row.put("policy", s.policyPreset());
                rows.add(row);
                AuditLog.record(h, staff, s.id(), "dashboard.trust.viewed", s.id().toString(), Map.of(), ClientAddress.of(ctx));
            }
            GroupFigures all = GroupFigures.sum(FiguresByGroup.ALL, totals);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("trust", trust.name());
            s.put("period", period);
            s.put("schools", rows);
            s.put("schoolCount", rows.size());
            s.put("total", DashboardPages.row(all, "Whole trust"));
            s.put("national", DashboardPages.national(all));
            s.put("nationalSource", NationalFigures.document().source());
            s.put("chart", DashboardPages.barChart(names, totals, "Attendance by school"));
            return s;
        });
        render(ctx, 200, staff, "Trust overview", "trust", scope, true);
    }

    /** For a trust director on a school's page: the school picker (a GET form, so nothing to protect). */
    private Map<String, Object> withSchool(Map<String, Object> scope, StaffPrincipal staff, UUID school) {
        scope.put("schoolId", school.toString());
        if (staff.role() == Role.TRUST) {
            List<Map<String, Object>> options = new ArrayList<>();
            jdbi.useHandle(h -> {
                for (Trusts.TrustSchool s : Trusts.schools(h, staff.trustId())) {
                    options.add(Map.of("id", s.id().toString(), "name", s.name(), "selected", s.id().equals(school)));
                }
            });
            scope.put("schoolPicker", options);
            scope.put("hasPicker", true);
        }
        return scope;
    }

    // ---- rendering -----------------------------------------------------------------------------------------

    private void errorPage(Context ctx, StaffPrincipal staff, int status, String title, String message) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("heading", title);
        scope.put("message", message);
        render(ctx, status, staff, title, "error", scope, false);
    }

    private void render(Context ctx, int status, StaffPrincipal staff, String title, String template,
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
