package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.util.List;

/**
 * The school, classes and pupils this device may see, as screens read them: from Room only (the
 * sync fills the cache), the same offline. Implemented by {@link OfflineFirstRosterRepository}.
 */
public interface RosterRepository {
    /** The schools this device knows (one on a staff device; a parent's children may attend several). */
    LiveData<List<School>> schools();

    LiveData<List<SchoolClass>> classes();

    /** The classes the enrolled teacher teaches (empty on other devices). */
    LiveData<List<SchoolClass>> myClasses();

    LiveData<List<RosterPupil>> pupilsOfClass(String classId);

    /** Every pupil on the device: the whole school on staff devices, the children on a parent's phone. */
    LiveData<List<RosterPupil>> pupils();

    LiveData<RosterPupil> pupil(String pupilId);

    /**
     * The late gate's look-up: a scanned card (the pupil's id, or the school's pupil number) or the
     * start of a first name, last name or full name. Case does not matter.
     */
    @WorkerThread
    List<RosterPupil> findPupils(String query, int limit);

    /** The rules of the device's school (the first one on a parent's phone), or null before the first pull. */
    @Nullable
    @WorkerThread
    SchoolRules defaultRules();

    /** Re-emits whenever the roster changes (a school's calendar may arrive while a screen is open). */
    LiveData<Integer> changes();
}
