package uk.registerly.server.parents;

import static uk.registerly.server.auth.Role.OFFICE;
import static uk.registerly.server.auth.Role.PARENT;

import io.javalin.http.Context;
import io.javalin.validation.BodyValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.http.FieldChecks;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.ratelimit.RateLimiter;

/** Parents: sign-in and claims, children, photo evidence; the office: invitations and the reports worklist. */
public final class ParentRoutes {

    public record Children(List<ParentAccounts.Child> children) {
    }

    /** After a claim the phone pulls again from the start: the new children's events lie behind its cursor. */
    public record Claimed(List<ParentAccounts.Child> children, boolean pullFromStart) {
    }

    public record EvidenceStored(UUID id, int bytes) {
    }

    public record Reports(List<AbsenceReports.Report> reports) {
    }

    /** GET /api/v1/parents: the parent accounts linked to the office's school. */
    public record ParentList(List<SchoolParents.ParentAccountSummary> parents) {
    }

    /** A new invitation code, shown once (only its hash is kept). */
    public record InvitationCreated(String code, UUID guardianId, Instant expiresAt) {
    }

    /** POST /api/v1/parents/sign-in and /claim: the code on the school's invitation letter. */
    public record InvitationCodeRequest(String invitationCode) {

        static InvitationCodeRequest read(Context ctx) {
            return FieldChecks.text(ctx.bodyValidator(InvitationCodeRequest.class), "invitationCode",
                    InvitationCodeRequest::invitationCode, 64).get();
        }
    }

    /** POST /api/v1/parents/evidence: a photo for an absence report (base64), under a client-made id. */
    public record EvidenceUpload(UUID id, UUID pupil, String contentType, String data) {

        static EvidenceUpload read(Context ctx) {
            BodyValidator<EvidenceUpload> body = ctx.bodyValidator(EvidenceUpload.class);
            body = FieldChecks.present(body, "id", EvidenceUpload::id);
            body = FieldChecks.present(body, "pupil", EvidenceUpload::pupil);
            body = FieldChecks.text(body, "contentType", EvidenceUpload::contentType, 50)
                    .check("contentType", u -> u.contentType() == null || PHOTO_TYPES.contains(u.contentType()),
                            "contentType must be one of " + PHOTO_TYPES);
            return FieldChecks.text(body, "data", EvidenceUpload::data, Integer.MAX_VALUE).get();
        }
    }

    /** POST /api/v1/invitations: the guardian whose children the code links. */
    public record InvitationRequest(UUID guardianId) {

        static InvitationRequest read(Context ctx) {
            return FieldChecks.present(ctx.bodyValidator(InvitationRequest.class), "guardianId",
                    InvitationRequest::guardianId).get();
        }
    }

    /** A stored photo, with the school and uploader that decide who may view it. */
    public record Photo(UUID schoolId, UUID parentId, String contentType, byte[] content) {
    }

    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/heic");
    private static final Set<String> REPORT_STATUSES = Set.of("OPEN", "CANCELLED", "PROCESSED");

    private final Jdbi jdbi;
    private final ParentAccounts accounts;
    private final RateLimiter signInLimiter;
    private final Clock clock;
    private final int maxEvidenceBytes;

