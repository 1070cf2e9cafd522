package uk.registerly.app.data.staff;

import androidx.lifecycle.LiveData;

import java.util.List;

/** The school's staff from the pulled STAFF rows (sync-protocol §6): who may sign in on a shared tablet. */
public interface StaffRepository {
    /** Everyone on the school's staff, by name. */
    LiveData<List<StaffMember>> staff();
}
