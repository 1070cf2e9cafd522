package uk.registerly.server.accounts;

import static uk.registerly.server.auth.Role.OFFICE;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.FieldChecks;
import uk.registerly.server.ratelimit.ClientAddress;

/**
 * POST /api/v1/staff-accounts/invitations: the office device invites one of its school's leaders to the
 * dashboard; POST /api/v1/staff/sign-in: a staff account's API token from email, password and a current
 * TOTP code (the dashboard's sign-in form does the same), rate limited per address and per email.
 */
public final class StaffAccountRoutes {

    /** The invitation asked for: who is invited. */
    public record InvitationRequest(String email, String name) {

        static InvitationRequest read(Context ctx) {
            return FieldChecks.text(FieldChecks.text(ctx.bodyValidator(InvitationRequest.class), "email",
                    InvitationRequest::email, 254), "name", InvitationRequest::name, 200).get();
        }
    }

    /** An invitation made: the code is shown once; the invitee opens {@code acceptPath} on the server. */
    public record InvitationCreated(UUID accountId, String email, String name, String invitationCode, String acceptPath,
                                    Instant expiresAt) {
    }

    /** A sign-in: email, password and the 6-digit code of the authenticator app. */
    public record SignInRequest(String email, String password, String code) {

        static SignInRequest read(Context ctx) {
            return FieldChecks.text(FieldChecks.text(FieldChecks.text(ctx.bodyValidator(SignInRequest.class),
                    "email", SignInRequest::email, 254), "password", SignInRequest::password, 1024),
                    "code", SignInRequest::code, 16).get();
        }
    }

    /** A signed-in session's bearer token. */
    public record SignedIn(UUID accountId, String token, Instant expiresAt) {
    }

    private final Jdbi jdbi;
    private final StaffAccounts accounts;
    private final SignInLimits limits;

    public StaffAccountRoutes(Jdbi jdbi, StaffAccounts accounts, SignInLimits limits) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.limits = limits;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/staff-accounts/invitations", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            InvitationRequest request = InvitationRequest.read(ctx);
            StaffAccounts.Invitation made = jdbi.inTransaction(h -> accounts.invite(h, office, request.email(),
                    request.name(), ClientAddress.of(ctx)));
            ctx.status(201).json(new InvitationCreated(made.accountId(), made.email(), made.name(), made.code(),
                    "/dashboard/invitation?code=" + made.code(), made.expiresAt()));
        });
        api.post("/api/v1/staff/sign-in", Access.PUBLIC, ctx -> {
            SignInRequest request = SignInRequest.read(ctx);
            limits.acquire(ctx, request.email());
            StaffAccounts.Session session = accounts.signIn(request.email(), request.password(), request.code(), ClientAddress.of(ctx));
            ctx.status(201).json(new SignedIn(session.accountId(), session.token(), session.expiresAt()));
        });
    }
}
