package uk.registerly.server.sync;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.scope.DeviceScope;
import uk.registerly.server.scope.DeviceScopes;

/**
 * Serves the events and roster changes a caller may see, in cursor order, from a cursor on.
 *
 * <p>Only rows written by transactions older than the oldest transaction still running are served
 * (the snapshot's xmin; {@link PullQuery}): every such transaction has committed or rolled back, so no row
 * can later appear behind a cursor already handed out. See docs/sync-protocol.md.
 *
 * <p>A TEACHER or GATE device is served only its scope ({@link DeviceScope}; {@link ScopedPull}), with the
 * fields its role never holds removed ({@link WithheldFields}).
 */
public final class PullService {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    private final Jdbi jdbi;
    private final DeviceScopes scopes;
    private final Clock clock;

    public PullService(Jdbi jdbi, DeviceScopes scopes, Clock clock) {
        this.jdbi = jdbi;
        this.scopes = scopes;
        this.clock = clock;
    }

    public PullPage pull(Principal principal, PullCursor since, int limit) {
        return jdbi.withHandle(h -> {
            if (principal instanceof ParentPrincipal parent) {
                return whole(PullQuery.parent(h, parent), parent.role(), since.position(), limit);
            }
            DevicePrincipal device = (DevicePrincipal) principal;
            Optional<DeviceScope> scope = scopes.current(h, device, clock.instant());
            if (scope.isEmpty()) {
                return whole(PullQuery.wholeSchool(h, device), device.role(), since.position(), limit);
            }
            return ScopedPull.pull(h, device, scope.get(), since, limit, clock.instant());
        });
    }

    /** An office device or a parent: everything its query lets through, from {@code since} on. */
    private static PullPage whole(Query query, Role role, Cursor since, int limit) {
        List<PullRow> rows = PullQuery.read(query, role, since, null, limit + 1);
        // One row beyond the limit is read only to tell whether there is more.
        boolean hasMore = rows.size() > limit;
        return PullPage.of(rows.subList(0, Math.min(limit, rows.size())), role, List.of(),
                PullPage.lastCursor(rows, limit, since).toString(), hasMore);
    }
}
