package uk.registerly.server.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.Json;
import uk.registerly.server.letters.LetterRequest;
import uk.registerly.server.letters.LetterTemplates;
import uk.registerly.server.letters.Letters;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.sync.PushService;

/**
 * The demo school's casework (issue 16: "pupils at each stage of its ladder, one letter already sent, one due"),
 * recorded by the office as real case actions (CASE_ACTION events through the push) over the history's school
 * days: a pupil at each of Millbrook's stages 1 to 5, stage 3's formal letter sent (a PDF in the parent's
 * preferred language, Polish for that family), and the persistent absentee, whose case is at stage 1, due for
 * the County referral ("County referral below 90%").
 */
final class DemoCasework {

    private final Jdbi jdbi;
    private final PushService push;
    private final Clock clock;

    DemoCasework(Jdbi jdbi, PushService push, Clock clock) {
        this.jdbi = jdbi;
        this.push = push;
        this.clock = clock;
    }

    /** Needs ten school days of history and at least 14 pupils (pupil 5 is the history's persistent absentee). */
    void add(DemoSchool school, DevicePrincipal office, SchoolCalendar calendar, LocalDate today, int historyDays) {
        List<UUID> pupils = school.allPupils();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : calendar.schoolDays()) {
            if (day.isBefore(today)) {
                days.add(day);
            }
        }
        if (pupils.size() < 14 || historyDays < 10 || days.size() < 10) {
            return;
        }
        LocalDate early = days.get(days.size() - 10);
        LocalDate middle = days.get(days.size() - 7);
        LocalDate late = days.get(days.size() - 4);
        LocalDate recent = days.get(days.size() - 2);
        List<ObjectNode> events = new ArrayList<>();
        // The persistent absentee: the class teacher's chat at stage 1; the County referral is now due.
        events.add(action(pupils.get(5), "STAGE_1", "MEETING", early, "ARRANGED", "Chat with mum at pick-up"));
        // One pupil at each stage, as the office recorded it.
        events.add(action(pupils.get(10), "STAGE_1", "MEETING", middle, "DONE", "Informal chat with the class teacher"));
        events.add(action(pupils.get(11), "STAGE_1", "MEETING", early, "DONE", null));
        events.add(action(pupils.get(11), "STAGE_2", "MEETING", late, "AGREED", "Attendance team: breakfast club offered"));
        events.add(action(pupils.get(12), "STAGE_1", "MEETING", early, "DONE", null));
        events.add(action(pupils.get(12), "STAGE_2", "MEETING", middle, "DONE", null));
        events.add(action(pupils.get(13), "STAGE_1", "MEETING", early, "DONE", null));
        events.add(action(pupils.get(13), "STAGE_2", "MEETING", middle, "DONE", null));
        events.add(action(pupils.get(13), "STAGE_3", "LETTER", late, "DONE", "Letter and certificate posted"));
        events.add(action(pupils.get(13), "STAGE_4", "CONTRACT", recent, "AGREED", "Parenting contract signed"));
        events.add(action(pupils.get(9), "STAGE_1", "MEETING", early, "DONE", null));
        events.add(action(pupils.get(9), "COUNTY_REFERRAL", "REFERRAL", recent, "DONE", "Referred to the County"));
        ObjectNode batch = Json.object();
        batch.putArray("events").addAll(events);
        push.push(office, batch);
        // Stage 3's formal letter for pupil 12, in the family's preferred language beside English.
        jdbi.useHandle(h -> h.createUpdate("""
                        update guardians set preferred_language = 'pl' where id in (
                            select guardian_id from guardian_pupils where pupil_id = :p)""")
                .bind("p", pupils.get(12)).execute());
        SchoolSetup setup = jdbi.withHandle(h -> new SchoolSetups().current(h, school.schoolId()));
        new Letters(jdbi, push, new LetterTemplates()).send(office, setup, pupils.get(12),
                new LetterRequest(UUID.nameUUIDFromBytes(("demo-letter:" + school.schoolId()).getBytes()), "STAGE_3",
                        null, null, null, "the school office on 01234 567890", "Posted and emailed"), clock.instant());
    }

    private ObjectNode action(UUID pupil, String stage, String type, LocalDate day, String outcome, String notes) {
        ObjectNode payload = Json.object();
        payload.put("pupil", pupil.toString());
        payload.put("stage", stage);
        ObjectNode action = payload.putObject("action").put("type", type);
        if (type.equals("LETTER")) {
            action.put("template", "millbrook-stage-3");
        }
        payload.putObject("by").put("name", "Rita Anand").put("position", "Attendance Officer");
        payload.put("at", day.atTime(LocalTime.of(15, 40)).toString());
        payload.put("outcome", outcome);
        if (notes != null) {
            payload.put("notes", notes);
        }
        ObjectNode event = Json.object();
        event.put("id", UUID.nameUUIDFromBytes((pupil + stage + day).getBytes()).toString());
        event.put("deviceSeq", 0);
        event.put("type", "CASE_ACTION");
        event.put("deviceTime", clock.instant().toString());
        event.set("payload", payload);
        return event;
    }
}
