package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/**
 * The school, classes, pupils and guardians this device may see, read from Room only: the sync
 * fills the cache, screens observe it. Works the same offline.
 */
@Singleton
public class OfflineFirstRosterRepository {
    private final RosterDao roster;
    private final DeviceIdentityStore identities;
    private final Map<String, Parsed> rulesCache = new HashMap<>();

    @Inject
    public OfflineFirstRosterRepository(RosterDao roster, DeviceIdentityStore identities) {
        this.roster = roster;
        this.identities = identities;
    }

    /** The schools this device knows (one on a staff device; a parent's children may attend several). */
    public LiveData<List<SchoolEntity>> schools() {
        return roster.observeSchools();
    }

    public LiveData<List<SchoolClassEntity>> classes() {
        return roster.observeClasses();
    }

    /** The classes the enrolled teacher teaches (empty on other devices). */
    public LiveData<List<SchoolClassEntity>> myClasses() {
        DeviceIdentity identity = identities.current();
        String staffId = identity == null || identity.staffId() == null ? "" : identity.staffId();
        return roster.observeClassesTaughtBy(staffId);
    }

    public LiveData<List<PupilEntity>> pupilsOfClass(String classId) {
        return roster.observePupilsOfClass(classId);
    }

    /** Every pupil on the device: the whole school on staff devices, the children on a parent's phone. */
    public LiveData<List<PupilEntity>> pupils() {
        return roster.observeAllPupils();
    }

    public LiveData<PupilEntity> pupil(String pupilId) {
        return roster.observePupil(pupilId);
    }

    /** Contacts for first-day calling (office devices receive guardians). */
    public LiveData<List<GuardianEntity>> guardiansOf(String pupilId) {
        return roster.observeGuardiansOf(pupilId);
    }

    /**
     * The late gate's look-up: a scanned card (the pupil's id, or the school's pupil number) or the
     * start of a first name, last name or full name. Case does not matter.
     */
    @WorkerThread
    public List<PupilEntity> findPupils(String query, int limit) {
        String trimmed = query.trim();
        if (trimmed.isEmpty()) {
            return java.util.Collections.emptyList();
        }
        PupilEntity byId = roster.pupil(trimmed.toLowerCase(Locale.ROOT));
        if (byId != null) {
            return java.util.Collections.singletonList(byId);
        }
        PupilEntity byNumber = roster.pupilByMisId(trimmed);
        if (byNumber != null) {
            return java.util.Collections.singletonList(byNumber);
        }
        String escaped = trimmed.replace("%", "").replace("_", "");
        return roster.searchPupils(escaped + "%", limit);
    }

    /** The rules of the pupil's school, or null before the school has been pulled. */
    @Nullable
    @WorkerThread
    public SchoolRules rulesForPupil(PupilEntity pupil) {
        SchoolEntity school = pupil.schoolId == null ? null : roster.school(pupil.schoolId);
        return rulesOf(school != null ? school : roster.firstSchool());
    }

    /** The rules of the device's school (the first one on a parent's phone), or null before the first pull. */
    @Nullable
    @WorkerThread
    public SchoolRules defaultRules() {
        DeviceIdentity identity = identities.current();
        SchoolEntity school = identity == null || identity.schoolId() == null ? null : roster.school(identity.schoolId());
        return rulesOf(school != null ? school : roster.firstSchool());
    }

    /** Parsing a calendar is not free: each school's rules are kept until its row changes. */
    @Nullable
    synchronized SchoolRules rulesOf(@Nullable SchoolEntity school) {
        if (school == null) {
            return null;
        }
        Parsed cached = rulesCache.get(school.id);
        String fingerprint = school.name + '|' + school.timeZone + '|' + school.policyPreset + '|' + school.calendarJson;
        if (cached == null || !cached.fingerprint.equals(fingerprint)) {
            cached = new Parsed(fingerprint, SchoolRulesParser.parse(school));
            rulesCache.put(school.id, cached);
        }
        return cached.rules;
    }

    /** Re-emits whenever the roster changes; for read models that depend on it. */
    public LiveData<Integer> changes() {
        return roster.observeRosterSize();
    }

    private static final class Parsed {
        final String fingerprint;
        final SchoolRules rules;

        Parsed(String fingerprint, SchoolRules rules) {
            this.fingerprint = fingerprint;
            this.rules = rules;
        }
    }
}
