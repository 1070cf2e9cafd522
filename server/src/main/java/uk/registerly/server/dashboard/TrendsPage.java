package uk.registerly.server.dashboard;

import uk.registerly.server.ratelimit.ClientAddress;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.GroupBy;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.school.SchoolSetup;

/** The school's attendance week by week this year: a line chart and its table. */
final class TrendsPage implements PageHandler {

    private final Jdbi jdbi;
    private final SchoolFigureService figures;
    private final Clock clock;
    private final SchoolPicker picker;
    private final PageRenderer renderer;

    TrendsPage(Jdbi jdbi, SchoolFigureService figures, Clock clock, SchoolPicker picker, PageRenderer renderer) {
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
            FiguresByGroup byGroup = figures.group(evaluated, period, GroupBy.YEAR_GROUP);
            AuditLog.record(h, staff, school, "dashboard.trends.viewed", school.toString(), Map.of(), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("period", period.from().format(DashboardPages.SHORT) + " to " + period.to().format(DashboardPages.SHORT));
            List<Map<String, Object>> weeks = new ArrayList<>();
            for (GroupFigures w : byGroup.weeks()) {
                weeks.add(DashboardPages.row(w, "w/c " + LocalDate.parse(w.group()).format(DashboardPages.SHORT)));
            }
            s.put("weeks", weeks);
            s.put("chart", DashboardPages.weeklyChart(byGroup.weeks(), "Attendance week by week"));
            return s;
        });
        renderer.render(ctx, 200, staff, "Trends", "trends", picker.withSchool(scope, staff, school), true);
    }
}
