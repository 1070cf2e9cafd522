package uk.registerly.server.cover;

import static uk.registerly.server.auth.Role.OFFICE;

import io.javalin.http.Context;
import io.javalin.validation.BodyValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.FieldChecks;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.school.SchoolSetups;

/**
 * Cover: the office assigns a member of staff to a class for a run of days, lists and revokes
 * assignments. While a cover is in force the covering staff member's tablet receives the class, and
 * their marks and amendments for its pupils on the cover's days are accepted (docs/sync-protocol.md).
 */
public final class CoverRoutes {

    /** POST /api/v1/cover: who covers which class, from and to which school-local days (inclusive). */
    public record CoverRequest(UUID classId, UUID staffId, String from, String to) {

        static CoverRequest read(Context ctx) {
            BodyValidator<CoverRequest> body = ctx.bodyValidator(CoverRequest.class);
            body = FieldChecks.present(body, "classId", CoverRequest::classId);
            body = FieldChecks.present(body, "staffId", CoverRequest::staffId);
            body = FieldChecks.present(body, "from", CoverRequest::from);
            body = FieldChecks.present(body, "to", CoverRequest::to);
            body = body.check("from", r -> r.from() == null || isDate(r.from()), "from must be a date (YYYY-MM-DD)")
                    .check("to", r -> r.to() == null || isDate(r.to()), "to must be a date (YYYY-MM-DD)");
            return body.get();
        }

        private static boolean isDate(String text) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    public record CoverList(List<Covers.CoverAssignment> covers) {
    }

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final Clock clock;

    public CoverRoutes(Jdbi jdbi, SchoolSetups setups, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/cover", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            CoverRequest body = CoverRequest.read(ctx);
            Instant now = clock.instant();
            Covers.CoverAssignment cover = jdbi.inTransaction(h -> Covers.assign(h, office, body.classId(),
                    body.staffId(), LocalDate.parse(body.from()), LocalDate.parse(body.to()),
                    setups.current(h, office.schoolId()).today(now), now, ClientAddress.of(ctx)));
            ctx.status(201).json(cover);
        });
        api.get("/api/v1/cover", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            LocalDate from = ctx.queryParamAsClass("from", LocalDate.class).getOrNull();
            LocalDate to = ctx.queryParamAsClass("to", LocalDate.class).getOrNull();
            if (from != null && to != null && to.isBefore(from)) {
                throw ApiException.badRequest("to must not be before from");
            }
            ctx.json(new CoverList(jdbi.withHandle(h -> Covers.overlapping(h, office.schoolId(),
                    from != null ? from : setups.current(h, office.schoolId()).today(clock.instant()), to))));
        });
        api.post("/api/v1/cover/{coverId}/revoke", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID id = ctx.pathParamAsClass("coverId", UUID.class).get();
            Instant now = clock.instant();
            ctx.json(jdbi.inTransaction(h -> Covers.revoke(h, office, id,
                    setups.current(h, office.schoolId()).today(now), now, ClientAddress.of(ctx))));
        });
    }
}
