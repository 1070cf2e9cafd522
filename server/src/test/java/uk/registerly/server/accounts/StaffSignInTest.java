package uk.registerly.server.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.registerly.server.auth.Role;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.StaffLogins;
import uk.registerly.server.testing.TestServers;

/** Staff sign-in: two factors, one answer for every refusal, each code once, limited per email, hashed at rest. */
class StaffSignInTest extends ServerTest {

    @Test
    void everyWrongFactorGetsTheSameAnswerAndACodeWorksOnce() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withName("Sign-in Primary"));
        StaffLogins.Login login = StaffLogins.create(server, Role.LEADER, school.schoolId());
        Response wrongPassword = api.post("/api/v1/staff/sign-in", null, Map.of("email", login.email(),
                "password", "not the password", "code", login.code(TestServers.NOW)));
        Response wrongCode = api.post("/api/v1/staff/sign-in", null, Map.of("email", login.email(),
                "password", StaffLogins.PASSWORD, "code", "12345x"));
        Response unknown = api.post("/api/v1/staff/sign-in", null, Map.of("email", "nobody@test.example",
                "password", StaffLogins.PASSWORD, "code", "123456"));
        for (Response r : new Response[] {wrongPassword, wrongCode, unknown}) {
            assertEquals(401, r.status(), r.toString());
            assertEquals(StaffAccounts.SIGN_IN_REFUSED, r.text("message"));
        }
        Response ok = api.post("/api/v1/staff/sign-in", null, login.signInBody(TestServers.NOW));
        assertEquals(201, ok.status(), ok.toString());
        assertTrue(ok.text("token").startsWith("rgs_"));
        Response replay = api.post("/api/v1/staff/sign-in", null, login.signInBody(TestServers.NOW));
        assertEquals(401, replay.status(), "the same code a second time");
        assertEquals(200, api.get("/api/v1/figures", ok.text("token")).status());
        String stored = server.database().jdbi().withHandle(h -> h.createQuery(
                "select password_hash from staff_accounts where id = :id").bind("id", login.accountId())
                .mapTo(String.class).one());
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertFalse(stored.contains(StaffLogins.PASSWORD));
        assertTrue(PasswordHasher.matches(StaffLogins.PASSWORD, stored));
        assertFalse(PasswordHasher.matches("correct horse battery stapler", stored));
    }

    @Test
    void attemptsAreLimitedPerEmail() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withName("Limited Primary"));
        StaffLogins.Login login = StaffLogins.create(server, Role.LEADER, school.schoolId());
        for (int i = 0; i < SignInLimits.PER_ACCOUNT_PER_MINUTE; i++) {
            assertEquals(401, api.post("/api/v1/staff/sign-in", null, Map.of("email", login.email(),
                    "password", "guess " + i, "code", "000000")).status());
        }
        Response limited = api.post("/api/v1/staff/sign-in", null, login.signInBody(TestServers.NOW));
        assertEquals(429, limited.status(), "even the right answer waits: " + limited);
        assertTrue(limited.body().get("retryAfterSeconds").asInt() > 0);
    }

    @Test
    void theOfficeInvitesOnlyNewEmailsAndAnInvitationNeedsAGoodPassword() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withName("Invite Primary"));
        String office = api.enrol(school.officeCode());
        Response made = api.post("/api/v1/staff-accounts/invitations", office,
                Map.of("email", "Head@Invite.example", "name", "Hana Head"));
        assertEquals(201, made.status(), made.toString());
        assertEquals("head@invite.example", made.text("email"));
        assertEquals(409, api.post("/api/v1/staff-accounts/invitations", office,
                Map.of("email", "head@invite.example", "name", "Hana Again")).status());
        assertEquals(400, api.post("/api/v1/staff-accounts/invitations", office,
                Map.of("email", "not an email", "name", "X")).status());
        StaffAccounts accounts = new StaffAccounts(server.database().jdbi(), server.config().clock());
        String code = made.text("invitationCode");
        StaffAccounts.PendingInvitation pending = accounts.pending(code).orElseThrow();
        String totp = Totp.code(pending.totpSecret(), TestServers.NOW);
        assertEquals("the password must have at least 12 characters", assertRefused(() ->
                accounts.accept(code, "short", "short", totp, null)));
        assertEquals("the two passwords are not the same", assertRefused(() ->
                accounts.accept(code, "long enough password", "long enough passw0rd", totp, null)));
        assertTrue(assertRefused(() -> accounts.accept(code, "long enough password", null, "999999", null))
                .startsWith("the security code does not match"));
        accounts.accept(code, "long enough password", null, totp, null);
        assertTrue(accounts.pending(code).isEmpty(), "an invitation is used once");
        assertEquals(Integer.valueOf(1), server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from audit_log where action = 'staff_account.invited' and school_id = :s")
                .bind("s", school.schoolId()).mapTo(Integer.class).one()));
    }

    private static String assertRefused(Runnable action) {
        try {
            action.run();
        } catch (uk.registerly.server.http.ApiException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
