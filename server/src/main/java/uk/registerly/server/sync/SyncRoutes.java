package uk.registerly.server.sync;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.Requests;

/** POST /api/v1/sync/push and GET /api/v1/sync/pull, for every kind of caller. */
public final class SyncRoutes {

    private final Authenticator auth;
    private final PushService push;
    private final PullService pull;
    private final Clock clock;

    public SyncRoutes(Authenticator auth, PushService push, PullService pull, Clock clock) {
        this.auth = auth;
        this.push = push;
        this.pull = pull;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/sync/push", ctx -> {
            Principal principal = auth.authenticate(ctx);
            List<PushResult> results = push.push(principal, Requests.jsonBody(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("results", results);
            body.put("serverTime", clock.instant());
            ctx.json(body);
        });
        api.get("/api/v1/sync/pull", ctx -> {
            Principal principal = auth.authenticate(ctx);
            Cursor since = Cursor.parse(ctx.queryParam("since"));
            int limit = Requests.intQuery(ctx, "limit", PullService.DEFAULT_LIMIT, 1, PullService.MAX_LIMIT);
            PullService.Page page = pull.pull(principal, since, limit);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("events", page.events());
            body.put("roster", page.roster());
            body.put("next", page.next());
            body.put("hasMore", page.hasMore());
            body.put("serverTime", clock.instant());
            ctx.json(body);
        });
    }
}
