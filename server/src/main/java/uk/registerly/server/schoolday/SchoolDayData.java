package uk.registerly.server.schoolday;

import com.fasterxml.jackson.databind.JsonNode;
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
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.rollcall.RollCallFact;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;
import uk.registerly.rules.schoolday.SchoolDayPolicy;
import uk.registerly.rules.spotcheck.SpotCheck;
import uk.registerly.server.http.IsoTimes;
import uk.registerly.server.http.Json;

/**
 * One school day of one school as the rules module's school-day facts: the roster (pupils on roll, classes and
 * their teachers), the register facts, sign-outs and returns, roll calls and spot checks of that day — the same
 * facts an office tablet holds in its journal, so the server's answers are the tablet's.
 */
final class SchoolDayData {

    public record PupilRow(UUID id, String firstName, String lastName, String yearGroup, UUID classId) {

        Pupil forRules() {
            return new Pupil(id.toString(), yearGroup, null);
        }
    }

    public record ClassRow(UUID id, String name, String yearGroup) {
    }

    public record Teacher(UUID id, String name) {
    }

    public record GuardianRow(UUID pupilId, UUID id, String name, String relationship, String phone, String email) {
    }

    /** An event of the day, raw. */
    public record EventRow(UUID id, String type, UUID pupilId, String payload) {
    }

    final LocalDate day;
    final Map<UUID, PupilRow> pupils = new LinkedHashMap<>();
    final Map<UUID, ClassRow> classes = new LinkedHashMap<>();
    final Map<UUID, List<Teacher>> teachers = new HashMap<>();
    final List<AttendanceFact> facts = new ArrayList<>();
    /** Register-mark ids recorded by the office on a teacher's behalf. */
    final Set<String> onBehalf = new LinkedHashSet<>();
    final List<EarlyDeparture> departures = new ArrayList<>();
    final Map<String, JsonNode> departurePayloads = new HashMap<>();
    final List<PupilReturn> returns = new ArrayList<>();
    final List<RollCallFact> rollCalls = new ArrayList<>();
    final List<SpotCheck> spotChecks = new ArrayList<>();
    final Map<UUID, String> staffSignatures = new HashMap<>();

    private SchoolDayData(LocalDate day) {
        this.day = day;
    }

    /** The school's settings for the day between registers: its seed preset's, else the standard ones. */
    static SchoolDayPolicy dayPolicy(Handle h, UUID school) {
        String preset = h.createQuery("select policy_preset from schools where id = :id").bind("id", school)
                .mapTo(String.class).findOne().orElse(null);
        return SchoolDayPolicy.forPreset(preset);
    }

