package uk.registerly.server.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.sync.Cursor;

/**
 * The feed of marks changed since a cursor, for MIS connectors (issue 17, item 4): the register facts
 * (marks, reasons, amendments, arrivals and their withdrawals) in the order pull serves them and up to
 * the same horizon — only rows of transactions older than the oldest still running, so no fact can later
 * appear behind a cursor handed out (docs/sync-protocol.md, section 7): a connector that follows
 * {@code next} misses nothing. Each fact gives one change per session it touches, carrying that session's
 * mark as it stands now; applied in order, the connector's copy ends where the register is.
 */
public final class MarksFeed {

    /** One register fact read after the cursor. */
    public record Fact(long txId, long position, UUID id, String type, UUID pupilId, String at, String date,
                String session) {

        Cursor cursor() {
            return new Cursor(txId, position);
        }

        boolean isArrivalKind() {
            return type.equals("ARRIVAL") || type.equals("ARRIVAL_WITHDRAWN");
        }

        LocalDate day() {
            return LocalDate.parse(isArrivalKind() || date == null ? at.substring(0, 10) : date);
        }
    }

    /** A page of changes and the cursor to ask from next. */
    public record Page(List<Map<String, Object>> changes, String next, boolean hasMore) {
    }

    private static final String READ = """
            with horizon as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as h)
            select e.tx_id, e.position, e.id, e.type, e.pupil_id, e.payload->>'at' as at, e.payload->>'date' as date,
                   e.payload->>'session' as session
            from events e, horizon
            where e.school_id = :school
              and e.type in ('REGISTER_MARK', 'ARRIVAL', 'REASON', 'AMENDMENT', 'ARRIVAL_WITHDRAWN')
              and (e.tx_id, e.position) > (:tx, :pos) and e.tx_id < horizon.h
            order by e.tx_id, e.position
            limit :n""";

    private MarksFeed() {
    }

    public static Page read(Handle h, SchoolSetup setup, Cursor since, int limit, LocalDate today) {
        List<Fact> facts = h.createQuery(READ)
                .bind("school", setup.id()).bind("tx", since.txId()).bind("pos", since.position())
                .bind("n", limit + 1)
                .map(ConstructorMapper.of(Fact.class))
                .list();
        boolean hasMore = facts.size() > limit;
        if (hasMore) {
            facts = facts.subList(0, limit);
        }
        Cursor next = facts.isEmpty() ? since : facts.get(facts.size() - 1).cursor();
        Set<UUID> pupils = new LinkedHashSet<>();
        for (Fact f : facts) {
            pupils.add(f.pupilId());
        }
        Map<UUID, ExportPupils.Evaluated> evaluated = new HashMap<>();
        if (!pupils.isEmpty()) {
            List<ExportPupils.Row> rows = new ArrayList<>();
            for (ExportPupils.Row row : ExportPupils.rows(h, setup.id(), pupils.size() == 1 ? pupils.iterator().next()
                    : null)) {
                if (pupils.contains(row.id())) {
                    rows.add(row);
                }
            }
            for (ExportPupils.Evaluated e : ExportPupils.evaluate(h, setup, rows, today)) {
                evaluated.put(e.row().id(), e);
            }
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Fact f : facts) {
            ExportPupils.Evaluated pupil = evaluated.get(f.pupilId());
            if (pupil == null) {
                continue; // a pupil the roster no longer holds: nothing the MIS can match
            }
            for (SchoolSession session : sessionsOf(f, pupil)) {
                EffectiveMark mark = markOf(pupil, session);
                if (mark != null && mark.source() == MarkSource.CLOSURE) {
                    continue; // the MIS holds the school's closures itself (as the marks export)
                }
                changes.add(change(f, pupil, session, mark));
            }
        }
        return new Page(changes, next.toString(), hasMore);
    }

    /**
     * The sessions a fact touches: a mark, reason or amendment its own; an arrival or its withdrawal (which
     * name a time, not a session) the sessions of that day whose mark it is among the facts of, or — when
     * none is (the withdrawn arrival was the session's only fact) — that day's sessions now unmarked.
     */
    private static List<SchoolSession> sessionsOf(Fact f, ExportPupils.Evaluated pupil) {
        LocalDate day = f.day();
        if (!f.isArrivalKind()) {
            return List.of(SchoolSession.of(day, Session.parse(f.session())));
        }
        List<SchoolSession> touched = new ArrayList<>();
        for (EffectiveMark mark : pupil.evaluation().marks()) {
            if (mark.session().date().equals(day) && involves(mark, f.id().toString())) {
                touched.add(mark.session());
            }
        }
        if (touched.isEmpty()) {
            for (SchoolSession s : pupil.evaluation().unmarked()) {
                if (s.date().equals(day)) {
                    touched.add(s);
                }
            }
        }
        return touched;
    }

    private static boolean involves(EffectiveMark mark, String factId) {
        for (AttendanceFact fact : mark.facts()) {
            if (fact.id().equals(factId)) {
                return true;
            }
        }
        return false;
    }

    private static EffectiveMark markOf(ExportPupils.Evaluated pupil, SchoolSession session) {
        for (EffectiveMark mark : pupil.evaluation().marks()) {
            if (mark.session().equals(session)) {
                return mark;
            }
        }
        return null;
    }

    private static Map<String, Object> change(Fact f, ExportPupils.Evaluated pupil, SchoolSession session,
            EffectiveMark mark) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cursor", f.cursor().toString());
        row.put("event", f.id().toString());
        row.put("change", f.type());
        row.put("pupil", f.pupilId().toString());
        row.put("upn", pupil.characteristics().upn() == null ? null : pupil.characteristics().upn().value());
        row.put("pupilMisId", pupil.row().misId());
        row.put("date", session.date().toString());
        row.put("session", session.session().name());
        row.put("code", mark == null ? null : mark.code().symbol());
        row.put("minutesLate", mark == null ? null : mark.minutesLate());
        row.put("amended", mark != null && MarksExport.amended(mark));
        row.put("withdrawn", f.type().equals("ARRIVAL_WITHDRAWN"));
        return row;
    }
}
