package uk.registerly.app.data.roster;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.rules.schoolday.SchoolDayPolicy;

/**
 * Builds {@link SchoolRules} from a SCHOOL row: the named policy preset (ladder, target, evidence
 * rules) with the school's own registers, and the terms and closures, each checked by the rules
 * module's own constructors.
 */
public final class SchoolRulesParser {
    private SchoolRulesParser() {
    }

    public static SchoolRules parse(SchoolEntity school) {
        JsonObject calendarJson = JsonParser.parseString(school.calendarJson).getAsJsonObject();
        List<RegisterWindow> windows = new ArrayList<>();
        for (JsonElement element : array(calendarJson, "registers")) {
            JsonObject r = element.getAsJsonObject();
            Set<String> yearGroups = new LinkedHashSet<>();
            for (JsonElement year : r.getAsJsonArray("yearGroups")) {
                yearGroups.add(year.getAsString());
            }
            windows.add(new RegisterWindow(Session.parse(r.get("session").getAsString()), yearGroups,
                    time(r, "opens"), time(r, "lateAfter"), time(r, "closes"), time(r, "ends")));
        }
        SchoolCalendar.Builder calendar = SchoolCalendar.builder();
        for (JsonElement element : array(calendarJson, "terms")) {
            JsonObject t = element.getAsJsonObject();
            calendar.term(LocalDate.parse(t.get("from").getAsString()), LocalDate.parse(t.get("to").getAsString()));
        }
        for (JsonElement element : array(calendarJson, "closures")) {
            JsonObject c = element.getAsJsonObject();
            Set<Session> sessions = EnumSet.noneOf(Session.class);
            for (JsonElement s : c.getAsJsonArray("sessions")) {
                sessions.add(Session.parse(s.getAsString()));
            }
            calendar.closure(new Closure(LocalDate.parse(c.get("date").getAsString()), sessions,
                    AttendanceCode.parse(c.get("code").getAsString())));
        }
        SchoolPolicy preset = SchoolPresets.named(school.policyPreset);
        SchoolPolicy policy;
        if (windows.isEmpty()) {
            if (preset == null) {
                throw new IllegalArgumentException("school " + school.id + " has neither registers nor a policy preset");
            }
            policy = preset;
        } else {
            RegisterSchedule registers = new RegisterSchedule(windows);
            policy = preset == null ? SchoolPolicy.builder(school.name, registers).build()
                    : preset.toBuilder().name(school.name).registers(registers).build();
        }
        // The school-day settings follow the preset, as the server's do (SchoolDayPolicy.forPreset).
        return new SchoolRules(school.id, school.name, ZoneId.of(school.timeZone), policy, calendar.build(),
                SchoolDayPolicy.forPreset(school.policyPreset));
    }

    private static JsonArray array(JsonObject json, String field) {
        return json.has(field) && json.get(field).isJsonArray() ? json.getAsJsonArray(field) : new JsonArray();
    }

    private static LocalTime time(JsonObject json, String field) {
        return LocalTime.parse(json.get(field).getAsString());
    }
}
