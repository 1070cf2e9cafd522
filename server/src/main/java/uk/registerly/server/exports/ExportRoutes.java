package uk.registerly.server.exports;

import static uk.registerly.server.auth.Role.OFFICE;

import io.javalin.http.Context;
import io.javalin.validation.BodyValidator;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.statutory.CensusTerm;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.http.FieldChecks;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;

/**
 * What goes to the school's other systems (issue 17; docs/exports.md): the school's identifiers, CTF
 * export and import, the census attendance return, the daily attendance data and the marks for the
 * MIS. OFFICE only; every export and import is written to the audit log (who, what, when), never with
 * a pupil's name.
 */
public final class ExportRoutes {

    private static final int MAX_MARKS_DAYS = 400;

    /** PUT /api/v1/school/identifiers. */
    public record IdentifiersRequest(String urn, String laCode, String establishmentNumber) {
    }

    /** POST /api/v1/imports/ctf: what was taken from the file. */
    public record CtfImported(int pupils, int years, List<PriorPupil> imported) {
    }

    public record PriorPupil(UUID pupil, String upn, List<PriorYear> years) {
    }

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final Clock clock;

    public ExportRoutes(Jdbi jdbi, SchoolSetups setups, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.put("/api/v1/school/identifiers", Access.of(OFFICE), this::putIdentifiers);
        api.get("/api/v1/exports/ctf", Access.of(OFFICE), this::ctf);
        api.get("/api/v1/exports/census", Access.of(OFFICE), this::census);
        api.get("/api/v1/exports/daily", Access.of(OFFICE), this::daily);
        api.get("/api/v1/exports/marks", Access.of(OFFICE), this::marks);
        api.post("/api/v1/imports/ctf", Access.of(OFFICE), this::importCtf);
        new MarksFeedRoutes(jdbi, setups, clock).register(api);
        new PupilTransferRoutes(jdbi).register(api);
    }

