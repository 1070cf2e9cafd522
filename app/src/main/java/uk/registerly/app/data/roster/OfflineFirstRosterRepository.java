package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.Transformations;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.scope.DeviceScope;
import uk.registerly.app.data.scope.DeviceScopeStore;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/** {@link RosterRepository} over the Room roster cache; rows become read models here. */
@Singleton
public class OfflineFirstRosterRepository implements RosterRepository {
    private final RosterDao roster;
    private final DeviceIdentityStore identities;
    private final SchoolRulesLookup schools;
    private final DeviceScopeStore scopes;
    private final Clock clock;

    @Inject
    public OfflineFirstRosterRepository(RosterDao roster, DeviceIdentityStore identities, SchoolRulesLookup schools,
                                        DeviceScopeStore scopes, Clock clock) {
        this.roster = roster;
        this.identities = identities;
        this.schools = schools;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Override
    public LiveData<List<School>> schools() {
        return Transformations.map(roster.observeSchools(), rows -> ReadModels.map(rows, School::of));
    }

    @Override
    public LiveData<List<SchoolClass>> classes() {
        return Transformations.map(roster.observeClasses(), rows -> ReadModels.map(rows, SchoolClass::of));
    }

    @Override
    public LiveData<List<SchoolClass>> myClasses() {
        DeviceIdentity identity = identities.current();
        String staffId = identity == null || identity.staffId() == null ? "" : identity.staffId();
        LiveData<List<SchoolClassEntity>> taught = roster.observeClassesTaughtBy(staffId);
        LiveData<List<SchoolClassEntity>> held = roster.observeClasses();
        LiveData<DeviceScope> scope = scopes.observe();
        MediatorLiveData<List<SchoolClass>> mine = new MediatorLiveData<>();
        Runnable combine = () -> {
            if (taught.getValue() != null && held.getValue() != null) {
                mine.setValue(MyClasses.of(taught.getValue(), held.getValue(), scope.getValue(),
                        LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
            }
        };
        mine.addSource(taught, rows -> combine.run());
        mine.addSource(held, rows -> combine.run());
        mine.addSource(scope, notice -> combine.run());
        return mine;
    }

    @Override
    public LiveData<List<RosterPupil>> pupilsOfClass(String classId) {
        return Transformations.map(roster.observePupilsOfClass(classId), rows -> ReadModels.map(rows, RosterPupil::of));
    }

    @Override
    public LiveData<List<RosterPupil>> pupils() {
        return Transformations.map(roster.observeAllPupils(), rows -> ReadModels.map(rows, RosterPupil::of));
    }

    @Override
    public LiveData<RosterPupil> pupil(String pupilId) {
        return Transformations.map(roster.observePupil(pupilId), row -> row == null ? null : RosterPupil.of(row));
    }

    @Override
    @WorkerThread
    public List<RosterPupil> findPupils(String query, int limit) {
        String trimmed = query.trim();
        if (trimmed.isEmpty()) {
            return Collections.emptyList();
        }
        PupilEntity byId = roster.pupil(trimmed.toLowerCase(Locale.ROOT));
        if (byId != null) {
            return Collections.singletonList(RosterPupil.of(byId));
        }
        PupilEntity byNumber = roster.pupilByMisId(trimmed);
        if (byNumber != null) {
            return Collections.singletonList(RosterPupil.of(byNumber));
        }
        String escaped = trimmed.replace("%", "").replace("_", "");
        return ReadModels.map(roster.searchPupils(escaped + "%", limit), RosterPupil::of);
    }

    @Nullable
    @Override
    @WorkerThread
    public SchoolRules defaultRules() {
        return schools.deviceSchool();
    }

    @Override
    public LiveData<Integer> changes() {
        return roster.observeRosterSize();
    }
}
