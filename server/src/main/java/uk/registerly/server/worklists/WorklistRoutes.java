package uk.registerly.server.worklists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;

/** Figures and worklists: a pupil's attendance, the school's alerts, today's first-day calling list. */
public final class WorklistRoutes {

    private static final int MAX_RANGE_DAYS = 800;

    private final Jdbi jdbi;
    private final Authenticator auth;
    private final SchoolSetups setups;
    private final Clock clock;

    public WorklistRoutes(Jdbi jdbi, Authenticator auth, SchoolSetups setups, Clock clock) {
        this.jdbi = jdbi;
        this.auth = auth;
        this.setups = setups;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/pupils/{pupilId}/attendance", ctx -> {
            Principal principal = auth.authenticate(ctx);
            UUID pupil = ctx.pathParamAsClass("pupilId", UUID.class).get();
            ctx.json(jdbi.withHandle(h -> {
                UUID school = h.createQuery("select school_id from pupils where id = :id").bind("id", pupil)
                        .mapTo(UUID.class).findOne().orElse(null);
                if (school == null || !maySeeAttendance(principal, school, pupil)) {
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
        api.get("/api/v1/alerts", ctx -> {
            DevicePrincipal office = auth.device(ctx, Role.OFFICE);
            ctx.json(jdbi.withHandle(h -> Worklists.alerts(h, setups.current(h, office.schoolId()), clock.instant())));
        });
        api.get("/api/v1/worklists/first-day-calling", ctx -> {
            DevicePrincipal office = auth.device(ctx, Role.OFFICE);
            ctx.json(jdbi.withHandle(h -> Worklists.firstDayCalling(h, setups.current(h, office.schoolId()),
                    clock.instant())));
        });
    }

    /** Office and teachers see their school's pupils (teachers cover classes); parents their own children. */
    private static boolean maySeeAttendance(Principal principal, UUID school, UUID pupil) {
        if (principal instanceof ParentPrincipal parent) {
            return parent.isParentOf(pupil);
        }
        DevicePrincipal device = (DevicePrincipal) principal;
        return device.schoolId().equals(school) && device.role() != Role.GATE;
    }
}
