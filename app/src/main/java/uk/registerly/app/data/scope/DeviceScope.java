package uk.registerly.app.data.scope;

import androidx.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What this device may hold now, from the pull's last {@code SCOPE} notice (sync-protocol §6,
 * "Scope"): the whole scope, not a difference. A teacher's lists its pupils and classes (each with
 * its grant: TEACHES, or COVER with the cover's days); a gate's names every pupil and class and
 * today's {@link #day()}.
 */
public final class DeviceScope {
    private final String role;
    @Nullable
    private final String staffId;
    private final boolean everyPupil;
    private final Set<String> pupils;
    private final boolean everyClass;
    private final List<ClassGrant> classes;
    private final Set<String> eventTypes;
    private final Set<String> rosterKinds;
    private final Map<String, Set<String>> withheldPayload;
    private final Map<String, Set<String>> withheldRoster;
    @Nullable
    private final LocalDate day;

    private DeviceScope(JsonObject data) {
        role = text(data, "role");
        staffId = text(data, "staffId");
        everyPupil = flag(data, "everyPupil");
        pupils = strings(data.get("pupils"));
        everyClass = flag(data, "everyClass");
        List<ClassGrant> grants = new ArrayList<>();
        JsonElement classList = data.get("classes");
        if (classList != null && classList.isJsonArray()) {
            for (JsonElement element : classList.getAsJsonArray()) {
                grants.add(ClassGrant.of(element.getAsJsonObject()));
            }
        }
        classes = Collections.unmodifiableList(grants);
        eventTypes = strings(data.get("eventTypes"));
        rosterKinds = strings(data.get("rosterKinds"));
        withheldPayload = fields(data.get("withheldPayload"));
        withheldRoster = fields(data.get("withheldRoster"));
        String dayText = text(data, "day");
        day = dayText == null ? null : LocalDate.parse(dayText);
    }

    /** A notice's {@code data}. */
    public static DeviceScope of(JsonObject data) {
        return new DeviceScope(data);
    }

    public String role() {
        return role;
    }

    /** The member of staff whose classes and covers these are (the device's). */
    @Nullable
    public String staffId() {
        return staffId;
    }

    public boolean holdsPupil(String pupilId) {
        return everyPupil || pupils.contains(pupilId);
    }

    public boolean everyPupil() {
        return everyPupil;
    }

    public boolean holdsClass(String classId) {
        if (everyClass) {
            return true;
        }
        for (ClassGrant grant : classes) {
            if (grant.classId.equals(classId)) {
                return true;
            }
        }
        return false;
    }

    public boolean everyClass() {
        return everyClass;
    }

    public List<ClassGrant> classes() {
        return classes;
    }

    public boolean holdsEventType(String type) {
        return eventTypes.contains(type);
    }

    public Set<String> eventTypes() {
        return eventTypes;
    }

    public boolean holdsRosterKind(String kind) {
        return rosterKinds.contains(kind);
    }

    /** Payload fields this device may not keep, by event type. */
    public Map<String, Set<String>> withheldPayload() {
        return withheldPayload;
    }

    /** Roster fields this device may not keep, by kind (a gate: no date of birth). */
    public Map<String, Set<String>> withheldRoster() {
        return withheldRoster;
    }

    /** A gate's day: the only day whose facts it holds; null for a teacher. */
    @Nullable
    public LocalDate day() {
        return day;
    }

    /** The cover this device holds for a class on {@code date}, or null (not a cover, or not that day). */
    @Nullable
    public ClassGrant coverOn(String classId, LocalDate date) {
        for (ClassGrant grant : classes) {
            if (grant.isCover() && grant.classId.equals(classId) && grant.covers(date)) {
                return grant;
            }
        }
        return null;
    }

    /** One class a teacher's device holds and why. */
    public static final class ClassGrant {
        public static final String TEACHES = "TEACHES";
        public static final String COVER = "COVER";

        public final String classId;
        public final String grant;
        @Nullable
        public final String coverId;
        @Nullable
        public final LocalDate from;
        @Nullable
        public final LocalDate to;

        ClassGrant(String classId, String grant, @Nullable String coverId, @Nullable LocalDate from,
                   @Nullable LocalDate to) {
            this.classId = classId;
            this.grant = grant;
            this.coverId = coverId;
            this.from = from;
            this.to = to;
        }

        static ClassGrant of(JsonObject json) {
            String from = text(json, "from");
            String to = text(json, "to");
            String grant = text(json, "grant");
            return new ClassGrant(text(json, "classId"), grant == null ? TEACHES : grant, text(json, "coverId"),
                    from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        }

        public boolean isCover() {
            return COVER.equals(grant);
        }

        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    @Nullable
    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static boolean flag(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && !value.isJsonNull() && value.getAsBoolean();
    }

    private static Set<String> strings(@Nullable JsonElement array) {
        Set<String> values = new HashSet<>();
        if (array != null && array.isJsonArray()) {
            for (JsonElement element : array.getAsJsonArray()) {
                values.add(element.getAsString());
            }
        }
        return Collections.unmodifiableSet(values);
    }

    private static Map<String, Set<String>> fields(@Nullable JsonElement object) {
        Map<String, Set<String>> fields = new HashMap<>();
        if (object != null && object.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : object.getAsJsonObject().entrySet()) {
                fields.put(entry.getKey(), strings(entry.getValue() instanceof JsonArray ? entry.getValue() : null));
            }
        }
        return Collections.unmodifiableMap(fields);
    }
}
