package uk.registerly.server.roster;

import static uk.registerly.server.auth.Role.OFFICE;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.time.TrustedTime;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.ratelimit.ClientAddress;

/** POST /api/v1/roster/import/{kind}: the office uploads one CSV export of its MIS. */
public final class RosterRoutes {

    private final Jdbi jdbi;
    private final Clock clock;

    public RosterRoutes(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/roster/import/{kind}", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            RosterImport.Kind kind;
            try {
                kind = RosterImport.Kind.valueOf(ctx.pathParam("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.notFound("kind must be staff, classes, pupils or guardians");
            }
            byte[] csv = ctx.bodyAsBytes();
            if (new String(csv, StandardCharsets.UTF_8).isBlank()) {
                throw ApiException.badRequest("send the CSV file as the request body (Content-Type: text/csv)");
            }
            RosterImport.Summary summary = jdbi.inTransaction(h -> {
                RosterImport.Summary s = RosterImport.run(h, office.schoolId(), kind, csv,
                        LocalDate.ofInstant(clock.instant(), TrustedTime.ENGLAND));
                AuditLog.record(h, office, office.schoolId(), "roster.imported", kind.name(),
                        RosterImport.describe(s), ClientAddress.of(ctx));
                return s;
            });
            ctx.json(RosterImport.describe(summary));
        });
    }

}