    private void putIdentifiers(Context ctx) {
        DevicePrincipal office = Authenticator.device(ctx);
        BodyValidator<IdentifiersRequest> body = ctx.bodyValidator(IdentifiersRequest.class);
        body = FieldChecks.present(body, "urn", IdentifiersRequest::urn);
        body = FieldChecks.present(body, "laCode", IdentifiersRequest::laCode);
        body = FieldChecks.present(body, "establishmentNumber", IdentifiersRequest::establishmentNumber);
        IdentifiersRequest request = body.get();
        SchoolIdentifiers ids;
        try {
            ids = new SchoolIdentifiers(request.urn().trim(), request.laCode().trim(),
                    request.establishmentNumber().trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        jdbi.useTransaction(h -> {
            SchoolIdentifiers.save(h, office.schoolId(), ids);
            AuditLog.record(h, office, office.schoolId(), "school.identifiers", office.schoolId().toString(), ids,
                    ClientAddress.of(ctx));
        });
        ctx.json(ids);
    }

    private void ctf(Context ctx) throws IOException {
        DevicePrincipal office = Authenticator.device(ctx);
        UUID pupil = ctx.queryParamAsClass("pupil", UUID.class).getOrNull();
        boolean leavers = "true".equals(ctx.queryParam("leavers"));
        if ((pupil == null) == !leavers) {
            throw ApiException.badRequest("ask for one pupil (pupil=ID) or for all leavers (leavers=true)");
        }
        CtfExport.Destination destination = CtfExport.Destination.parse(ctx.queryParam("dest"));
        CtfExport.File file = jdbi.inTransaction(h -> {
            SchoolSetup setup = setups.current(h, office.schoolId());
            SchoolIdentifiers ids = SchoolIdentifiers.required(h, office.schoolId());
            LocalDate today = setup.today(clock.instant());
            List<ExportPupils.Row> rows;
            if (pupil != null) {
                rows = ExportPupils.rows(h, office.schoolId(), pupil);
                if (rows.isEmpty()) {
                    throw ApiException.notFound("no pupil " + pupil + " at this school");
                }
            } else {
                LocalDate yearStart = ReportingPeriod.schoolYearStart(today);
                rows = new ArrayList<>();
                for (ExportPupils.Row row : ExportPupils.rows(h, office.schoolId(), null)) {
                    if (row.onRollUntil() != null && !row.onRollUntil().isBefore(yearStart)) {
                        rows.add(row);
                    }
                }
                if (rows.isEmpty()) {
                    throw ApiException.conflict("no pupil leaves this school year (on_roll_until on or after "
                            + yearStart + ")");
                }
            }
            List<ExportPupils.Evaluated> pupils = ExportPupils.evaluate(h, setup, rows, today);
            List<String> withoutUpn = new ArrayList<>();
            Map<UUID, List<PriorYear>> prior = new LinkedHashMap<>();
            for (ExportPupils.Evaluated p : pupils) {
                if (p.characteristics().upn() == null) {
                    withoutUpn.add(p.row().misId());
                }
                prior.put(p.row().id(), CtfImport.of(h, office.schoolId(), p.row().id()));
            }
            if (!withoutUpn.isEmpty()) {
                throw ApiException.conflict("a CTF names each pupil by UPN, and these pupils (MIS ids) have none: "
                        + withoutUpn + "; import the pupils file with its upn column");
            }
            String name = CtfExport.nextFileName(h, office.schoolId(), ids, destination);
            CtfExport.File written = CtfExport.write(name, setup.name(), ids, destination, pupils, prior, today,
                    setup.localTime(clock.instant()));
            AuditLog.record(h, office, office.schoolId(), "export.ctf", name, Map.of("file", name, "pupils",
                    written.pupils(), "destination", destination.laEstab(),
                    "pupilIds", rows.stream().map(r -> r.id().toString()).toList()), ClientAddress.of(ctx));
            return written;
        });
        attachment(ctx, file.name());
        ctx.contentType("application/xml");
        ctx.outputStream().write(file.xml());
    }

    private void census(Context ctx) throws IOException {
        DevicePrincipal office = Authenticator.device(ctx);
        CensusTerm term;
        try {
            term = CensusTerm.parse(required(ctx, "term"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Integer year = ctx.queryParamAsClass("year", Integer.class).getOrNull();
        if (year == null || year < 2000 || year > 2100) {
            throw ApiException.badRequest("year (the calendar year the term falls in) is required, 2000 to 2100");
        }
        String format = format(ctx, "json");
        ReportingPeriod period = term.period(year);
        CensusReturn.Result result = jdbi.inTransaction(h -> {
            SchoolSetup setup = setups.current(h, office.schoolId());
            LocalDate today = setup.today(clock.instant());
            if (period.from().isAfter(today)) {
                throw ApiException.badRequest("the " + term.code() + " " + year + " census term begins on "
                        + period.from() + ": it has not begun");
            }
            LocalDate asOf = period.to().isAfter(today) ? today : period.to();
            List<ExportPupils.Evaluated> pupils = ExportPupils.evaluate(h, setup,
                    ExportPupils.rows(h, office.schoolId(), null), asOf);
            CensusReturn.Result r = CensusReturn.build(pupils, term, period);
            if (!r.problems().isEmpty()) {
                throw new ApiException(ErrorCode.INTERNAL_ERROR, r.problems().size() + " pupil(s) whose totals do not"
                        + " match the sum of their reasons, so no return was made: " + r.problems());
            }
            AuditLog.record(h, office, office.schoolId(), "export.census", term.code() + "-" + year,
                    Map.of("term", term.code(), "year", year, "format", format, "pupils", r.table().size()), ClientAddress.of(ctx));
            return r;
        });
        String name = "census-attendance-" + term.code() + "-" + year + "." + format;
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("term", term.code());
        about.put("year", year);
        about.put("from", period.from().toString());
        about.put("to", period.to().toString());
        about.put("collectedIn", term.collectedIn());
        about.put("pupils", result.table().size());
        about.put("totalSessionsPossible", result.possible());
        about.put("totalSessionsAuthorised", result.authorised());
        about.put("totalSessionsUnauthorised", result.unauthorised());
        write(ctx, result.table(), format, name, about);
    }

    private void daily(Context ctx) throws IOException {
        DevicePrincipal office = Authenticator.device(ctx);
        LocalDate date = ctx.queryParamAsClass("date", LocalDate.class).get();
        String format = format(ctx, "json");
        Table table = jdbi.inTransaction(h -> {
            SchoolSetup setup = setups.current(h, office.schoolId());
            if (date.isAfter(setup.today(clock.instant()))) {
                throw ApiException.badRequest("date " + date + " is in the future: the daily data is of registers taken");
            }
            SchoolIdentifiers ids = SchoolIdentifiers.required(h, office.schoolId());
            Table t = DailyExtract.build(ExportPupils.evaluate(h, setup, ExportPupils.rows(h, office.schoolId(), null),
                    date), ids, date);
            AuditLog.record(h, office, office.schoolId(), "export.daily", date.toString(),
                    Map.of("date", date.toString(), "format", format, "pupils", t.size()), ClientAddress.of(ctx));
            return t;
        });
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("date", date.toString());
        about.put("pupils", table.size());
        write(ctx, table, format, "daily-attendance-" + date + "." + format, about);
    }

    private void marks(Context ctx) throws IOException {
        DevicePrincipal office = Authenticator.device(ctx);
        LocalDate from = ctx.queryParamAsClass("from", LocalDate.class).get();
        LocalDate to = ctx.queryParamAsClass("to", LocalDate.class).get();
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_MARKS_DAYS) {
            throw ApiException.badRequest("from must not be after to, and the range at most " + MAX_MARKS_DAYS + " days");
        }
        String format = format(ctx, "csv");
        Table table = jdbi.inTransaction(h -> {
            SchoolSetup setup = setups.current(h, office.schoolId());
            LocalDate today = setup.today(clock.instant());
            LocalDate asOf = to.isAfter(today) ? today : to;
            Table t = MarksExport.build(ExportPupils.evaluate(h, setup, ExportPupils.rows(h, office.schoolId(), null),
                    asOf), ReportingPeriod.between(from, to));
            AuditLog.record(h, office, office.schoolId(), "export.marks", from + ".." + to,
                    Map.of("from", from.toString(), "to", to.toString(), "format", format, "marks", t.size()), ClientAddress.of(ctx));
            return t;
        });
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("from", from.toString());
        about.put("to", to.toString());
        about.put("marks", table.size());
        write(ctx, table, format, "marks-" + from + "-to-" + to + "." + format, about);
    }

    private void importCtf(Context ctx) {
        DevicePrincipal office = Authenticator.device(ctx);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("send the CTF file as the request body (Content-Type: application/xml)");
        }
        CtfImport.Imported imported = jdbi.inTransaction(h -> {
            SchoolIdentifiers ids = SchoolIdentifiers.required(h, office.schoolId());
            CtfImport.Imported i = CtfImport.run(h, office.schoolId(), ids, body);
            AuditLog.record(h, office, office.schoolId(), "import.ctf", null, Map.of("pupils", i.pupils(), "years",
                    i.years(), "pupilIds", i.imported().stream().map(p -> p.pupil().toString()).toList()), ClientAddress.of(ctx));
            return i;
        });
        ctx.json(new CtfImported(imported.pupils(), imported.years(), imported.imported().stream()
                .map(p -> new PriorPupil(p.pupil(), p.upn(), p.years())).toList()));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(name + " is required");
        }
        return value;
    }

    private static String format(Context ctx, String byDefault) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            return byDefault;
        }
        if (!format.equals("csv") && !format.equals("json")) {
            throw ApiException.badRequest("format must be csv or json");
        }
        return format;
    }

    private static void attachment(Context ctx, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static void write(Context ctx, Table table, String format, String name, Map<String, Object> about)
            throws IOException {
        attachment(ctx, name);
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8");
            table.writeCsv(ctx.outputStream());
        } else {
            ctx.contentType("application/json");
            table.writeJson(ctx.outputStream(), about);
        }
    }
}
