package uk.registerly.server.school;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;

/** The caller's school: its calendar and registers (any device), replaced by the office. */
public final class SchoolRoutes {

    private final Jdbi jdbi;
    private final Authenticator auth;
    private final SchoolSetups setups;

    public SchoolRoutes(Jdbi jdbi, Authenticator auth, SchoolSetups setups) {
        this.jdbi = jdbi;
        this.auth = auth;
        this.setups = setups;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/school", ctx -> {
            DevicePrincipal device = auth.device(ctx, Role.TEACHER, Role.GATE, Role.OFFICE);
            ctx.json(jdbi.withHandle(h -> Schools.snapshot(h, device.schoolId(),
                    Schools.specOf(setups.current(h, device.schoolId())))));
        });
        api.put("/api/v1/school/calendar", ctx -> {
            DevicePrincipal office = auth.device(ctx, Role.OFFICE);
            CalendarSpec spec = CalendarSpec.parse(ctx.bodyValidator(JsonNode.class).get());
            ctx.json(jdbi.inTransaction(h -> {
                List<String> missing = spec.missingRegisters(h.createQuery(
                                "select code from year_groups where school_id = :school order by code")
                        .bind("school", office.schoolId()).mapTo(String.class).list());
                if (!missing.isEmpty()) {
                    throw ApiException.badRequest("registers leave pupils without a register: " + missing
                            + " (add those year groups, or a \"*\" register for the session)");
                }
                Schools.replaceCalendar(h, office.schoolId(), spec);
                AuditLog.record(h, office, office.schoolId(), "school.calendar_replaced", office.schoolId().toString(),
                        Map.of("terms", spec.terms().size(), "closures", spec.closures().size(),
                                "registers", spec.registers().size()), ctx.ip());
                return Schools.snapshot(h, office.schoolId(), spec);
            }));
        });
    }
}
