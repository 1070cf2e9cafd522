package uk.registerly.server.worklists;

import static uk.registerly.server.auth.Role.OFFICE;
import static uk.registerly.server.auth.Role.PARENT;
import static uk.registerly.server.auth.Role.TEACHER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.cache.EvaluatedSchool;
import uk.registerly.server.cache.SchoolStateCache;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.scope.DeviceScopes;

/** Figures and worklists: a pupil's attendance, the school's alerts, today's first-day calling list. */
public final class WorklistRoutes {

    private static final int MAX_RANGE_DAYS = 800;

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final DeviceScopes scopes;
    private final SchoolStateCache cache;
    private final Clock clock;

    public WorklistRoutes(Jdbi jdbi, SchoolSetups setups, DeviceScopes scopes, SchoolStateCache cache, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.scopes = scopes;
        this.cache = cache;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/pupils/{pupilId}/attendance", Access.of(OFFICE, TEACHER, PARENT), ctx -> {
            Principal principal = Authenticator.principal(ctx);
            UUID pupil = ctx.pathParamAsClass("pupilId", UUID.class).get();
            ctx.json(jdbi.withHandle(h -> {
                UUID school = h.createQuery("select school_id from pupils where id = :id").bind("id", pupil)
                        .mapTo(UUID.class).findOne().orElse(null);
                if (school == null || !maySeeAttendance(h, principal, school, pupil)) {
                    throw ApiException.notFound("no pupil " + pupil + " you may see");
                }
                SchoolSetup setup = setups.current(h, school);
                LocalDate today = setup.today(clock.instant());
                LocalDate from = ctx.queryParamAsClass("from", LocalDate.class)
                        .getOrDefault(Worklists.academicYearStart(today));
                LocalDate to = ctx.queryParamAsClass("to", LocalDate.class).getOrDefault(today);
                if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
                    throw ApiException.badRequest("from must not be after to, and the range at most " + MAX_RANGE_DAYS + " days");
                }
                return Worklists.pupilAttendance(h, setup, pupil, from, to, clock.instant());
            }));
        });
        api.get("/api/v1/alerts", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> Worklists.alerts(evaluated(h, office.schoolId()))));
        });
        api.get("/api/v1/worklists/first-day-calling", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> Worklists.firstDayCalling(h, evaluated(h, office.schoolId()),
                    clock.instant())));
        });
    }

    /** The school's evaluated state from this app server's cache, advanced to the log's horizon. */
    private EvaluatedSchool evaluated(Handle h, UUID school) {
        SchoolSetup setup = setups.current(h, school);
        return cache.current(h, setup, setup.today(clock.instant()));
    }

    /**
     * Office and teachers see their school's pupils (teachers cover classes); parents their own children
     * (gates are not admitted to the route).
     */
    /** A parent their own child's; a teacher a pupil its tablet holds (its classes, and those it covers today). */
    private boolean maySeeAttendance(Handle h, Principal principal, UUID school, UUID pupil) {
        if (principal instanceof ParentPrincipal parent) {
            return parent.isParentOf(pupil);
        }
        DevicePrincipal device = (DevicePrincipal) principal;
        return device.schoolId().equals(school)
                && scopes.current(h, device, clock.instant()).map(scope -> scope.holdsPupil(pupil)).orElse(true);
    }
}
