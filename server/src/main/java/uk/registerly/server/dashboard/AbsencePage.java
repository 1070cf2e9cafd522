package uk.registerly.server.dashboard;

import uk.registerly.server.ratelimit.ClientAddress;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.school.SchoolSetup;

/** The persistently and severely absent pupils this year, by name. */
final class AbsencePage implements PageHandler {

    private final Jdbi jdbi;
    private final SchoolFigureService figures;
    private final Clock clock;
    private final SchoolPicker picker;
    private final PageRenderer renderer;

    AbsencePage(Jdbi jdbi, SchoolFigureService figures, Clock clock, SchoolPicker picker, PageRenderer renderer) {
        this.jdbi = jdbi;
        this.figures = figures;
        this.clock = clock;
        this.picker = picker;
        this.renderer = renderer;
    }

    @Override
    public void handle(Context ctx, StaffPrincipal staff) {
        UUID school = SchoolPicker.school(ctx, staff);
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            SchoolSetup setup = figures.setup(h, school);
            ReportingPeriod period = figures.period(setup, clock.instant(), null, null);
            SchoolFigureService.Evaluated evaluated = figures.evaluate(h, school, period, clock.instant());
            List<SchoolFigureService.Absentee> list = figures.absentees(evaluated, period);
            // Names of pupils: the view itself is recorded, with how many pupils it showed (never their names).
            AuditLog.record(h, staff, school, "dashboard.absence_lists.viewed", school.toString(),
                    Map.of("pupils", list.size()), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("period", period.from().format(DashboardPages.SHORT) + " to " + period.to().format(DashboardPages.SHORT));
            List<Map<String, Object>> severe = DashboardPages.absentees(list, true);
            List<Map<String, Object>> persistent = DashboardPages.absentees(list, false);
            s.put("severe", severe);
            s.put("persistent", persistent);
            s.put("severeCount", severe.size());
            s.put("hasSevere", !severe.isEmpty());
            s.put("hasPersistent", !persistent.isEmpty());
            s.put("persistentCount", persistent.size());
            return s;
        });
        renderer.render(ctx, 200, staff, "Persistent and severe absence", "absence",
                picker.withSchool(scope, staff, school), false);
    }
}
