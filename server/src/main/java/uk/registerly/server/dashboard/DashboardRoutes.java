package uk.registerly.server.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.accounts.SignInLimits;
import uk.registerly.server.accounts.StaffAccounts;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.http.ApiException;

/**
 * The web dashboard for heads, attendance leads and trust directors (issue 18): server-rendered pages in the
 * GOV.UK Design System's look. Staff sign in with email, password and a TOTP code; the session is an HTTP-only,
 * Secure, SameSite=Strict cookie; every form that changes anything carries a CSRF token checked on submit
 * ({@link SignInPages}); sign-in is rate limited per address and per email. Every page that shows figures or
 * lists read from pupil data writes an audit row. Pages declare who may open them ({@link WebAccess}); they are
 * not API routes, so they are listed in {@link #pages()} rather than the OpenAPI document. This class only
 * registers the pages and wraps each in its session, access and security-header checks; each page is its own
 * class.
 */
public final class DashboardRoutes {

    public static final String SESSION_COOKIE = "registerly_session";
    public static final String CSRF_COOKIE = "registerly_csrf";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** A page served, and who may open it. */
    public record Page(String method, String path, WebAccess access) {
    }

    private final StaffAccounts accounts;
    private final PageRenderer renderer = new PageRenderer();
    private final SignInPages signIn;
    private final TodayPage today;
    private final YearPage year;
    private final TrendsPage trends;
    private final AbsencePage absence;
    private final TrustPage trust;
    private final List<Page> pages = new ArrayList<>();

    public DashboardRoutes(Jdbi jdbi, StaffAccounts accounts, SignInLimits limits, SchoolFigureService figures,
                           Clock clock) {
        this.accounts = accounts;
        SchoolPicker picker = new SchoolPicker(jdbi);
        this.signIn = new SignInPages(accounts, limits, renderer);
        this.today = new TodayPage(jdbi, figures, clock, picker, renderer);
        this.year = new YearPage(jdbi, figures, clock, picker, renderer);
        this.trends = new TrendsPage(jdbi, figures, clock, picker, renderer);
        this.absence = new AbsencePage(jdbi, figures, clock, picker, renderer);
        this.trust = new TrustPage(jdbi, figures, clock, renderer);
    }

    /** Every page served, with who may open it (DashboardAccessTest opens each as each kind of caller). */
    public List<Page> pages() {
        return Collections.unmodifiableList(pages);
    }

    public void register(RoutesConfig routes) {
        page(routes, "GET", "/dashboard", WebAccess.STAFF, (ctx, staff) -> ctx.redirect(
                staff.role() == Role.TRUST ? "/dashboard/trust" : "/dashboard/today", HttpStatus.SEE_OTHER));
        page(routes, "GET", "/dashboard/assets/<path>", WebAccess.PUBLIC, (ctx, staff) -> Assets.serve(ctx, ctx.pathParam("path")));
        page(routes, "GET", "/dashboard/sign-in", WebAccess.PUBLIC, (ctx, staff) -> signIn.signInPage(ctx, null, null, 200));
        page(routes, "POST", "/dashboard/sign-in", WebAccess.PUBLIC, signIn::signIn);
        page(routes, "POST", "/dashboard/sign-out", WebAccess.STAFF, signIn::signOut);
        page(routes, "GET", "/dashboard/invitation", WebAccess.PUBLIC, (ctx, staff) -> signIn.invitationPage(ctx, null, 200));
        page(routes, "POST", "/dashboard/invitation", WebAccess.PUBLIC, signIn::acceptInvitation);
        page(routes, "GET", "/dashboard/today", WebAccess.STAFF, today);
        page(routes, "GET", "/dashboard/year", WebAccess.STAFF, year);
        page(routes, "GET", "/dashboard/trends", WebAccess.STAFF, trends);
        page(routes, "GET", "/dashboard/absence", WebAccess.STAFF, absence);
        page(routes, "GET", "/dashboard/trust", WebAccess.of(Role.TRUST), trust);
    }

    private void page(RoutesConfig routes, String method, String path, WebAccess access, PageHandler handler) {
        pages.add(new Page(method, path, access));
        Handler wrapped = ctx -> {
            securityHeaders(ctx, path);
            try {
                StaffPrincipal staff = null;
                if (!access.open()) {
                    staff = signedIn(ctx);
                    if (staff == null) {
                        ctx.redirect("/dashboard/sign-in", HttpStatus.SEE_OTHER);
                        return;
                    }
                    if (!access.allows(staff.role())) {
                        renderer.errorPage(ctx, staff, 403, "You cannot see this page",
                                "This page is for trust accounts. Your account sees its own school.");
                        return;
                    }
                }
                handler.handle(ctx, staff);
            } catch (ApiException e) {
                renderer.errorPage(ctx, signedIn(ctx), e.code().status(), "There is a problem", e.getMessage());
            } catch (ValidationException e) {
                renderer.errorPage(ctx, signedIn(ctx), 400, "There is a problem", "A date must be written as YYYY-MM-DD.");
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
}
