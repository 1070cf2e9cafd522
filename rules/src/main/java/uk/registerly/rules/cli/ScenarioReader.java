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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.age.CompulsorySchoolAge;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.LegacyCode;
import uk.registerly.rules.codes.LegacyCodeMapping;
import uk.registerly.rules.codes.UnknownAttendanceCodeException;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.policy.EscalationLadder;
import uk.registerly.rules.policy.LadderBand;
import uk.registerly.rules.policy.LateMarksWarning;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Reads a scenario (rules-scenario-format.md) strictly: the first problem found is
 * reported with the path of the field that has it. Unknown fields are ignored.
 */
final class ScenarioReader {

    Scenario read(Reader source) throws BadInputException {
        JsonFields root = JsonFields.of(parse(source), "");
        LocalDate asOf = root.date("asOf");
        SchoolPolicy policy = policy(root);
        SchoolCalendar calendar = calendar(root.object("calendar"));
        Map<String, Pupil> pupils = pupils(root.array("pupils"));
        LegacyCodeMapping legacy = legacyMapping(root);
        List<AttendanceFact> facts = facts(root.array("events"), pupils, legacy);
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

    // ---- school and policy

    private static SchoolPolicy policy(JsonFields root) throws BadInputException {
        SchoolPolicy preset = null;
        JsonFields policy = null;
        if (root.has("policy")) {
            JsonElement element = root.get("policy");
            if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
                preset = preset(element.getAsString(), root.path("policy"));
            } else {
                policy = root.object("policy");
                String name = policy.optionalString("preset");
                preset = name == null ? null : preset(name, policy.path("preset"));
            }
        }
        RegisterSchedule registers;
        if (root.has("school") || preset == null) {
            registers = registers(root.object("school"));
        } else {
            registers = preset.registers();
        }
        SchoolPolicy.Builder builder = preset == null
                ? SchoolPolicy.builder("scenario", registers) : preset.toBuilder().registers(registers);
        if (policy != null) {
            Integer medical = policy.optionalPositiveInt("medicalEvidenceAfterDays");
            if (medical != null) {
                builder.medicalEvidenceAfterDays(medical);
            }
            Integer notice = policy.optionalPositiveInt("leaveNoticeDays");
            if (notice != null) {
                builder.leaveNoticeDays(notice);
            }
            if (policy.has("targetRate")) {
                builder.targetRate(rate(policy, "targetRate"));
            }
            if (policy.has("ladder")) {
                builder.ladder(ladder(policy));
            }
            if (policy.has("uMarksWarning")) {
                JsonFields warning = policy.object("uMarksWarning");
                Integer count = warning.optionalPositiveInt("uMarksPerTerm");
                Integer period = warning.optionalPositiveInt("improvementSchoolDays");
                if (count == null) {
                    throw warning.missing("uMarksPerTerm");
                }
                if (period == null) {
                    throw warning.missing("improvementSchoolDays");
                }
                builder.lateMarksWarning(new LateMarksWarning(count, period));
            }
        }
        return builder.build();
    }

    private static SchoolPolicy preset(String name, String path) throws BadInputException {
        SchoolPolicy preset = SchoolPresets.named(name);
        if (preset == null) {
            throw new BadInputException(path, "unknown preset \"" + name + "\" (one of "
                    + String.join(", ", SchoolPresets.all().keySet()) + ")");
        }
        return preset;
    }

