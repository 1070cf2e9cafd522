package uk.registerly.server.dashboard;

import uk.registerly.server.ratelimit.ClientAddress;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.GroupBy;
import uk.registerly.server.figures.NationalFigures;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.trusts.Trusts;

/** A trust director's overview: each school's figures this year, the trust's total, and the national figures. */
final class TrustPage implements PageHandler {

    private final Jdbi jdbi;
    private final SchoolFigureService figures;
    private final Clock clock;
    private final PageRenderer renderer;

    TrustPage(Jdbi jdbi, SchoolFigureService figures, Clock clock, PageRenderer renderer) {
        this.jdbi = jdbi;
        this.figures = figures;
        this.clock = clock;
        this.renderer = renderer;
    }

    @Override
    public void handle(Context ctx, StaffPrincipal staff) {
        Map<String, Object> scope = jdbi.inTransaction(h -> {
            Trusts.Trust trust = Trusts.get(h, staff.trustId());
            List<Map<String, Object>> rows = new ArrayList<>();
            List<GroupFigures> totals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String period = null;
            for (Trusts.TrustSchool s : Trusts.schools(h, staff.trustId())) {
                SchoolSetup setup = figures.setup(h, s.id());
                ReportingPeriod p = figures.period(setup, clock.instant(), null, null);
                period = period != null ? period
                        : p.from().format(DashboardPages.SHORT) + " to " + p.to().format(DashboardPages.SHORT);
                FiguresByGroup byGroup = figures.group(figures.evaluate(h, s.id(), p, clock.instant()), p,
                        GroupBy.YEAR_GROUP);
                GroupFigures total = byGroup.total();
                totals.add(total);
                names.add(s.name());
                Map<String, Object> row = DashboardPages.row(total, s.name());
                row.put("id", s.id().toString());
                row.put("policy", s.policyPreset());
                rows.add(row);
                AuditLog.record(h, staff, s.id(), "dashboard.trust.viewed", s.id().toString(), Map.of(), ClientAddress.of(ctx));
            }
            GroupFigures all = GroupFigures.sum(FiguresByGroup.ALL, totals);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("trust", trust.name());
            s.put("period", period);
            s.put("schools", rows);
            s.put("schoolCount", rows.size());
            s.put("total", DashboardPages.row(all, "Whole trust"));
            s.put("national", DashboardPages.national(all));
            s.put("nationalSource", NationalFigures.document().source());
            s.put("chart", DashboardPages.barChart(names, totals, "Attendance by school"));
            return s;
        });
        renderer.render(ctx, 200, staff, "Trust overview", "trust", scope, true);
    }
}
