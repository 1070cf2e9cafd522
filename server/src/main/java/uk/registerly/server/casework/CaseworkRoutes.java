package uk.registerly.server.casework;

import static uk.registerly.server.auth.Role.OFFICE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.LadderDocument;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.http.ErrorDetails;
import uk.registerly.server.http.Json;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.cache.RegisterFacts;

/**
 * Casework for the office (issue 16): the due-now worklist, a pupil's ladder with its history and next action,
 * and the school's ladder as configuration. Casework is the office's alone: no teacher, gate or parent route.
 */
public final class CaseworkRoutes {

    /** A ladder document's problems, each naming its field (stages[2].entry.threshold). */
    public record LadderProblems(List<Problem> fieldProblems) implements ErrorDetails {
    }

    public record Problem(String field, String problem) {
    }

    /** GET/PUT /api/v1/school/ladder: the ladder in its stored form (LadderDocument, format 1). */
    public record LadderAnswer(int version, boolean preset, Map<String, Object> ladder) {
    }

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final Clock clock;

    public CaseworkRoutes(Jdbi jdbi, SchoolSetups setups, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/worklists/casework", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> {
                CaseworkViews.Worklist list = Casework.worklist(h, setups.current(h, office.schoolId()), clock.instant());
                AuditLog.record(h, office, office.schoolId(), "casework.worklist_viewed", office.schoolId().toString(),
                        Map.of("pupils", list.due().size()), ClientAddress.of(ctx));
                return list;
            }));
        });
        api.get("/api/v1/pupils/{pupilId}/casework", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID pupilId = ctx.pathParamAsClass("pupilId", UUID.class).get();
            ctx.json(jdbi.withHandle(h -> {
                RegisterFacts.PupilRow pupil = RegisterFacts.pupils(h, office.schoolId(), pupilId, null).stream()
                        .findFirst().orElseThrow(() -> ApiException.notFound("no pupil " + pupilId + " at this school"));
                SchoolSetup setup = setups.current(h, office.schoolId());
                CaseworkViews.PupilCasework casework = Casework.pupil(h, setup, pupil, clock.instant());
                AuditLog.record(h, office, office.schoolId(), "casework.viewed", pupilId.toString(), null, ClientAddress.of(ctx));
                return casework;
            }));
        });
        api.get("/api/v1/school/ladder", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> answer(h, setups.current(h, office.schoolId()))));
        });
        api.put("/api/v1/school/ladder", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            JsonNode body = ctx.bodyValidator(JsonNode.class).get();
            @SuppressWarnings("unchecked")
            Map<String, Object> document = body != null && body.isObject() ? Json.MAPPER.convertValue(body, Map.class) : null;
            List<FieldProblem> problems = LadderDocument.problems(document);
            if (!problems.isEmpty()) {
                throw new ApiException(ErrorCode.INVALID_LADDER, problems.size() + " problem(s) in the ladder, nothing saved"
                        + " (first: " + problems.get(0) + ")", new LadderProblems(problems.stream()
                        .map(p -> new Problem(p.field(), p.message())).toList()));
            }
            AttendanceLadder ladder = LadderDocument.fromMap(document);
            ctx.json(jdbi.inTransaction(h -> {
                SchoolSetup before = setups.current(h, office.schoolId());
                int latest = h.createQuery("select coalesce(max(version), 0) from school_ladders where school_id = :s")
                        .bind("s", office.schoolId()).mapTo(Integer.class).one();
                int next = Math.max(latest, before.policy().attendanceLadder().version()) + 1;
                if (ladder.version() != next - 1) {
                    throw ApiException.conflict("version is " + ladder.version() + " but the school's ladder is at version "
                            + (next - 1) + ": edit the latest (GET /api/v1/school/ladder) and send its version");
                }
                AttendanceLadder saved = ladder.withVersion(next);
                h.createUpdate("""
                                insert into school_ladders (school_id, version, document, device_id, staff_id)
                                values (:s, :v, cast(:d as jsonb), :device, :staff)""")
                        .bind("s", office.schoolId()).bind("v", next).bind("d", Json.write(LadderDocument.toMap(saved)))
                        .bind("device", office.deviceId()).bind("staff", office.staffId())
                        .execute();
                AuditLog.record(h, office, office.schoolId(), "school.ladder_saved", office.schoolId().toString(),
                        Map.of("version", next, "stages", saved.stages().size()), ClientAddress.of(ctx));
                return new LadderAnswer(next, false, LadderDocument.toMap(saved));
            }));
        });
    }

    private static LadderAnswer answer(org.jdbi.v3.core.Handle h, SchoolSetup setup) {
        boolean saved = h.createQuery("select count(*) from school_ladders where school_id = :s")
                .bind("s", setup.id()).mapTo(Integer.class).one() > 0;
        AttendanceLadder ladder = setup.policy().attendanceLadder();
        return new LadderAnswer(ladder.version(), !saved, LadderDocument.toMap(ladder));
    }
}
