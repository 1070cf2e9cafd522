package uk.registerly.server.exports;

import static uk.registerly.server.auth.Role.OFFICE;

import io.javalin.http.Context;
import io.javalin.validation.BodyValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.Upn;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.FieldChecks;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.roster.PupilCharacteristicsStore;

/**
 * What the office tablet's pupil record shows and edits of a pupil's transfer data (issue 17, items 1
 * and 2): {@code GET /api/v1/pupils/{pupilId}/prior-schools} — the UPN this school holds and the years at
 * earlier schools an imported CTF gave (read-only) — and {@code PUT /api/v1/pupils/{pupilId}/upn}, the UPN
 * typed at the office, checked as on import (check letter and all; held by one pupil of the school).
 * OFFICE only: the UPN and prior attendance never reach a teacher's or gate's device. Both are audited.
 */
final class PupilTransferRoutes {

    /** PUT /api/v1/pupils/{pupilId}/upn. */
    public record UpnRequest(String upn) {
    }

    /** What the record shows: the school's UPN for the pupil (null when none) and the CTF years. */
    public record PriorSchools(UUID pupil, String upn, List<PriorYear> years) {
    }

    private final Jdbi jdbi;

    PupilTransferRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void register(ApiRoutes api) {
        api.get("/api/v1/pupils/{pupilId}/prior-schools", Access.of(OFFICE), this::priorSchools);
        api.put("/api/v1/pupils/{pupilId}/upn", Access.of(OFFICE), this::putUpn);
    }

    private void priorSchools(Context ctx) {
        DevicePrincipal office = Authenticator.device(ctx);
        UUID pupil = ctx.pathParamAsClass("pupilId", UUID.class).get();
        PriorSchools answer = jdbi.inTransaction(h -> {
            requirePupil(h, office.schoolId(), pupil);
            Upn upn = PupilCharacteristicsStore.of(h, office.schoolId(), pupil).upn();
            List<PriorYear> years = CtfImport.of(h, office.schoolId(), pupil);
            AuditLog.record(h, office, office.schoolId(), "pupil.prior-schools.viewed", pupil.toString(),
                    Map.of("years", years.size()), ClientAddress.of(ctx));
            return new PriorSchools(pupil, upn == null ? null : upn.value(), years);
        });
        ctx.json(answer);
    }

    private void putUpn(Context ctx) {
        DevicePrincipal office = Authenticator.device(ctx);
        UUID pupil = ctx.pathParamAsClass("pupilId", UUID.class).get();
        BodyValidator<UpnRequest> body = FieldChecks.present(ctx.bodyValidator(UpnRequest.class), "upn",
                UpnRequest::upn);
        Upn upn;
        try {
            upn = Upn.parse(body.get().upn());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage() + "; nothing was changed");
        }
        jdbi.useTransaction(h -> {
            requirePupil(h, office.schoolId(), pupil);
            PupilCharacteristicsStore.holderOf(h, office.schoolId(), upn, pupil).ifPresent(other -> {
                throw ApiException.conflict("UPN '" + upn + "' is already held by pupil_id '" + other
                        + "': a UPN belongs to one pupil; nothing was changed");
            });
            PupilCharacteristics before = PupilCharacteristicsStore.of(h, office.schoolId(), pupil);
            if (PupilCharacteristicsStore.put(h, office.schoolId(), pupil, before.toBuilder().upn(upn).build())) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("from", before.upn() == null ? null : before.upn().value());
                detail.put("to", upn.value());
                AuditLog.record(h, office, office.schoolId(), "pupil.upn", pupil.toString(), detail,
                        ClientAddress.of(ctx));
            }
        });
        ctx.json(Map.of("pupil", pupil.toString(), "upn", upn.value()));
    }

    private static void requirePupil(Handle h, UUID school, UUID pupil) {
        boolean known = h.createQuery("select exists (select 1 from pupils where school_id = :school and id = :pupil)")
                .bind("school", school).bind("pupil", pupil).mapTo(Boolean.class).one();
        if (!known) {
            throw ApiException.notFound("no pupil " + pupil + " at this school");
        }
    }
}
