package uk.registerly.server.accounts;

import java.time.Clock;
import java.util.Locale;
import uk.registerly.server.http.RateLimiter;

/**
 * Staff sign-in attempts are limited per client address (the server's sign-in rate) and per email address
 * ({@value #PER_ACCOUNT_PER_MINUTE} a minute), so neither one address guessing many accounts nor many
 * addresses guessing one account gets far. One app server's limits (docs/known-gaps.md).
 */
public final class SignInLimits {

    public static final int PER_ACCOUNT_PER_MINUTE = 5;

    private final RateLimiter perAddress;
    private final RateLimiter perAccount;

    public SignInLimits(int perAddressPerMinute, Clock clock) {
        this.perAddress = new RateLimiter(perAddressPerMinute, clock);
        this.perAccount = new RateLimiter(PER_ACCOUNT_PER_MINUTE, clock);
    }

    /** Takes one attempt for the address and the email, or throws 429. */
    public void acquire(String clientIp, String email) {
        perAddress.acquire(clientIp);
        perAccount.acquire(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
}
