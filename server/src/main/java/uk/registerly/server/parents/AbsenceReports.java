package uk.registerly.server.parents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.http.Json;
import uk.registerly.server.sync.EventType;

/**
 * Absence reports as they stand: each ABSENCE_REPORT with its latest edit folded in and its status
 * (OPEN until the office processes it or the parent cancels it). Read from the event log, never stored.
 */
public final class AbsenceReports {

    public enum Status { OPEN, CANCELLED, PROCESSED }

    public record Report(UUID id, UUID pupil, Status status, JsonNode details, Instant reportedAt, Instant updatedAt,
                         JsonNode processing) {
    }

    /** A stored report event: the report itself, or an edit, cancellation or processing referring to it. */
    public record ReportEvent(UUID id, EventType type, UUID pupilId, UUID refId, String payload, Instant receivedAt) {
    }

    private AbsenceReports() {
    }

    /** Reports of a school's pupils, or of the listed pupils when {@code pupils} is not null; oldest first. */
    public static List<Report> list(Handle h, UUID school, UUID[] pupils) {
        String scope = pupils == null ? "school_id = :scope" : "pupil_id = any(:scope)";
        List<ReportEvent> events = h.createQuery("select id, type, pupil_id, ref_id, payload::text as payload, "
                        + "received_at from events where " + scope + " and type like 'ABSENCE_REPORT%' "
                        + "order by tx_id, position")
                .bind("scope", pupils == null ? school : pupils)
                .map(ConstructorMapper.of(ReportEvent.class))
                .list();
        Map<UUID, Report> reports = new LinkedHashMap<>();
        for (ReportEvent e : events) {
            if (e.type() == EventType.ABSENCE_REPORT) {
                JsonNode details = Json.parse(e.payload());
                reports.put(e.id(), new Report(e.id(), e.pupilId(), Status.OPEN, details, e.receivedAt(),
                        e.receivedAt(), null));
                continue;
            }
            Report r = reports.get(e.refId());
            if (r == null) {
                continue;
            }
            switch (e.type()) {
                case ABSENCE_REPORT_UPDATED -> reports.put(r.id(), new Report(r.id(), r.pupil(), r.status(),
                        Json.parse(e.payload()), r.reportedAt(), e.receivedAt(), r.processing()));
                case ABSENCE_REPORT_CANCELLED -> reports.put(r.id(), new Report(r.id(), r.pupil(), Status.CANCELLED,
                        r.details(), r.reportedAt(), e.receivedAt(), null));
                case ABSENCE_REPORT_PROCESSED -> reports.put(r.id(), new Report(r.id(), r.pupil(), Status.PROCESSED,
                        r.details(), r.reportedAt(), e.receivedAt(), Json.parse(e.payload())));
                default -> {
                }
            }
        }
        return new ArrayList<>(reports.values());
    }
}
