package uk.registerly.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.Secrets;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;

/**
 * Staff accounts for the dashboard (issue 18): invited by the school's office device, accepted by the invitee
 * (a password, stored as an Argon2id hash, and an authenticator app proved with one code), signed in with email,
 * password and a current code. Sessions last {@link #SESSION_HOURS} hours; each has its own CSRF token. Every
 * refusal of a sign-in says the same thing, so it tells nobody which of the three was wrong.
 */
public final class StaffAccounts {

    public static final int SESSION_HOURS = 8;
    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final int MIN_PASSWORD_LENGTH = 12;
    static final String SIGN_IN_REFUSED = "the email address, password or security code is not right";

    /** An account as stored. */
    public record Account(UUID id, String email, String name, String role, UUID schoolId, UUID trustId,
                          String passwordHash, byte[] totpSecret, boolean active) {
    }

    /** An invitation just made: the code is shown once (only its hash is kept). */
    public record Invitation(UUID accountId, String email, String name, String code, Instant expiresAt) {
    }

    /** What the invitee sees when they open their invitation: who it is for and the authenticator key. */
    public record PendingInvitation(UUID accountId, String email, String name, byte[] totpSecret) {
    }

    /** A signed-in session: the token (cookie or bearer) and when it ends. */
    public record Session(String token, String csrfToken, Instant expiresAt, UUID accountId) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public StaffAccounts(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** An office device invites one of its school's leaders (an email not already taken). Audited. */
    public Invitation invite(Handle h, DevicePrincipal office, String email, String name, String clientIp) {
        String normalised = normaliseEmail(email);
        boolean taken = h.createQuery("select count(*) from staff_accounts where email = :e").bind("e", normalised)
                .mapTo(Integer.class).one() > 0;
        if (taken) {
            throw ApiException.conflict("there is already a staff account for " + normalised);
        }
        UUID id = UUID.randomUUID();
        h.createUpdate("""
                        insert into staff_accounts (id, email, name, role, school_id)
                        values (:id, :email, :name, 'LEADER', :school)""")
                .bind("id", id).bind("email", normalised).bind("name", name.strip()).bind("school", office.schoolId())
                .execute();
        Invitation invitation = newInvitation(h, id, normalised, name.strip());
        AuditLog.record(h, office, office.schoolId(), "staff_account.invited", id.toString(),
                java.util.Map.of("role", "LEADER"), clientIp);
        return invitation;
    }

    /** An account made by the server itself (the demo's leaders, a trust's first director), active at once. */
    public static UUID createActive(Handle h, Role role, UUID schoolOrTrust, String email, String name, String password,
                                    byte[] totpSecret) {
        UUID id = UUID.randomUUID();
        h.createUpdate("""
                        insert into staff_accounts (id, email, name, role, school_id, trust_id, password_hash, totp_secret, active)
                        values (:id, :email, :name, :role, :school, :trust, :hash, :secret, true)""")
                .bind("id", id).bind("email", normaliseEmail(email)).bind("name", name).bind("role", role.name())
                .bind("school", role == Role.LEADER ? schoolOrTrust : null)
                .bind("trust", role == Role.TRUST ? schoolOrTrust : null)
                .bind("hash", PasswordHasher.hash(password)).bind("secret", totpSecret)
                .execute();
        return id;
    }

    private Invitation newInvitation(Handle h, UUID account, String email, String name) {
        String code = Secrets.newCode();
        Instant expires = clock.instant().plus(INVITATION_VALID);
        h.createUpdate("""
                        insert into staff_invitations (code_hash, account_id, totp_secret, expires_at)
                        values (:hash, :account, :secret, :expires)""")
                .bind("hash", Secrets.hashCode(code)).bind("account", account).bind("secret", Totp.newSecret())
                .bind("expires", expires).execute();
        return new Invitation(account, email, name, code, expires);
    }

    /** The invitation a code opens, while unused and unexpired. */
    public Optional<PendingInvitation> pending(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id as account_id, a.email, a.name, i.totp_secret
                        from staff_invitations i join staff_accounts a on a.id = i.account_id
                        where i.code_hash = :hash and i.used_at is null and i.expires_at > :now""")
                .bind("hash", Secrets.hashCode(code)).bind("now", clock.instant())
                .map(ConstructorMapper.of(PendingInvitation.class)).findOne());
    }

    /**
     * Accepts an invitation: the password (at least {@value #MIN_PASSWORD_LENGTH} characters) and a current
     * code from the authenticator app the invitee has just added the key to. Nothing is written on a refusal.
     */
    public void accept(String code, String password, String confirm, String totpCode, String clientIp) {
        PendingInvitation invitation = pending(code)
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_CODE, "this invitation is unknown, used or expired"));
        checkPassword(password, confirm);
        OptionalLong step = Totp.matchingStep(invitation.totpSecret(), totpCode, clock.instant());
        if (step.isEmpty()) {
            throw ApiException.badRequest("the security code does not match: enter the 6 digits your authenticator "
                    + "app shows now for Registerly");
        }
        jdbi.useTransaction(h -> {
            int used = h.createUpdate("update staff_invitations set used_at = :now where code_hash = :hash and used_at is null")
                    .bind("now", clock.instant()).bind("hash", Secrets.hashCode(code)).execute();
            if (used != 1) {
                throw new ApiException(ErrorCode.INVALID_CODE, "this invitation is unknown, used or expired");
            }
            h.createUpdate("""
                            update staff_accounts set password_hash = :hash, totp_secret = :secret, active = true
                            where id = :id""")
                    .bind("hash", PasswordHasher.hash(password)).bind("secret", invitation.totpSecret())
                    .bind("id", invitation.accountId()).execute();
            markStepUsed(h, invitation.accountId(), step.getAsLong());
            AuditLog.recordActor(h, "STAFF_ACCOUNT", invitation.accountId(), null, schoolOf(h, invitation.accountId()),
                    "staff_account.accepted", invitation.accountId().toString(), java.util.Map.of(), clientIp);
        });
    }

    static void checkPassword(String password, String confirm) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (confirm != null && !confirm.equals(password)) {
            throw ApiException.badRequest("the two passwords are not the same");
        }
    }

    /**
     * Signs in with email, password and a current TOTP code (each code once): a new session, audited. The
     * password is checked even for an unknown email (against a dummy hash) so timing tells nothing either.
     */
    public Session signIn(String email, String password, String totpCode, String clientIp) {
        String normalised = email == null ? "" : normaliseEmail(email);
        Optional<Account> found = jdbi.withHandle(h -> h.createQuery("""
                        select id, email, name, role, school_id, trust_id, password_hash, totp_secret, active
                        from staff_accounts where email = :e""")
                .bind("e", normalised).map(ConstructorMapper.of(Account.class)).findOne());
        boolean passwordOk = PasswordHasher.matches(password == null ? "" : password,
                found.filter(Account::active).map(Account::passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !found.get().active() || !passwordOk) {
            auditRefusal(found.map(Account::id).orElse(null), clientIp);
            throw new ApiException(ErrorCode.UNAUTHORIZED, SIGN_IN_REFUSED);
        }
        Account account = found.get();
        OptionalLong step = Totp.matchingStep(account.totpSecret(), totpCode, clock.instant());
        return jdbi.inTransaction(h -> {
            if (step.isEmpty() || !markStepUsed(h, account.id(), step.getAsLong())) {
                h.rollback();
                auditRefusal(account.id(), clientIp);
                throw new ApiException(ErrorCode.UNAUTHORIZED, SIGN_IN_REFUSED);
            }
            String token = Secrets.newStaffToken();
            String csrf = Secrets.newStaffToken().substring(Secrets.STAFF_TOKEN_PREFIX.length());
            Instant expires = clock.instant().plus(Duration.ofHours(SESSION_HOURS));
            h.createUpdate("""
                            insert into staff_sessions (token_hash, account_id, csrf_token, created_at, expires_at)
                            values (:hash, :account, :csrf, :now, :expires)""")
                    .bind("hash", Secrets.hashToken(token)).bind("account", account.id()).bind("csrf", csrf)
                    .bind("now", clock.instant()).bind("expires", expires).execute();
            AuditLog.recordActor(h, "STAFF_ACCOUNT", account.id(), null, account.schoolId(), "staff_account.signed_in",
                    account.id().toString(), java.util.Map.of("role", account.role()), clientIp);
            return new Session(token, csrf, expires, account.id());
        });
    }

    private void auditRefusal(UUID account, String clientIp) {
        jdbi.useHandle(h -> AuditLog.recordActor(h, "ANONYMOUS", account, null, null, "staff_account.sign_in_refused",
                account == null ? null : account.toString(), java.util.Map.of(), clientIp));
    }

    /** Records a code's step as used; false when it already was (a replayed code). */
    private static boolean markStepUsed(Handle h, UUID account, long step) {
        return h.createUpdate("""
                        insert into staff_totp_used (account_id, time_step) values (:a, :s) on conflict do nothing""")
                .bind("a", account).bind("s", step).execute() == 1;
    }

    /** The signed-in account a session token stands for, while the session lasts. */
    public Optional<StaffPrincipal> principal(String token) {
        if (token == null || !token.startsWith(Secrets.STAFF_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> {
            Optional<SessionRow> row = h.createQuery("""
                            select a.id, a.email, a.name, a.role, a.school_id, a.trust_id, s.csrf_token
                            from staff_sessions s join staff_accounts a on a.id = s.account_id
                            where s.token_hash = :hash and s.ended_at is null and s.expires_at > :now and a.active""")
                    .bind("hash", Secrets.hashToken(token)).bind("now", clock.instant())
                    .map(ConstructorMapper.of(SessionRow.class)).findOne();
            return row.map(r -> {
                Role role = Role.valueOf(r.role());
                List<UUID> schools = role == Role.LEADER ? List.of(r.schoolId())
                        : h.createQuery("select id from schools where trust_id = :t order by name")
                                .bind("t", r.trustId()).mapTo(UUID.class).list();
                return new StaffPrincipal(r.id(), r.email(), r.name(), role, r.schoolId(), r.trustId(), schools,
                        r.csrfToken());
            });
        });
    }

    /** A session row joined to its account. */
    public record SessionRow(UUID id, String email, String name, String role, UUID schoolId, UUID trustId,
                             String csrfToken) {
    }

    /** Ends a session (signing out): its token works nowhere afterwards. */
    public void signOut(StaffPrincipal staff, String token, String clientIp) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update staff_sessions set ended_at = :now where token_hash = :hash and ended_at is null")
                    .bind("now", clock.instant()).bind("hash", Secrets.hashToken(token)).execute();
            AuditLog.record(h, staff, staff.schoolId(), "staff_account.signed_out", staff.accountId().toString(),
                    java.util.Map.of(), clientIp);
        });
    }

    private static UUID schoolOf(Handle h, UUID account) {
        return h.createQuery("select school_id from staff_accounts where id = :id").bind("id", account)
                .mapTo(UUID.class).findOne().orElse(null);
    }

    public static String normaliseEmail(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || e.length() > 254) {
            throw ApiException.badRequest("email must be an email address, such as head@school.example");
        }
        return e;
    }

    /** A real Argon2id hash of a random password: an unknown email costs what a known one does. */
    private static final String DUMMY_HASH = PasswordHasher.hash(Secrets.newCode());
}
