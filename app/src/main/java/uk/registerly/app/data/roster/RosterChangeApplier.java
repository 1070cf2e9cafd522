package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.ClassTeacherEntity;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.GuardianPupilEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.app.data.db.entity.StaffEntity;
import uk.registerly.app.data.scope.ScopeNoticeApplier;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/**
 * Applies one pulled roster change ({@code data} is the entity's complete new state, sync-protocol
 * §6) to the roster cache. Called inside the pull's transaction, with the cursor.
 */
public class RosterChangeApplier {
    private final RosterDao roster;
    private final DeviceIdentityStore identities;
    private final ScopeNoticeApplier scope;

    @Inject
    public RosterChangeApplier(RosterDao roster, DeviceIdentityStore identities, ScopeNoticeApplier scope) {
        this.roster = roster;
        this.identities = identities;
        this.scope = scope;
    }

    /** The roster kinds this version applies; another (a newer server's) is kept raw by the sync. */
    public static final java.util.Set<String> KINDS = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(
            java.util.Arrays.asList("SCHOOL", "STAFF", "CLASS", "PUPIL", "GUARDIAN", "SCOPE")));

    public void apply(String kind, JsonObject data) {
        switch (kind) {
            case "SCHOOL": {
                JsonObject calendar = new JsonObject();
                calendar.add("registers", array(data, "registers"));
                calendar.add("terms", array(data, "terms"));
                calendar.add("closures", array(data, "closures"));
                roster.upsertSchool(new SchoolEntity(text(data, "id"), text(data, "name"), text(data, "timeZone"),
                        optional(data, "policyPreset"), calendar.toString()));
                break;
            }
            case "STAFF":
                roster.upsertStaff(new StaffEntity(text(data, "id"), text(data, "name"), text(data, "position")));
                break;
            case "CLASS": {
                String id = text(data, "id");
                List<ClassTeacherEntity> teachers = new ArrayList<>();
                for (JsonElement teacher : array(data, "teacherIds")) {
                    teachers.add(new ClassTeacherEntity(id, teacher.getAsString()));
                }
                roster.upsertClass(new SchoolClassEntity(id, text(data, "name"), text(data, "yearGroup")), teachers);
                break;
            }
            case "PUPIL": {
                String id = text(data, "id");
                DeviceIdentity identity = identities.current();
                roster.upsertPupil(new PupilEntity(id, optional(data, "misId"), text(data, "firstName"),
                        text(data, "lastName"), optional(data, "dateOfBirth"), text(data, "yearGroup"),
                        optional(data, "classId"), identity == null ? null : identity.schoolOf(id),
                        optional(data, "onRollFrom"), optional(data, "onRollUntil")));
                break;
            }
            case "GUARDIAN": {
                String id = text(data, "id");
                List<GuardianPupilEntity> pupils = new ArrayList<>();
                for (JsonElement pupil : array(data, "pupilIds")) {
                    pupils.add(new GuardianPupilEntity(id, pupil.getAsString()));
                }
                roster.upsertGuardian(new GuardianEntity(id, text(data, "name"), optional(data, "relationship"),
                        optional(data, "email"), optional(data, "phone")), pupils);
                break;
            }
            case "SCOPE":
                // What this device may hold now: it drops the rest (never its unsent events).
                scope.apply(data);
                break;
            default:
                // A kind this version does not know (a newer server): nothing on this device uses it.
                break;
        }
    }

    private static String text(JsonObject data, String field) {
        String value = optional(data, field);
        if (value == null) {
            throw new IllegalArgumentException("roster data lacks " + field);
        }
        return value;
    }

    @Nullable
    private static String optional(JsonObject data, String field) {
        JsonElement value = data.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static JsonArray array(JsonObject data, String field) {
        JsonElement value = data.get(field);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }
}
