package uk.registerly.server.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.http.Json;
import uk.registerly.server.sync.PushService;

/**
 * Issue 15 in the demo school, today, pushed through the same PushService devices use: one class's morning register
 * not taken (the registers status shows it NOT_STARTED), a pupil signed out for a medical appointment and back, an
 * unapproved early collection (flagged for the office), a fire drill started on a teacher's tablet, ticked on every
 * class's tablet and ended by the office, and a spot check that did not find a pupil registered present (an
 * internal-truancy alert). Made only on a school day between 09:35 and 15:15 (everything happened in the last 20
 * minutes, after the morning register closed); the standard school's fifth class is the one not registered.
 */
final class DemoSchoolDay {

    private static final int UNTAKEN_CLASS = 4;
    private static final long FIRST_SEQ = 1_000_000;
    /** The demo school's zone (DemoSchools.ZONE): device times are its local times as instants. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DemoSchoolDay() {
    }

    /** Whether today's morning register of {@code c} is left untaken (a school with five classes or more). */
    static boolean registerLeftUntaken(DemoSchool school, DemoSchool.DemoClass c) {
        return school.classes().size() > UNTAKEN_CLASS && school.classes().get(UNTAKEN_CLASS).id().equals(c.id());
    }

    static void push(Jdbi jdbi, PushService push, Clock clock, ZoneId zone, SchoolCalendar calendar, DemoSchool school,
                     Map<UUID, DevicePrincipal> teacherOfClass, DevicePrincipal gate, DevicePrincipal office) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).withNano(0);
        LocalDate today = now.toLocalDate();
        if (!calendar.isSchoolSession(today, Session.AM) || now.toLocalTime().isBefore(LocalTime.of(9, 35))
                || now.toLocalTime().isAfter(LocalTime.of(15, 15)) || school.classes().size() < 3
                || school.classes().get(0).pupils().size() < 8) {
            return;
        }
        LocalDateTime base = now.minusMinutes(20);
        DemoSchool.DemoClass first = school.classes().get(0);
        DemoSchool.DemoClass second = school.classes().get(1);
        DemoSchool.DemoClass third = school.classes().get(2);
        UUID dentist = first.pupils().get(5);
        UUID guardian = jdbi.withHandle(h -> h.createQuery(
                        "select guardian_id from guardian_pupils where pupil_id = :p order by guardian_id limit 1")
                .bind("p", dentist).mapTo(UUID.class).one());
        long[] seq = {FIRST_SEQ};

        ObjectNode out = payload(dentist, base);
        out.put("reason", "MEDICAL_APPOINTMENT").put("approved", true).put("approvedBy", office.staffId().toString())
                .put("note", "Dentist, back after lunch");
        out.putObject("collectedBy").put("guardian", guardian.toString());
        send(push, office, seq, "EARLY_DEPARTURE", out, base);

        ObjectNode start = Json.object();
        start.put("at", base.plusMinutes(3).toString()).put("reason", "FIRE_DRILL");
        ObjectNode started = send(push, teacherOfClass.get(first.id()), seq, "ROLL_CALL_STARTED", start,
                base.plusMinutes(3));
        for (DemoSchool.DemoClass c : school.classes()) {
            ArrayNode ticks = Json.object().putArray("events");
            for (int i = 0; i < c.pupils().size(); i++) {
                UUID pupil = c.pupils().get(i);
                boolean absent = !registerLeftUntaken(school, c) && (i == 2 || i == 3
                        || school.parentChildren().contains(pupil));
                if (absent || pupil.equals(dentist)) {
                    continue; // absent this morning, or signed out (the untaken class's are all expected)
                }
                ObjectNode tick = payload(pupil, base.plusMinutes(4 + i % 3));
                tick.put("rollCall", started.get("id").asText()).put("accounted", true);
                ticks.add(envelope("ROLL_CALL_ACCOUNTED", tick, base.plusMinutes(4 + i % 3), seq));
            }
            ObjectNode body = Json.object();
            body.set("events", ticks);
            push.push(teacherOfClass.get(c.id()), body);
        }
        ObjectNode end = Json.object();
        end.put("rollCall", started.get("id").asText()).put("at", base.plusMinutes(9).toString());
        send(push, office, seq, "ROLL_CALL_ENDED", end, base.plusMinutes(9));

        send(push, gate, seq, "RETURNED", payload(dentist, base.plusMinutes(12)), base.plusMinutes(12));

        UUID collected = third.pupils().get(6);
        ObjectNode unapproved = payload(collected, base.plusMinutes(14));
        unapproved.put("reason", "OTHER").put("approved", false);
        unapproved.putObject("collectedBy").put("name", "Jo Grant").put("relationship", "Aunt");
        send(push, gate, seq, "EARLY_DEPARTURE", unapproved, base.plusMinutes(14));

        ObjectNode check = Json.object();
        check.put("where", "Class " + second.name()).put("classId", second.id().toString())
                .put("at", base.plusMinutes(16).toString());
        ArrayNode expected = check.putArray("expected");
        ArrayNode found = check.putArray("found");
        List<UUID> pupils = second.pupils();
        for (int i = 0; i < pupils.size(); i++) {
            if (i == 2 || i == 3 || school.parentChildren().contains(pupils.get(i))) {
                continue;
            }
            expected.add(pupils.get(i).toString());
            if (i != 7) {
                found.add(pupils.get(i).toString()); // the eighth pupil, registered present, is not in class
            }
        }
        send(push, office, seq, "SPOT_CHECK", check, base.plusMinutes(16));
    }

    private static ObjectNode payload(UUID pupil, LocalDateTime at) {
        ObjectNode p = Json.object();
        p.put("pupil", pupil.toString()).put("at", at.toString());
        return p;
    }

    private static ObjectNode send(PushService push, Principal device, long[] seq, String type, ObjectNode payload,
                                   LocalDateTime at) {
        ObjectNode event = envelope(type, payload, at, seq);
        ObjectNode body = Json.object();
        body.putArray("events").add(event);
        push.push(device, body);
        return event;
    }

    private static ObjectNode envelope(String type, ObjectNode payload, LocalDateTime at, long[] seq) {
        ObjectNode e = Json.object();
        e.put("id", UUID.randomUUID().toString());
        e.put("deviceSeq", seq[0]++);
        e.put("type", type);
        e.put("deviceTime", at.atZone(LONDON).toInstant().toString());
        e.set("payload", payload);
        return e;
    }
}
