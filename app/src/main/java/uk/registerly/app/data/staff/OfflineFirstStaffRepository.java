package uk.registerly.app.data.staff;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.Transformations;

import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.readmodel.ReadModels;

/** {@link StaffRepository} over the roster cache's staff table. */
@Singleton
public class OfflineFirstStaffRepository implements StaffRepository {
    private final RosterDao roster;

    @Inject
    public OfflineFirstStaffRepository(RosterDao roster) {
        this.roster = roster;
    }

    @Override
    public LiveData<List<StaffMember>> staff() {
        return Transformations.map(roster.observeStaff(), rows -> ReadModels.map(rows, StaffMember::of));
    }
}
