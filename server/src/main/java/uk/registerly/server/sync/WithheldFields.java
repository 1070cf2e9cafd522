package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.RosterKind;

/**
 * The fields a role is never served (issue 13): the pull removes them from each payload and roster
 * row before it leaves the server. The stored events keep them; the office and the family that wrote
 * them receive them whole.
 *
 * <ul>
 * <li>TEACHER: a parent's free-text {@code note} and photo {@code evidence} on an absence report and
 *     its updates, and the office's {@code note} on a processed report (a decline's reason). A teacher
 *     sees that a parent reported an absence, its category, dates and sessions, and whether the office
 *     accepted it. (Leave requests and decisions, and call notes, are not served to a teacher at all:
 *     EventType's visibility.)</li>
 * <li>GATE: a pupil's {@code dateOfBirth} (the gate works from names, year group, class and the card).</li>
 * <li>TEACHER, GATE and PARENT: a pupil's UPN, sex and characteristics ({@link PupilCharacteristics#FIELD_NAMES}:
 *     FSM, SEN, EAL, looked after, ethnicity, ...). Issue 17, item 1: "Characteristics are special-category
 *     data: office and server only, never on teacher or gate devices." They are stored apart
 *     (pupil_characteristics) and no PUPIL row carries them today; the rule stands here so one that ever
 *     does is still stripped, and the SCOPE notice tells the device they are withheld.</li>
 * </ul>
 */
public final class WithheldFields {

    private static final Map<Role, Map<EventType, List<String>>> PAYLOAD = new EnumMap<>(Role.class);
    private static final Map<Role, Map<RosterKind, List<String>>> ROSTER = new EnumMap<>(Role.class);

    static {
        Map<EventType, List<String>> teacher = new EnumMap<>(EventType.class);
        teacher.put(EventType.ABSENCE_REPORT, List.of("note", "evidence"));
        teacher.put(EventType.ABSENCE_REPORT_UPDATED, List.of("note", "evidence"));
        teacher.put(EventType.ABSENCE_REPORT_PROCESSED, List.of("note"));
        PAYLOAD.put(Role.TEACHER, teacher);
        List<String> officeOnly = PupilCharacteristics.FIELD_NAMES;
        Map<RosterKind, List<String>> gate = new EnumMap<>(RosterKind.class);
        gate.put(RosterKind.PUPIL, concat(List.of("dateOfBirth"), officeOnly));
        ROSTER.put(Role.GATE, gate);
        ROSTER.put(Role.TEACHER, new EnumMap<>(Map.of(RosterKind.PUPIL, officeOnly)));
        ROSTER.put(Role.PARENT, new EnumMap<>(Map.of(RosterKind.PUPIL, officeOnly)));
    }

    private WithheldFields() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Removes what {@code role} is not served from an event's payload (in place). */
    static void strip(Role role, EventType type, JsonNode payload) {
        strip(PAYLOAD.getOrDefault(role, Map.of()).get(type), payload);
    }

    /** Removes what {@code role} is not served from a roster row's data (in place). */
    static void strip(Role role, RosterKind kind, JsonNode data) {
        strip(ROSTER.getOrDefault(role, Map.of()).get(kind), data);
    }

    private static void strip(List<String> fields, JsonNode node) {
        if (fields != null && node instanceof ObjectNode object) {
            object.remove(fields);
        }
    }

    /** Event type to withheld payload fields, for the scope notice. */
    static Map<String, List<String>> payloadFields(Role role) {
        Map<String, List<String>> named = new TreeMap<>();
        PAYLOAD.getOrDefault(role, Map.of()).forEach((type, fields) -> named.put(type.name(), fields));
        return named;
    }

    /** Roster kind to withheld data fields, for the scope notice. */
    static Map<String, List<String>> rosterFields(Role role) {
        Map<String, List<String>> named = new TreeMap<>();
        ROSTER.getOrDefault(role, Map.of()).forEach((kind, fields) -> named.put(kind.name(), fields));
        return named;
    }
}