    private static EscalationLadder ladder(JsonFields policy) throws BadInputException {
        JsonArray bands = policy.array("ladder");
        List<LadderBand> list = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            JsonFields band = JsonFields.of(bands.get(i), policy.path("ladder") + "[" + i + "]");
            Fraction from = rate(band, "from");
            Fraction to = band.has("to") ? rate(band, "to") : null;
            String action = band.string("action");
            String description = band.has("description") ? band.string("description") : action;
            try {
                list.add(new LadderBand(from, to, action, description));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(band.path(), e.getMessage());
            }
        }
        try {
            return new EscalationLadder(list);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(policy.path("ladder"), e.getMessage());
        }
    }

    private static Fraction rate(JsonFields fields, String field) throws BadInputException {
        try {
            Fraction rate = Fraction.ofDecimal(fields.number(field).getAsBigDecimal());
            if (rate.compareTo(Fraction.ONE) <= 0) {
                return rate;
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // falls through to the message below
        }
        throw new BadInputException(fields.path(field), "expected a rate between 0 and 1, e.g. 0.95");
    }

    private static RegisterSchedule registers(JsonFields school) throws BadInputException {
        JsonArray array = school.array("registers");
        List<RegisterWindow> windows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields register = JsonFields.of(array.get(i), school.path("registers") + "[" + i + "]");
            Session session = session(register, "session");
            Set<String> years = new LinkedHashSet<>();
            JsonArray yearGroups = register.array("yearGroups");
            for (int y = 0; y < yearGroups.size(); y++) {
                JsonElement year = yearGroups.get(y);
                if (!year.isJsonPrimitive()) {
                    throw new BadInputException(register.path("yearGroups") + "[" + y + "]",
                            "expected a year group such as \"9\" or \"*\", got " + JsonFields.describe(year));
                }
                years.add(year.getAsString());
            }
            if (years.isEmpty()) {
                throw new BadInputException(register.path("yearGroups"), "needs at least one year group (or \"*\")");
            }
            try {
                windows.add(new RegisterWindow(session, years, register.time("opens"), register.time("lateAfter"),
                        register.time("closes"), register.time("ends")));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(register.path(), e.getMessage());
            }
        }
        return new RegisterSchedule(windows);
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
                    sessions.add(session(listed.get(s), closure.path("sessions") + "[" + s + "]"));
                }
            }
            AttendanceCode code = closure.has("code")
                    ? code(closure.string("code"), closure.path("code"), LegacyCodeMapping.none())
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

    // ---- pupils and events

    private static Map<String, Pupil> pupils(JsonArray array) throws BadInputException {
        Map<String, Pupil> pupils = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields pupil = JsonFields.of(array.get(i), "pupils[" + i + "]");
            String id = pupil.string("id");
            if (pupils.containsKey(id)) {
                throw new BadInputException(pupil.path("id"), "duplicate pupil id \"" + id + "\"");
            }
            pupils.put(id, new Pupil(id, pupil.stringOrNumber("yearGroup"), pupil.optionalDate("dateOfBirth")));
        }
        return pupils;
    }

    private static LegacyCodeMapping legacyMapping(JsonFields root) throws BadInputException {
        if (!root.has("legacyCodes")) {
            return LegacyCodeMapping.none();
        }
        JsonFields legacy = root.object("legacyCodes");
        LegacyCodeMapping.Builder builder = LegacyCodeMapping.approvedBy(legacy.string("approvedBy"));
        JsonFields map = legacy.object("map");
        for (String symbol : map.fieldNames()) {
            LegacyCode from = LegacyCode.fromSymbol(symbol);
            if (from == null) {
                throw new BadInputException(map.path(symbol), "\"" + symbol + "\" is not a pre-2024 code (one of F, H, J, Y)");
            }
            builder.map(from, code(map.string(symbol), map.path(symbol), LegacyCodeMapping.none()));
        }
        return builder.build();
    }

    private static List<AttendanceFact> facts(JsonArray events, Map<String, Pupil> pupils, LegacyCodeMapping legacy)
            throws BadInputException {
        List<AttendanceFact> facts = new ArrayList<>(events.size());
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonFields event = JsonFields.of(events.get(i), "events[" + i + "]");
            AttendanceFact fact = fact(event, pupils, legacy);
            Integer earlier = indexById.get(fact.id());
            if (earlier == null) {
                indexById.put(fact.id(), facts.size());
                facts.add(fact);
            } else if (!facts.get(earlier).equals(fact)) {
                // A resent event is harmless; a different event under the same id is not.
                throw new BadInputException(event.path("id"), "duplicate id \"" + fact.id()
                        + "\" with different content");
            }
        }
        checkWithdrawals(events, facts);
        return facts;
    }

    /**
     * A withdrawal must name an ARRIVAL event of the same pupil somewhere in the scenario (before
     * or after it: the rules do not depend on the order of events).
     */
    private static void checkWithdrawals(JsonArray events, List<AttendanceFact> facts) throws BadInputException {
        Map<String, String> pupilOfArrival = new HashMap<>();
        for (AttendanceFact fact : facts) {
            if (fact.type() == FactType.ARRIVAL) {
                pupilOfArrival.put(fact.id(), fact.pupil());
            }
        }
        for (int i = 0; i < events.size(); i++) {
            JsonFields event = JsonFields.of(events.get(i), "events[" + i + "]");
            if (!FactType.ARRIVAL_WITHDRAWN.name().equals(event.string("type"))) {
                continue;
            }
            String arrival = event.string("arrival");
            String pupil = event.string("pupil");
            if (!pupil.equals(pupilOfArrival.get(arrival))) {
                throw new BadInputException(event.path("arrival"), "no ARRIVAL event \"" + arrival
                        + "\" for pupil \"" + pupil + "\"");
            }
        }
    }

    private static AttendanceFact fact(JsonFields event, Map<String, Pupil> pupils, LegacyCodeMapping legacy)
            throws BadInputException {
        String id = event.string("id");
        FactType type = factType(event);
        String pupilId = event.string("pupil");
        Pupil pupil = pupils.get(pupilId);
        if (pupil == null) {
            throw new BadInputException(event.path("pupil"), "unknown pupil \"" + pupilId + "\" (not in pupils)");
        }
        AttendanceFact.Builder builder = AttendanceFact.builder(type).id(id).pupil(pupilId).at(event.dateTime("at"))
                .by(event.optionalString("by")).reason(event.optionalString("reason"));
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            builder.withdrawnArrival(event.string("arrival"));
        } else if (type != FactType.ARRIVAL) {
            LocalDate date = event.date("date");
            String recorded = event.string("code");
            AttendanceCode code = code(recorded, event.path("code"), legacy);
            CompulsorySchoolAge age = pupil.compulsorySchoolAge();
            String problem = age == null ? null : age.codeProblem(code, date);
            if (problem != null) {
                throw new BadInputException(event.path("code"), problem);
            }
            builder.session(date, session(event, "session")).code(code).recordedCode(recorded);
        }
        if (type == FactType.AMENDMENT) {
            event.string("reason");
            event.string("by");
        }
        return builder.build();
    }

    private static FactType factType(JsonFields event) throws BadInputException {
        String type = event.string("type");
        try {
            return FactType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(event.path("type"), "unknown event type \"" + type
                    + "\" (one of REGISTER_MARK, ARRIVAL, REASON, AMENDMENT, ARRIVAL_WITHDRAWN)");
        }
    }

    private static AttendanceCode code(String symbol, String path, LegacyCodeMapping legacy) throws BadInputException {
        try {
            return legacy.translate(symbol).code();
        } catch (UnknownAttendanceCodeException e) {
            throw new BadInputException(path, e.getMessage());
        }
    }

    private static Session session(JsonFields fields, String field) throws BadInputException {
        if (!fields.has(field)) {
            throw fields.missing(field);
        }
        return session(fields.get(field), fields.path(field));
    }

    private static Session session(JsonElement element, String path) throws BadInputException {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new BadInputException(path, "expected \"AM\" or \"PM\", got " + JsonFields.describe(element));
        }
        try {
            return Session.parse(element.getAsString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(path, e.getMessage());
        }
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