    public ParentRoutes(Jdbi jdbi, ParentAccounts accounts, RateLimiter signInLimiter, Clock clock,
                        int maxEvidenceBytes) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.signInLimiter = signInLimiter;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/parents/sign-in", Access.PUBLIC, ctx -> {
            signInLimiter.acquire(ctx);
            String code = InvitationCodeRequest.read(ctx).invitationCode();
            ctx.status(201).json(accounts.signIn(code, clock.instant(), ClientAddress.of(ctx)));
        });
        api.post("/api/v1/parents/claim", Access.of(PARENT), ctx -> {
            ParentPrincipal parent = Authenticator.parent(ctx);
            signInLimiter.acquire(ctx);
            String code = InvitationCodeRequest.read(ctx).invitationCode();
            // Events of newly linked children may lie behind the phone's cursor: it pulls again from 0.
            ctx.json(new Claimed(accounts.claim(parent.parentId(), code, clock.instant(), ClientAddress.of(ctx)), true));
        });
        api.get("/api/v1/parents/children", Access.of(PARENT), ctx -> {
            ParentPrincipal parent = Authenticator.parent(ctx);
            ctx.json(new Children(accounts.children(parent.parentId())));
        });
        api.post("/api/v1/parents/evidence", Access.of(PARENT), ctx -> {
            ParentPrincipal parent = Authenticator.parent(ctx);
            EvidenceUpload body = EvidenceUpload.read(ctx);
            UUID id = body.id();
            UUID pupil = body.pupil();
            String contentType = body.contentType();
            byte[] content;
            try {
                content = Base64.getDecoder().decode(body.data());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("data must be base64");
            }
            if (content.length > maxEvidenceBytes) {
                throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                        "a photo may be at most " + maxEvidenceBytes + " bytes (this one is " + content.length + ")");
            }
            if (!parent.isParentOf(pupil)) {
                throw ApiException.forbidden("pupil " + pupil + " is not one of your children");
            }
            UUID school = parent.childSchools().get(pupil);
            boolean created = jdbi.inTransaction(h -> {
                int inserted = h.createUpdate("""
                                insert into evidence (id, school_id, pupil_id, parent_id, content_type, content)
                                values (:id, :school, :pupil, :parent, :type, :content) on conflict (id) do nothing""")
                        .bind("id", id).bind("school", school).bind("pupil", pupil).bind("parent", parent.parentId())
                        .bind("type", contentType).bind("content", content)
                        .execute();
                if (inserted == 0) {
                    // An upload retried after a lost response is fine; the same id for another photo is not.
                    boolean same = h.createQuery("""
                                    select count(*) from evidence where id = :id and parent_id = :parent
                                    and pupil_id = :pupil and content = :content""")
                            .bind("id", id).bind("parent", parent.parentId()).bind("pupil", pupil).bind("content", content)
                            .mapTo(Integer.class).one() == 1;
                    if (!same) {
                        throw ApiException.conflict("evidence id " + id + " is already used for another photo");
                    }
                    return false;
                }
                AuditLog.record(h, parent, school, "evidence.uploaded", id.toString(), Map.of("bytes", content.length),
                        ClientAddress.of(ctx));
                return true;
            });
            ctx.status(created ? 201 : 200).json(new EvidenceStored(id, content.length));
        });
        api.get("/api/v1/evidence/{evidenceId}", Access.of(OFFICE, PARENT), ctx -> {
            Principal principal = Authenticator.principal(ctx);
            UUID id = ctx.pathParamAsClass("evidenceId", UUID.class).get();
            Photo photo = jdbi.inTransaction(h -> {
                Photo row = h.createQuery(
                                "select school_id, parent_id, content_type, content from evidence where id = :id")
                        .bind("id", id)
                        .map(ConstructorMapper.of(Photo.class))
                        .findOne()
                        .filter(p -> mayView(principal, p.schoolId(), p.parentId()))
                        .orElseThrow(() -> ApiException.notFound("no evidence " + id + " you may see"));
                AuditLog.record(h, principal, row.schoolId(), "evidence.viewed", id.toString(), Map.of(), ClientAddress.of(ctx));
                return row;
            });
            ctx.contentType(photo.contentType()).result(photo.content());
        });
        api.get("/api/v1/absence-reports", Access.of(OFFICE, PARENT), ctx -> {
            Principal principal = Authenticator.principal(ctx);
            List<AbsenceReports.Report> reports;
            if (principal instanceof ParentPrincipal parent) {
                reports = jdbi.withHandle(h -> AbsenceReports.list(h, null, parent.children().toArray(new UUID[0])));
            } else {
                DevicePrincipal office = Authenticator.device(ctx);
                reports = jdbi.withHandle(h -> AbsenceReports.list(h, office.schoolId(), null));
            }
            String status = ctx.queryParamAsClass("status", String.class)
                    .check(s -> s == null || REPORT_STATUSES.contains(s), "status must be OPEN, CANCELLED or PROCESSED")
                    .getOrNull();
            if (status != null) {
                AbsenceReports.Status wanted = AbsenceReports.Status.valueOf(status);
                reports = reports.stream().filter(r -> r.status() == wanted).toList();
            }
            ctx.json(new Reports(reports));
        });
        api.get("/api/v1/parents", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(new ParentList(jdbi.withHandle(h -> SchoolParents.of(h, office.schoolId()))));
        });
        api.post("/api/v1/parents/{parentId}/revoke", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID parentId = ctx.pathParamAsClass("parentId", UUID.class).get();
            ctx.json(jdbi.inTransaction(h -> SchoolParents.revoke(h, office, parentId, clock.instant(), ClientAddress.of(ctx))));
        });
        api.post("/api/v1/invitations", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID guardian = InvitationRequest.read(ctx).guardianId();
            var now = clock.instant();
            String code = jdbi.inTransaction(h -> {
                if (h.createQuery("select count(*) from guardians where id = :id and school_id = :school")
                        .bind("id", guardian).bind("school", office.schoolId()).mapTo(Integer.class).one() == 0) {
                    throw ApiException.notFound("no guardian " + guardian + " at this school");
                }
                String created = Invitations.create(h, office.schoolId(), guardian, now);
                AuditLog.record(h, office, office.schoolId(), "invitation.created", guardian.toString(), Map.of(), ClientAddress.of(ctx));
                return created;
            });
            ctx.status(201).json(new InvitationCreated(code, guardian, now.plus(Invitations.LIFETIME)));
        });
    }

    private static boolean mayView(Principal principal, UUID school, UUID uploader) {
        if (principal instanceof ParentPrincipal parent) {
            return parent.parentId().equals(uploader);
        }
        DevicePrincipal device = (DevicePrincipal) principal;
        return device.schoolId().equals(school); // an OFFICE device: the route admits no other
    }
}
