package uk.registerly.server.accounts;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.ratelimit.RateLimiter;
import uk.registerly.server.ratelimit.TrustedProxies;

/**
 * Staff sign-in attempts are limited per client address (the server's sign-in rate) and per email address
 * ({@value #PER_ACCOUNT_PER_MINUTE} a minute), so neither one address guessing many accounts nor many
 * addresses guessing one account gets far. Both are kept in PostgreSQL ({@link RateLimiter}), so every
 * app server behind a load balancer shares them, and the address is the real client's (trusted proxies).
 */
public final class SignInLimits {

    public static final int PER_ACCOUNT_PER_MINUTE = 5;

    private final RateLimiter perAddress;
    private final RateLimiter perAccount;

    public SignInLimits(Jdbi jdbi, int perAddressPerMinute, Clock clock, TrustedProxies proxies) {
        this.perAddress = new RateLimiter(jdbi, "staff-sign-in", perAddressPerMinute, clock, proxies);
        this.perAccount = new RateLimiter(jdbi, "staff-sign-in-account", PER_ACCOUNT_PER_MINUTE, clock, proxies);
    }

    /** Takes one attempt for the request's client address and the email, or throws 429. */
    public void acquire(Context ctx, String email) {
        perAddress.acquire(ctx);
        perAccount.acquire("account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
    }
}
