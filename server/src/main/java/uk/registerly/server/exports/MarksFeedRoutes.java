package uk.registerly.server.exports;

import uk.registerly.server.ratelimit.ClientAddress;
import static uk.registerly.server.auth.Role.OFFICE;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.sync.Cursor;

/**
 * {@code GET /api/v1/exports/marks/changes?since=CURSOR&limit=N}: the marks changed since a cursor, for
 * MIS connectors (issue 17, item 4; {@link MarksFeed}). OFFICE only, like every export — the connector
 * holds an office enrolment — and each page read is written to the audit log (who, from which cursor,
 * how many changes), never with a pupil's name.
 */
final class MarksFeedRoutes {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final Clock clock;

    MarksFeedRoutes(Jdbi jdbi, SchoolSetups setups, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.clock = clock;
    }

    void register(ApiRoutes api) {
        api.get("/api/v1/exports/marks/changes", Access.of(OFFICE), this::changes);
    }

    private void changes(Context ctx) {
        DevicePrincipal office = Authenticator.device(ctx);
        Cursor since = Cursor.parse(ctx.queryParam("since"));
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n >= 1 && n <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT)
                .getOrDefault(DEFAULT_LIMIT);
        MarksFeed.Page page = jdbi.inTransaction(h -> {
            SchoolSetup setup = setups.current(h, office.schoolId());
            MarksFeed.Page p = MarksFeed.read(h, setup, since, limit, setup.today(clock.instant()));
            AuditLog.record(h, office, office.schoolId(), "export.marks.changes", since.toString(),
                    Map.of("since", since.toString(), "next", p.next(), "changes", p.changes().size()), ClientAddress.of(ctx));
            return p;
        });
        ctx.json(Map.of("changes", page.changes(), "next", page.next(), "hasMore", page.hasMore()));
    }
}
