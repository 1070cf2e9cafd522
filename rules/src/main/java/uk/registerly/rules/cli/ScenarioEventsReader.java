package uk.registerly.rules.cli;

import com.google.gson.JsonArray;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.age.CompulsorySchoolAge;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.LegacyCode;
import uk.registerly.rules.codes.LegacyCodeMapping;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;

/** A scenario's pupils, its legacy-code mapping and its events as attendance facts (rules-scenario-format.md). */
final class ScenarioEventsReader {

    private ScenarioEventsReader() {
    }

    static Map<String, Pupil> pupils(JsonArray array) throws BadInputException {
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

    static LegacyCodeMapping legacyMapping(JsonFields root) throws BadInputException {
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
            builder.map(from, ScenarioValues.code(map.string(symbol), map.path(symbol), LegacyCodeMapping.none()));
        }
        return builder.build();
    }

    static List<AttendanceFact> facts(JsonArray events, Map<String, Pupil> pupils, LegacyCodeMapping legacy)
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
            AttendanceCode code = ScenarioValues.code(recorded, event.path("code"), legacy);
            CompulsorySchoolAge age = pupil.compulsorySchoolAge();
            String problem = age == null ? null : age.codeProblem(code, date);
            if (problem != null) {
                throw new BadInputException(event.path("code"), problem);
            }
            builder.session(date, ScenarioValues.session(event, "session")).code(code).recordedCode(recorded);
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
}
