package uk.registerly.server.devices;

import static uk.registerly.server.auth.Role.OFFICE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiRoutes;

/** GET /api/v1/devices/clocks: the office's list of tablets whose clock is off, and the events it flagged. */
public final class DeviceClockRoutes {

    /** The list covers this many days back by default. */
    static final int DEFAULT_DAYS = 7;

    private final Jdbi jdbi;
    private final Clock clock;

    public DeviceClockRoutes(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/devices/clocks", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> {
                ZoneId zone = h.createQuery("select time_zone from schools where id = :id")
                        .bind("id", office.schoolId()).mapTo(String.class).one().transform(ZoneId::of);
                LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
                LocalDate from = ctx.queryParamAsClass("from", LocalDate.class)
                        .check(d -> d == null || !d.isAfter(today), "from must not be in the future")
                        .getOrDefault(today.minusDays(DEFAULT_DAYS));
                return DeviceClocks.report(h, office.schoolId(), zone, from);
            }));
        });
    }
}
