package uk.registerly.rules.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.LegacyCodeMapping;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;

/**
 * Reads a scenario (rules-scenario-format.md) strictly: the first problem found is
 * reported with the path of the field that has it. Unknown fields are ignored.
 */
final class ScenarioReader {


    Scenario read(Reader source) throws BadInputException {
        JsonFields root = JsonFields.of(parse(source), "");
        LocalDate asOf = root.date("asOf");
        SchoolPolicy policy = ScenarioPolicyReader.read(root);
        SchoolCalendar calendar = calendar(root.object("calendar"));
        Map<String, Pupil> pupils = ScenarioEventsReader.pupils(root.array("pupils"));
        LegacyCodeMapping legacy = ScenarioEventsReader.legacyMapping(root);
        List<AttendanceFact> facts = ScenarioEventsReader.facts(root.array("events"), pupils, legacy);
        return new Scenario(asOf, policy, root.has("policy"), calendar, new ArrayList<>(pupils.values()), facts);
    }

    private static JsonElement parse(Reader source) throws BadInputException {
        try {
            JsonReader reader = new JsonReader(source);
            reader.setLenient(false);
            JsonElement element = new Gson().getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new BadInputException("scenario", "unexpected content after the JSON document");
            }
            if (!element.isJsonObject()) {
                throw new BadInputException("scenario", "expected a JSON object, got " + JsonFields.describe(element));
            }
            return element;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            throw new BadInputException("scenario", "malformed JSON: " + firstLine(message));
        }
    }

    // ---- calendar

    private static SchoolCalendar calendar(JsonFields calendar) throws BadInputException {
        SchoolCalendar.Builder builder = SchoolCalendar.builder();
        JsonArray terms = calendar.array("terms");
        for (int i = 0; i < terms.size(); i++) {
            JsonFields term = JsonFields.of(terms.get(i), calendar.path("terms") + "[" + i + "]");
            LocalDate from = term.date("from");
            LocalDate to = term.date("to");
            if (to.isBefore(from)) {
                throw new BadInputException(term.path("to"), "the term ends (" + to + ") before it starts (" + from + ")");
            }
            builder.term(from, to);
        }
        JsonArray closures = calendar.optionalArray("closures");
        for (int i = 0; closures != null && i < closures.size(); i++) {
            JsonFields closure = JsonFields.of(closures.get(i), calendar.path("closures") + "[" + i + "]");
            LocalDate date = closure.date("date");
            Set<Session> sessions = EnumSet.allOf(Session.class);
            JsonArray listed = closure.optionalArray("sessions");
            if (listed != null) {
                sessions = EnumSet.noneOf(Session.class);
                for (int s = 0; s < listed.size(); s++) {
                    sessions.add(ScenarioValues.session(listed.get(s), closure.path("sessions") + "[" + s + "]"));
                }
            }
            AttendanceCode code = closure.has("code")
                    ? ScenarioValues.code(closure.string("code"), closure.path("code"), LegacyCodeMapping.none())
                    : AttendanceCode.CLOSED;
            try {
                builder.closure(new Closure(date, sessions, code));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(closure.path(listed != null && listed.size() == 0 ? "sessions" : "code"),
                        e.getMessage());
            }
        }
        return builder.build();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Gson's advice to its own programmers means nothing to someone who wrote a scenario.
        return line.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "unexpected text");
    }
}
