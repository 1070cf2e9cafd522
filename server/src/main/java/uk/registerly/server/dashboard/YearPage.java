package uk.registerly.server.dashboard;

import uk.registerly.server.ratelimit.ClientAddress;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.FigureRoutes;
import uk.registerly.server.figures.GroupBy;
import uk.registerly.server.figures.NationalFigures;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.school.SchoolSetup;

/** This year (or a chosen range) by group, beside the national figures, with a bar chart. */
final class YearPage implements PageHandler {

    private final Jdbi jdbi;
    private final SchoolFigureService figures;
    private final Clock clock;
    private final SchoolPicker picker;
    private final PageRenderer renderer;

    YearPage(Jdbi jdbi, SchoolFigureService figures, Clock clock, SchoolPicker picker, PageRenderer renderer) {
        this.jdbi = jdbi;
        this.figures = figures;
        this.clock = clock;
        this.picker = picker;
        this.renderer = renderer;
    }

    @Override
    public void handle(Context ctx, StaffPrincipal staff) {
        UUID school = SchoolPicker.school(ctx, staff);
        GroupBy groupBy = GroupBy.parse(ctx.queryParam("groupBy"));
        LocalDate from = FigureRoutes.optional(ctx, "from", LocalDate.class);
        LocalDate to = FigureRoutes.optional(ctx, "to", LocalDate.class);
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            SchoolSetup setup = figures.setup(h, school);
            ReportingPeriod period = figures.period(setup, clock.instant(), from, to);
            SchoolFigureService.Evaluated evaluated = figures.evaluate(h, school, period, clock.instant());
            FiguresByGroup byGroup = figures.group(evaluated, period, groupBy);
            AuditLog.record(h, staff, school, "dashboard.year.viewed", school.toString(),
                    Map.of("groupBy", groupBy.wire()), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("from", period.from().toString());
            s.put("to", period.to().toString());
            s.put("period", period.from().format(DashboardPages.SHORT) + " to " + period.to().format(DashboardPages.SHORT));
            s.put("groupByLabel", groupBy.label());
            List<Map<String, Object>> options = new ArrayList<>();
            for (GroupBy g : GroupBy.values()) {
                options.add(Map.of("value", g.wire(), "label", g.label(), "selected", g == groupBy));
            }
            s.put("groupByOptions", options);
            s.put("total", DashboardPages.row(byGroup.total(), "Whole school"));
            s.put("groups", DashboardPages.rows(byGroup.groups(), groupBy));
            s.put("characteristic", groupBy.isCharacteristic());
            s.put("national", DashboardPages.national(byGroup.total()));
            s.put("nationalSource", NationalFigures.document().source());
            s.put("chart", DashboardPages.barChart(byGroup.groups().stream().map(g ->
                    g.group().equals(FiguresByGroup.UNKNOWN) ? "Not recorded" : groupBy.groupLabel(g.group())).toList(),
                    byGroup.groups(),
                    "Attendance by " + groupBy.label().toLowerCase(Locale.UK)));
            return s;
        });
        renderer.render(ctx, 200, staff, "This year by group", "year", picker.withSchool(scope, staff, school), true);
    }
}
