package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.http.ApiRoutes;

/** POST /api/v1/sync/push and GET /api/v1/sync/pull, for every kind of caller. */
public final class SyncRoutes {

    /** Every event's outcome, in the order pushed. */
    public record PushResponse(List<PushResult> results, Instant serverTime) {
    }

    /** One page of what the caller may see after its cursor. */
    public record PullResponse(List<PulledEvent> events, List<RosterChange> roster, String next,
                               boolean hasMore, Instant serverTime) {
    }

    private final PushService push;
    private final PullService pull;
    private final Clock clock;

    public SyncRoutes(PushService push, PullService pull, Clock clock) {
        this.push = push;
        this.pull = pull;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/sync/push", Access.ANY_TOKEN, ctx -> {
            Principal principal = Authenticator.principal(ctx);
            List<PushResult> results = push.push(principal, ctx.bodyValidator(JsonNode.class).get());
            ctx.json(new PushResponse(results, clock.instant()));
        });
        api.get("/api/v1/sync/pull", Access.ANY_TOKEN, ctx -> {
            Principal principal = Authenticator.principal(ctx);
            PullCursor since = PullCursor.parse(ctx.queryParam("since"));
            int limit = ctx.queryParamAsClass("limit", Integer.class)
                    .check(n -> n == null || n >= 1 && n <= PullService.MAX_LIMIT,
                            "limit must be between 1 and " + PullService.MAX_LIMIT)
                    .getOrDefault(PullService.DEFAULT_LIMIT);
            PullPage page = pull.pull(principal, since, limit);
            ctx.json(new PullResponse(page.events(), page.roster(), page.next(), page.hasMore(), clock.instant()));
        });
    }
}
