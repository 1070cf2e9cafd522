package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;

import java.time.LocalDate;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.scope.DeviceScope;
import uk.registerly.app.data.scope.DeviceScopeStore;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * What a register write needs to know about its pupil, checked once and before anything is
 * written, as the server would check it: this device's role writes the type, the pupil is on its
 * roll, the school's calendar is here, and a teacher's mark or amendment is for a class they teach.
 */
final class FactTargets {
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final EventJournal journal;
    private final DeviceScopeStore scopes;

    FactTargets(RosterDao roster, SchoolRulesLookup schools, EventJournal journal, DeviceScopeStore scopes) {
        this.roster = roster;
        this.schools = schools;
        this.journal = journal;
        this.scopes = scopes;
    }

    Target target(String pupilId, EventType type) {
        return target(pupilId, type, null);
    }

    /** As {@link #target(String, EventType)}, for a fact about {@code date} (a cover counts on its days). */
    Target target(String pupilId, EventType type, @Nullable LocalDate date) {
        DeviceIdentity identity = journal.writer(type);
        PupilEntity pupil = roster.pupil(pupilId);
        if (pupil == null) {
            throw new NotRecordableException("This pupil is not on this device's roll.");
        }
        SchoolRules rules = schools.recordingSchool(pupil.schoolId);
        if (type == EventType.REGISTER_MARK || type == EventType.AMENDMENT) {
            requireTaughtBy(identity, pupil, date);
        }
        return new Target(identity, pupil, rules);
    }

    /**
     * A teacher's register facts are for pupils of classes they teach: the server refuses the rest
     * with 403, which would hold up the whole batch, so the device refuses them first.
     */
    private void requireTaughtBy(DeviceIdentity identity, PupilEntity pupil, @Nullable LocalDate date) {
        if (identity.role() != DeviceIdentity.Role.TEACHER) {
            return;
        }
        String staffId = journal.actingStaffId(identity);
        if (pupil.classId != null && roster.teachersOf(pupil.classId).contains(staffId)) {
            return;
        }
        // A cover (the office's, sync-protocol §6 "Cover") lets its staff member mark the class on its days.
        DeviceScope scope = date == null || pupil.classId == null ? null : scopes.current();
        if (scope == null || scope.coverOn(pupil.classId, date) == null || !java.util.Objects.equals(scope.staffId(), staffId)) {
            throw new NotRecordableException("Only this pupil's class teacher records this; ask the office.");
        }
    }

    /** A write's pupil, checked: who writes, the pupil's row and their school's rules. */
    static final class Target {
        final DeviceIdentity identity;
        final PupilEntity pupil;
        final SchoolRules rules;

        Target(DeviceIdentity identity, PupilEntity pupil, SchoolRules rules) {
            this.identity = identity;
            this.pupil = pupil;
            this.rules = rules;
        }

        void requireSchoolSession(LocalDate date, Session session) {
            if (rules.calendar().isSchoolSession(date, session)) {
                return;
            }
            AttendanceCode closure = rules.calendar().closureCode(date, session);
            throw new NotRecordableException(closure != null
                    ? date + " " + session + " is a closed session (" + closure.symbol() + ": " + closure.meaning() + ")."
                    : date + " " + session + " is not a school session (a weekend or outside term).");
        }
    }
}
