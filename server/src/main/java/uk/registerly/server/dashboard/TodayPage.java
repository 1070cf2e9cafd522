package uk.registerly.server.dashboard;

import uk.registerly.server.ratelimit.ClientAddress;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.school.SchoolSetup;

/** Today: registers taken, present/late/absent now, first-day calls outstanding, each class's register. */
final class TodayPage implements PageHandler {

    private final Jdbi jdbi;
    private final SchoolFigureService figures;
    private final Clock clock;
    private final SchoolPicker picker;
    private final PageRenderer renderer;

    TodayPage(Jdbi jdbi, SchoolFigureService figures, Clock clock, SchoolPicker picker, PageRenderer renderer) {
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
            SchoolFigureService.Today today = figures.today(h, school, clock.instant());
            SchoolSetup setup = figures.setup(h, school);
            AuditLog.record(h, staff, school, "dashboard.today.viewed", school.toString(), Map.of(), ClientAddress.of(ctx));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", setup.name());
            s.put("date", today.date().format(DashboardPages.DAY));
            s.put("schoolDay", today.schoolDay());
            s.put("session", today.session() == null ? "" : today.session().name().equals("AM") ? "morning" : "afternoon");
            s.put("registersTaken", today.registersTaken());
            s.put("registers", today.registers());
            s.put("present", today.present());
            s.put("late", today.late());
            s.put("absent", today.absent());
            s.put("unmarked", today.unmarked());
            s.put("calls", today.firstDayCallsOutstanding());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SchoolFigureService.Register r : today.classRegisters()) {
                rows.add(Map.of("className", r.className(), "yearGroup", r.yearGroup(), "pupils", r.pupils(),
                        "marked", r.marked(), "taken", r.taken()));
            }
            s.put("classRegisters", rows);
            return s;
        });
        renderer.render(ctx, 200, staff, "Today", "today", picker.withSchool(scope, staff, school), false);
    }
}
