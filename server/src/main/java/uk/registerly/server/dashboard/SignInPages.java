package uk.registerly.server.dashboard;

import uk.registerly.server.ratelimit.ClientAddress;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.registerly.server.accounts.SignInLimits;
import uk.registerly.server.accounts.StaffAccounts;
import uk.registerly.server.accounts.Totp;
import uk.registerly.server.auth.Secrets;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;

/**
 * Signing in (email, password and a TOTP code, rate limited per address and per email), signing out, and
 * accepting an invitation. Before sign-in a form's CSRF token is a double-submit cookie; after, the session's.
 */
final class SignInPages {

    private final StaffAccounts accounts;
    private final SignInLimits limits;
    private final PageRenderer renderer;

    SignInPages(StaffAccounts accounts, SignInLimits limits, PageRenderer renderer) {
        this.accounts = accounts;
        this.limits = limits;
        this.renderer = renderer;
    }

    /** The pre-session CSRF token: a random cookie the form must echo (double submit), set when missing. */
    private static String preSessionCsrf(Context ctx) {
        String token = ctx.cookie(DashboardRoutes.CSRF_COOKIE);
        if (token == null || token.length() < 20) {
            token = Secrets.newStaffToken().substring(Secrets.STAFF_TOKEN_PREFIX.length());
            ctx.cookie(cookie(DashboardRoutes.CSRF_COOKIE, token, -1));
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

    void signInPage(Context ctx, String email, String error, int status) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("csrf", preSessionCsrf(ctx));
        scope.put("email", email);
        scope.put("error", error);
        renderer.render(ctx, status, null, "Sign in", "sign-in", scope, false);
    }

    void signIn(Context ctx, StaffPrincipal ignored) {
        checkCsrf(ctx.cookie(DashboardRoutes.CSRF_COOKIE), ctx.formParam("csrf"));
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
            ctx.cookie(cookie(DashboardRoutes.SESSION_COOKIE, session.token(), StaffAccounts.SESSION_HOURS * 3600));
            ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
        } catch (ApiException e) {
            int status = e.code().status();
            String message = status == 429 ? "Too many sign-in attempts. Wait a minute, then try again."
                    : status == 400 ? "Enter an email address in the right format, like head@school.example"
                    : "The email address, password or security code is not right";
            signInPage(ctx, email, message, status);
        }
    }

    void signOut(Context ctx, StaffPrincipal staff) {
        checkCsrf(staff.csrfToken(), ctx.formParam("csrf"));
        accounts.signOut(staff, ctx.cookie(DashboardRoutes.SESSION_COOKIE), ClientAddress.of(ctx));
        ctx.removeCookie(DashboardRoutes.SESSION_COOKIE, "/");
        ctx.redirect("/dashboard/sign-in", HttpStatus.SEE_OTHER);
    }

    void invitationPage(Context ctx, String error, int status) {
        String code = ctx.queryParam("code") != null ? ctx.queryParam("code") : ctx.formParam("code");
        StaffAccounts.PendingInvitation invitation = accounts.pending(code).orElse(null);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("csrf", preSessionCsrf(ctx));
        scope.put("error", error);
        if (invitation == null) {
            renderer.render(ctx, status == 200 ? 404 : status, null, "Invitation not found", "invitation-missing",
                    scope, false);
            return;
        }
        scope.put("code", code);
        scope.put("name", invitation.name());
        scope.put("email", invitation.email());
        scope.put("secret", Totp.base32(invitation.totpSecret()));
        scope.put("uri", Totp.uri(invitation.totpSecret(), "Registerly", invitation.email()));
        renderer.render(ctx, status, null, "Set up your account", "invitation", scope, false);
    }

    void acceptInvitation(Context ctx, StaffPrincipal ignored) {
        checkCsrf(ctx.cookie(DashboardRoutes.CSRF_COOKIE), ctx.formParam("csrf"));
        try {
            accounts.accept(ctx.formParam("code"), ctx.formParam("password"), ctx.formParam("confirm"),
                    ctx.formParam("totp"), ClientAddress.of(ctx));
        } catch (ApiException e) {
            invitationPage(ctx, e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1),
                    e.code().status());
            return;
        }
        renderer.render(ctx, 200, null, "Your account is ready", "invitation-done", new LinkedHashMap<>(), false);
    }
}
