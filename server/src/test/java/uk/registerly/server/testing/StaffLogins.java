package uk.registerly.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.accounts.StaffAccounts;
import uk.registerly.server.accounts.Totp;
import uk.registerly.server.auth.Role;
import uk.registerly.server.trusts.Trusts;

/** Staff accounts for tests: made active with a known password and key, signed in through the API. */
public final class StaffLogins {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** An account as made: its email and authenticator key. */
    public record Login(UUID accountId, String email, byte[] secret) {

        /** The code the account's app shows at {@code at}. */
        public String code(Instant at) {
            return Totp.code(secret, at);
        }

        public Map<String, String> signInBody(Instant at) {
            return Map.of("email", email, "password", PASSWORD, "code", code(at));
        }
    }

    private StaffLogins() {
    }

    /** A new active account of {@code role} for a school (LEADER) or a trust (TRUST). */
    public static Login create(RegisterlyServer server, Role role, UUID schoolOrTrust) {
        String email = "staff" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@test.example";
        byte[] secret = Totp.newSecret();
        UUID id = server.database().jdbi().inTransaction(h -> StaffAccounts.createActive(h, role, schoolOrTrust, email,
                "Test " + role, PASSWORD, secret));
        return new Login(id, email, secret);
    }

    /** A new account, signed in: its API token. */
    public static String token(RegisterlyServer server, ApiClient api, Role role, UUID schoolOrTrust) {
        Login login = create(server, role, schoolOrTrust);
        ApiClient.Response r = api.post("/api/v1/staff/sign-in", null, login.signInBody(TestServers.NOW));
        assertEquals(201, r.status(), r.toString());
        return r.text("token");
    }

    /** A new trust holding the schools. */
    public static UUID trust(RegisterlyServer server, UUID... schools) {
        return server.database().jdbi().inTransaction(h -> {
            UUID trust = Trusts.create(h, "Test Trust " + UUID.randomUUID());
            for (UUID school : schools) {
                Trusts.addSchool(h, trust, school);
            }
            return trust;
        });
    }
}
