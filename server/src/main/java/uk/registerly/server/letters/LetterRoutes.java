package uk.registerly.server.letters;

import static uk.registerly.server.auth.Role.OFFICE;
import static uk.registerly.server.auth.Role.PARENT;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.casework.Casework;
import uk.registerly.server.casework.CaseworkViews;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.sync.PushService;

/**
 * Letters (issue 16): the office writes one and records it sent; the office and the parent it was sent to list
 * and read them. "A parent sees only their own letters": those addressed to a guardian their account is linked to.
 */
public final class LetterRoutes {

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final Letters letters;
    private final Clock clock;

    public LetterRoutes(Jdbi jdbi, SchoolSetups setups, PushService push, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.letters = new Letters(jdbi, push, new LetterTemplates());
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/pupils/{pupilId}/letters", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID pupilId = ctx.pathParamAsClass("pupilId", UUID.class).get();
            LetterRequest request = LetterRequest.read(ctx);
            SchoolSetup setup = jdbi.withHandle(h -> {
                requirePupil(h, office.schoolId(), pupilId);
                return setups.current(h, office.schoolId());
            });
            Letters.Sent sent = letters.send(office, setup, pupilId, request, clock.instant());
            ctx.status(sent.created() ? 201 : 200).json(sent.letter());
        });
        api.get("/api/v1/pupils/{pupilId}/letters", Access.of(OFFICE, PARENT), ctx -> {
            Principal principal = Authenticator.principal(ctx);
            UUID pupilId = ctx.pathParamAsClass("pupilId", UUID.class).get();
            ctx.json(jdbi.withHandle(h -> {
                UUID school = schoolOf(h, pupilId);
                List<CaseworkViews.LetterSummary> list;
                if (principal instanceof ParentPrincipal parent) {
                    if (school == null || !parent.isParentOf(pupilId)) {
                        throw ApiException.notFound("no pupil " + pupilId + " you may see");
                    }
                    Set<UUID> mine = guardiansOf(h, parent.parentId());
                    list = Casework.letters(h, school, pupilId, null, setups.current(h, school).zone()).stream()
                            .filter(l -> l.guardianId() != null && mine.contains(l.guardianId())).toList();
                } else {
                    DevicePrincipal office = (DevicePrincipal) principal;
                    requirePupil(h, office.schoolId(), pupilId);
                    list = Casework.letters(h, school, pupilId, null, setups.current(h, school).zone());
                }
                return new CaseworkViews.LetterList(pupilId, list);
            }));
        });
        api.get("/api/v1/letters/{letterId}.pdf", Access.of(OFFICE, PARENT), ctx -> {
            Principal principal = Authenticator.principal(ctx);
            UUID letterId = ctx.pathParamAsClass("letterId", UUID.class).get();
            byte[] pdf = jdbi.withHandle(h -> {
                Letters.StoredPdf stored = letters.pdf(h, letterId);
                boolean may = stored != null && (principal instanceof DevicePrincipal office
                        ? office.schoolId().equals(stored.schoolId())
                        : principal instanceof ParentPrincipal parent && parent.isParentOf(stored.pupilId())
                                && stored.guardianId() != null && guardiansOf(h, parent.parentId()).contains(stored.guardianId()));
                if (!may) {
                    throw ApiException.notFound("no letter " + letterId + " you may see");
                }
                AuditLog.record(h, principal, stored.schoolId(), "letter.viewed", letterId.toString(),
                        Map.of("pupil", stored.pupilId().toString()), ClientAddress.of(ctx));
                return stored.content();
            });
            ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"" + letterId + ".pdf\"")
                    .result(pdf);
        });
    }

    private static UUID schoolOf(Handle h, UUID pupil) {
        return h.createQuery("select school_id from pupils where id = :id").bind("id", pupil)
                .mapTo(UUID.class).findOne().orElse(null);
    }

    private static void requirePupil(Handle h, UUID school, UUID pupil) {
        if (!school.equals(schoolOf(h, pupil))) {
            throw ApiException.notFound("no pupil " + pupil + " at this school");
        }
    }

    private static Set<UUID> guardiansOf(Handle h, UUID parent) {
        return new HashSet<>(h.createQuery("select guardian_id from parent_guardians where parent_id = :p")
                .bind("p", parent).mapTo(UUID.class).list());
    }
}
