package uk.registerly.server.figures;

import static uk.registerly.server.auth.Role.LEADER;
import static uk.registerly.server.auth.Role.OFFICE;
import static uk.registerly.server.auth.Role.TRUST;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.cache.SchoolStateCache;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.trusts.Trusts;

/**
 * GET /api/v1/figures (a school's, for its office device, its leaders and its trust's directors) and
 * GET /api/v1/trust/figures (a trust's, for its directors): figures by group and week by week over a period.
 * Group figures are counts of pupils, not names, but they are read from pupil data: each answer is audited.
 */
public final class FigureRoutes {

    private final Jdbi jdbi;
    private final SchoolFigureService service;
    private final Clock clock;

    public FigureRoutes(Jdbi jdbi, SchoolSetups setups, SchoolStateCache cache, Clock clock) {
        this.jdbi = jdbi;
        this.service = new SchoolFigureService(setups, cache);
        this.clock = clock;
    }

    public SchoolFigureService service() {
        return service;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/figures", Access.of(OFFICE, LEADER, TRUST), ctx -> {
            GroupBy groupBy = GroupBy.parse(ctx.queryParam("groupBy"));
            LocalDate from = FigureRoutes.optional(ctx, "from", LocalDate.class);
            LocalDate to = FigureRoutes.optional(ctx, "to", LocalDate.class);
            UUID asked = FigureRoutes.optional(ctx, "school", UUID.class);
            Principal principal = Authenticator.principal(ctx);
            UUID school = schoolFor(principal, asked);
            ctx.json(jdbi.inTransaction(h -> {
                FiguresJson.SchoolFigures figures = schoolFigures(h, school, from, to, groupBy);
                audit(h, principal, school, "figures.viewed", groupBy, ctx);
                return figures;
            }));
        });
        api.get("/api/v1/trust/figures", Access.of(TRUST), ctx -> {
            GroupBy groupBy = GroupBy.parse(ctx.queryParam("groupBy"));
            LocalDate from = FigureRoutes.optional(ctx, "from", LocalDate.class);
            LocalDate to = FigureRoutes.optional(ctx, "to", LocalDate.class);
            StaffPrincipal trust = (StaffPrincipal) Authenticator.principal(ctx);
            ctx.json(jdbi.inTransaction(h -> {
                FiguresJson.TrustFigures figures = trustFigures(h, trust.trustId(), from, to, groupBy);
                for (FiguresJson.TrustSchool s : figures.schools()) {
                    audit(h, trust, s.school().id(), "trust_figures.viewed", groupBy, ctx);
                }
                return figures;
            }));
        });
    }

    /** An optional query parameter of a type (absent or blank: null; not of the type: 400 naming it). */
    public static <T> T optional(Context ctx, String name, Class<T> type) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : ctx.queryParamAsClass(name, type).get();
    }

    /** The school a caller asks about: its own (office, leader), or one of its trust's (trust; required). */
    private static UUID schoolFor(Principal principal, UUID asked) {
        if (principal instanceof DevicePrincipal device) {
            if (asked != null && !asked.equals(device.schoolId())) {
                throw ApiException.notFound("no school " + asked + " you may see");
            }
            return device.schoolId();
        }
        StaffPrincipal staff = (StaffPrincipal) principal;
        UUID school = asked != null ? asked : staff.schoolId();
        if (school == null) {
            throw ApiException.badRequest("school is required: name one of your trust's schools (school=UUID)");
        }
        if (!staff.maySee(school)) {
            throw ApiException.notFound("no school " + school + " you may see");
        }
        return school;
    }

    public FiguresJson.SchoolFigures schoolFigures(Handle h, UUID school, LocalDate from, LocalDate to, GroupBy groupBy) {
        SchoolSetup setup = service.setup(h, school);
        ReportingPeriod period = service.period(setup, clock.instant(), from, to);
        SchoolFigureService.Evaluated evaluated = service.evaluate(h, school, period, clock.instant());
        FiguresByGroup figures = service.group(evaluated, period, groupBy);
        return new FiguresJson.SchoolFigures(ref(h, setup), period.from(), period.to(), evaluated.asOf(),
                groupBy.wire(), FiguresJson.Group.of(figures.total()), FiguresJson.Group.of(figures.groups()),
                FiguresJson.Group.of(figures.weeks()), NationalFigures.forAllPupils(), NationalFigures.document().source());
    }

    public FiguresJson.TrustFigures trustFigures(Handle h, UUID trustId, LocalDate from, LocalDate to, GroupBy groupBy) {
        Trusts.Trust trust = Trusts.get(h, trustId);
        List<FiguresByGroup> all = new ArrayList<>();
        List<FiguresJson.TrustSchool> schools = new ArrayList<>();
        ReportingPeriod period = null;
        for (Trusts.TrustSchool s : Trusts.schools(h, trustId)) {
            SchoolSetup setup = service.setup(h, s.id());
            ReportingPeriod p = service.period(setup, clock.instant(), from, to);
            period = period == null ? p : period;
            SchoolFigureService.Evaluated evaluated = service.evaluate(h, s.id(), p, clock.instant());
            FiguresByGroup figures = service.group(evaluated, p, groupBy);
            all.add(figures);
            schools.add(new FiguresJson.TrustSchool(ref(h, setup), evaluated.asOf(),
                    FiguresJson.Group.of(figures.total()), FiguresJson.Group.of(figures.groups())));
        }
        List<GroupFigures> totals = all.stream().map(FiguresByGroup::total).toList();
        LocalDate f = period == null ? from : period.from();
        LocalDate t = period == null ? to : period.to();
        return new FiguresJson.TrustFigures(new FiguresJson.TrustRef(trust.id(), trust.name()), f, t, groupBy.wire(),
                FiguresJson.Group.of(GroupFigures.sum(FiguresByGroup.ALL, totals)),
                FiguresJson.Group.of(SchoolFigureService.sumByKey(all, false)),
                FiguresJson.Group.of(SchoolFigureService.sumByKey(all, true)), schools,
                NationalFigures.forAllPupils(), NationalFigures.document().source());
    }

    private static FiguresJson.SchoolRef ref(Handle h, SchoolSetup setup) {
        String policy = h.createQuery("select policy_preset from schools where id = :id").bind("id", setup.id())
                .mapTo(String.class).findOne().orElse(null);
        return new FiguresJson.SchoolRef(setup.id(), setup.name(), policy);
    }

    private static void audit(Handle h, Principal principal, UUID school, String action, GroupBy groupBy, Context ctx) {
        AuditLog.record(h, principal, school, action, school.toString(),
                Map.of("groupBy", groupBy.wire(), "path", ctx.path()), ClientAddress.of(ctx));
    }
}
