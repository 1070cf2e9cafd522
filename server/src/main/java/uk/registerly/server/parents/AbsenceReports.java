package uk.registerly.server.parents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.http.Json;

/**
 * Absence reports as they stand: each ABSENCE_REPORT with its latest edit folded in and its status
 * (OPEN until the office processes it or the parent cancels it). Read from the event log, never stored.
 */
public final class AbsenceReports {

    public enum Status { OPEN, CANCELLED, PROCESSED }

    public record Report(UUID id, UUID pupil, Status status, JsonNode details, Instant reportedAt, Instant updatedAt,
                         JsonNode processing) {
    }

    private AbsenceReports() {
    }

    /** Reports of a school's pupils, or of the listed pupils when {@code pupils} is not null; oldest first. */
    public static List<Report> list(Handle h, UUID school, UUID[] pupils) {
        String scope = pupils == null ? "school_id = :scope" : "pupil_id = any(:scope)";
        Map<UUID, Report> reports = new LinkedHashMap<>();
        List<Object[]> follow = new ArrayList<>();
        h.createQuery("select id, type, pupil_id, ref_id, payload::text as payload, received_at from events "
                        + "where " + scope + " and type like 'ABSENCE_REPORT%' order by tx_id, position")
                .bind("scope", pupils == null ? school : pupils)
                .map((rs, c) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    JsonNode payload = Json.parse(rs.getString("payload"));
                    Instant at = rs.getTimestamp("received_at").toInstant();
                    if ("ABSENCE_REPORT".equals(rs.getString("type"))) {
                        reports.put(id, new Report(id, rs.getObject("pupil_id", UUID.class), Status.OPEN, payload, at, at, null));
                    } else {
                        follow.add(new Object[] {rs.getObject("ref_id", UUID.class), rs.getString("type"), payload, at});
                    }
                    return id;
                })
                .list();
        for (Object[] f : follow) {
            Report r = reports.get((UUID) f[0]);
            if (r == null) {
                continue;
            }
            JsonNode payload = (JsonNode) f[2];
            Instant at = (Instant) f[3];
            switch ((String) f[1]) {
                case "ABSENCE_REPORT_UPDATED" -> reports.put(r.id(),
                        new Report(r.id(), r.pupil(), r.status(), payload, r.reportedAt(), at, r.processing()));
                case "ABSENCE_REPORT_CANCELLED" -> reports.put(r.id(),
                        new Report(r.id(), r.pupil(), Status.CANCELLED, r.details(), r.reportedAt(), at, null));
                case "ABSENCE_REPORT_PROCESSED" -> reports.put(r.id(),
                        new Report(r.id(), r.pupil(), Status.PROCESSED, r.details(), r.reportedAt(), at, payload));
                default -> {
                }
            }
        }
        return new ArrayList<>(reports.values());
    }
}
