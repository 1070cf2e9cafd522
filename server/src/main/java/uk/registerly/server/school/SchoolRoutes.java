package uk.registerly.server.school;

import static uk.registerly.server.auth.Role.GATE;
import static uk.registerly.server.auth.Role.OFFICE;
import static uk.registerly.server.auth.Role.TEACHER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.ratelimit.ClientAddress;

/** The caller's school: its calendar and registers (any device), replaced by the office. */
public final class SchoolRoutes {

    private final Jdbi jdbi;
    private final SchoolSetups setups;

    public SchoolRoutes(Jdbi jdbi, SchoolSetups setups) {
        this.jdbi = jdbi;
        this.setups = setups;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/school", Access.of(TEACHER, GATE, OFFICE), ctx -> {
            DevicePrincipal device = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> Schools.snapshot(h, device.schoolId(),
                    Schools.specOf(setups.current(h, device.schoolId())))));
        });
        api.put("/api/v1/school/calendar", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
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
                                "registers", spec.registers().size()), ClientAddress.of(ctx));
                return Schools.snapshot(h, office.schoolId(), spec);
            }));
        });
    }
}
