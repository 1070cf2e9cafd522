package uk.registerly.app.data.parents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;
import javax.inject.Singleton;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.readmodel.RecomputingLiveData;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/**
 * The children linked to the signed-in parent's account, as the server's sign-in and claim
 * answers listed them. A parent's phone shows and writes for these children only, even if its
 * roster cache held anyone else (the server refuses such writes too; this is the second lock).
 */
@Singleton
public class ParentChildren {
    private final DeviceIdentityStore identities;
    private final RosterDao rosterDao;
    private final Executor executor;
    /** Bumped when the account's children change (a claim), which the roster alone would show only after a pull. */
    private final MutableLiveData<Integer> links = new MutableLiveData<>(0);

    @Inject
    public ParentChildren(DeviceIdentityStore identities, RosterDao rosterDao, @EvaluationExecutor Executor executor) {
        this.identities = identities;
        this.rosterDao = rosterDao;
        this.executor = executor;
    }

    /** The parent's children by name, as the roster cache holds them; nobody else, whatever it holds. */
    public LiveData<List<RosterPupil>> observe() {
        return new RecomputingLiveData<>(executor, () -> ReadModels.map(filter(rosterDao.allPupils()), RosterPupil::of),
                rosterDao.observeRosterSize(), links);
    }

    /** The account's children changed (the identity now lists others). Any thread. */
    public void linksChanged() {
        synchronized (links) {
            Integer version = links.getValue();
            links.postValue(version == null ? 1 : version + 1);
        }
    }

    /** The linked children's ids; empty on a device that is not a parent's. */
    public Set<String> ids() {
        DeviceIdentity identity = identities.current();
        return identity == null || identity.role() != DeviceIdentity.Role.PARENT
                ? java.util.Collections.<String>emptySet() : identity.childSchools().keySet();
    }

    /** The pupils among {@code pupils} that are this parent's children. */
    public List<PupilEntity> filter(Collection<PupilEntity> pupils) {
        Set<String> children = ids();
        List<PupilEntity> mine = new ArrayList<>();
        for (PupilEntity pupil : pupils) {
            if (children.contains(pupil.id)) {
                mine.add(pupil);
            }
        }
        return mine;
    }

    /** @throws ParentRequestRefused unless the device is a parent's and {@code pupilId} is their child */
    public void require(String pupilId) {
        DeviceIdentity identity = identities.current();
        if (identity == null || identity.role() != DeviceIdentity.Role.PARENT) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NOT_A_PARENT,
                    "Only a parent's phone sends absence reports and leave requests.");
        }
        if (!identity.childSchools().containsKey(pupilId)) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NOT_YOUR_CHILD,
                    "This child is not linked to your account, so you cannot report for them."
                            + " Ask the school for an invitation code.");
        }
    }
}
