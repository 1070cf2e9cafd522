package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;

import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.data.journal.NotRecordableException;

/**
 * Each school's rules (policy, calendar, time zone) from its SCHOOL row, for the repositories that
 * check a write or compute a read model; parsed once per version of the row.
 */
@Singleton
public class SchoolRulesLookup {
    private final RosterDao roster;
    private final DeviceIdentityStore identities;
    private final Map<String, Parsed> cache = new HashMap<>();

    @Inject
    public SchoolRulesLookup(RosterDao roster, DeviceIdentityStore identities) {
        this.roster = roster;
        this.identities = identities;
    }

    /** The rules of a pupil's school ({@code schoolId}; the first school when null), or null before it was pulled. */
    @Nullable
    @WorkerThread
    public SchoolRules forSchool(@Nullable String schoolId) {
        SchoolEntity school = schoolId == null ? null : roster.school(schoolId);
        return rulesOf(school != null ? school : roster.firstSchool());
    }

    /** The rules of the device's school (the first one on a parent's phone), or null before the first pull. */
    @Nullable
    @WorkerThread
    public SchoolRules deviceSchool() {
        DeviceIdentity identity = identities.current();
        SchoolEntity school = identity == null || identity.schoolId() == null ? null : roster.school(identity.schoolId());
        return rulesOf(school != null ? school : roster.firstSchool());
    }

    /**
     * The rules of the device's school, to record something under them.
     *
     * @throws NotRecordableException before the first pull has brought the school's calendar
     */
    @WorkerThread
    public SchoolRules recordingSchool() {
        return required(deviceSchool());
    }

    /**
     * The rules of {@code schoolId} (as {@link #forSchool}), to record something under them.
     *
     * @throws NotRecordableException when the school's calendar has not reached the device
     */
    @WorkerThread
    public SchoolRules recordingSchool(@Nullable String schoolId) {
        return required(forSchool(schoolId));
    }

    private static SchoolRules required(@Nullable SchoolRules rules) {
        if (rules == null) {
            throw new NotRecordableException("The school's calendar has not reached this device yet: sync first.");
        }
        return rules;
    }

    /** Parsing a calendar is not free: each school's rules are kept until its row changes. */
    @Nullable
    private synchronized SchoolRules rulesOf(@Nullable SchoolEntity school) {
        if (school == null) {
            return null;
        }
        Parsed cached = cache.get(school.id);
        String fingerprint = school.name + '|' + school.timeZone + '|' + school.policyPreset + '|' + school.calendarJson;
        if (cached == null || !cached.fingerprint.equals(fingerprint)) {
            cached = new Parsed(fingerprint, SchoolRulesParser.parse(school));
            cache.put(school.id, cached);
        }
        return cached.rules;
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