    static SchoolDayData load(Handle h, UUID school, LocalDate day) {
        SchoolDayData d = new SchoolDayData(day);
        h.createQuery("""
                        select id, first_name, last_name, year_group, class_id from pupils
                        where school_id = :s and (on_roll_from is null or on_roll_from <= :day)
                          and (on_roll_until is null or on_roll_until >= :day)
                        order by last_name, first_name, id""")
                .bind("s", school).bind("day", day)
                .map(ConstructorMapper.of(PupilRow.class)).forEach(p -> d.pupils.put(p.id(), p));
        h.createQuery("select id, name, year_group from classes where school_id = :s order by name, id")
                .bind("s", school).map(ConstructorMapper.of(ClassRow.class)).forEach(c -> d.classes.put(c.id(), c));
        h.createQuery("""
                        select ct.class_id, s.id, s.name from class_teachers ct join staff s on s.id = ct.staff_id
                        where s.school_id = :s order by s.name""")
                .bind("s", school)
                .map((rs, c) -> Map.entry(rs.getObject(1, UUID.class),
                        new Teacher(rs.getObject(2, UUID.class), rs.getString(3))))
                .forEach(e -> d.teachers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        h.createQuery("select id, name || ', ' || position from staff where school_id = :s").bind("s", school)
                .map((rs, c) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .forEach(e -> d.staffSignatures.put(e.getKey(), e.getValue()));
        // The day a fact is about (indexed by V2__events_by_day.sql): a session's date, or when it happened.
        h.createQuery("""
                        select id, type, pupil_id, payload::text as payload from events
                        where school_id = :s and coalesce(payload->>'date', left(payload->>'at', 10)) = :day
                          and type in ('REGISTER_MARK', 'ARRIVAL', 'REASON', 'AMENDMENT', 'ARRIVAL_WITHDRAWN',
                                       'EARLY_DEPARTURE', 'RETURNED', 'ROLL_CALL_STARTED', 'ROLL_CALL_ACCOUNTED',
                                       'ROLL_CALL_ENDED', 'SPOT_CHECK')
                        order by tx_id, position""")
                .bind("s", school).bind("day", day.toString())
                .map(ConstructorMapper.of(EventRow.class)).forEach(d::add);
        return d;
    }

    private void add(EventRow row) {
        JsonNode p = Json.parse(row.payload());
        String id = row.id().toString();
        String pupil = row.pupilId() == null ? null : row.pupilId().toString();
        switch (row.type()) {
            case "EARLY_DEPARTURE": {
                JsonNode by = p.path("collectedBy");
                Collector collector = by.hasNonNull("guardian") ? Collector.guardian(by.get("guardian").asText())
                        : by.hasNonNull("name") ? Collector.adult(by.get("name").asText(), by.path("relationship").asText())
                        : Collector.nobody();
                String approver = p.hasNonNull("approvedBy")
                        ? staffSignatures.get(UUID.fromString(p.get("approvedBy").asText())) : null;
                departures.add(new EarlyDeparture(id, pupil, at(p), DepartureReason.valueOf(p.get("reason").asText()),
                        collector, text(p, "note"), p.path("approved").asBoolean(false), approver));
                departurePayloads.put(id, p);
                return;
            }
            case "RETURNED":
                returns.add(new PupilReturn(id, pupil, at(p)));
                return;
            case "ROLL_CALL_STARTED":
                rollCalls.add(RollCallFact.started(id, at(p), RollCallReason.valueOf(p.get("reason").asText())));
                return;
            case "ROLL_CALL_ACCOUNTED":
                rollCalls.add(RollCallFact.accounted(id, p.get("rollCall").asText(), pupil,
                        p.path("accounted").asBoolean(), at(p)));
                return;
            case "ROLL_CALL_ENDED":
                rollCalls.add(RollCallFact.ended(id, p.get("rollCall").asText(), at(p)));
                return;
            case "SPOT_CHECK":
                spotChecks.add(new SpotCheck(id, p.get("where").asText(), text(p, "classId"), at(p), ids(p, "expected"),
                        ids(p, "found")));
                return;
            default:
                facts.add(fact(id, FactType.valueOf(row.type()), pupil, p));
                if (row.type().equals("REGISTER_MARK") && p.hasNonNull("onBehalfOf")) {
                    onBehalf.add(id);
                }
        }
    }

    private static AttendanceFact fact(String id, FactType type, String pupil, JsonNode p) {
        AttendanceFact.Builder b = AttendanceFact.builder(type).id(id).pupil(pupil).at(at(p));
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            b.withdrawnArrival(p.get("arrival").asText()).reason(text(p, "reason"));
        } else if (type != FactType.ARRIVAL) {
            b.session(IsoTimes.date(p.get("date").asText()), Session.parse(p.get("session").asText()))
                    .code(AttendanceCode.parse(p.get("code").asText()));
        }
        if (type == FactType.AMENDMENT) {
            b.reason(text(p, "reason")).by(text(p, "by"));
        }
        return b.build();
    }

    List<Pupil> pupilsForRules() {
        List<Pupil> out = new ArrayList<>();
        pupils.values().forEach(p -> out.add(p.forRules()));
        return out;
    }

    List<GuardianRow> guardians(Handle h, Set<UUID> ofPupils) {
        if (ofPupils.isEmpty()) {
            return List.of();
        }
        return h.createQuery("""
                        select gp.pupil_id, g.id, g.name, g.relationship, g.phone, g.email from guardians g
                        join guardian_pupils gp on gp.guardian_id = g.id where gp.pupil_id = any(:p) order by g.name""")
                .bind("p", ofPupils.toArray(new UUID[0]))
                .map(ConstructorMapper.of(GuardianRow.class)).list();
    }

    private static java.time.LocalDateTime at(JsonNode p) {
        return IsoTimes.localDateTime(p.get("at").asText());
    }

    private static String text(JsonNode p, String field) {
        return p.hasNonNull(field) ? p.get(field).asText() : null;
    }

    private static Set<String> ids(JsonNode p, String field) {
        Set<String> out = new LinkedHashSet<>();
        p.path(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
