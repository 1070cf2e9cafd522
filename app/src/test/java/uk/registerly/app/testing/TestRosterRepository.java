package uk.registerly.app.testing;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.School;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.roster.SchoolRules;

/** An in-memory {@link RosterRepository}: the test sets what the roster holds; every change is announced. */
public final class TestRosterRepository implements RosterRepository {
    private final MutableLiveData<List<School>> schools = new MutableLiveData<>(Collections.<School>emptyList());
    private final MutableLiveData<List<SchoolClass>> classes = new MutableLiveData<>(Collections.<SchoolClass>emptyList());
    private final MutableLiveData<List<SchoolClass>> myClasses = new MutableLiveData<>(Collections.<SchoolClass>emptyList());
    private final MutableLiveData<List<RosterPupil>> pupils = new MutableLiveData<>(Collections.<RosterPupil>emptyList());
    private final MutableLiveData<Integer> changes = new MutableLiveData<>(0);
    @Nullable
    private volatile SchoolRules rules;

    /** The {@link TestSchool}: its rules, classes 3A (taught here) and 4A, and four pupils. */
    public TestRosterRepository withTestSchool() {
        schools.setValue(Collections.singletonList(new School(TestSchool.SCHOOL, "Registerly Test Primary")));
        SchoolClass threeA = new SchoolClass(TestSchool.CLASS_3A, "3A", "3");
        classes.setValue(Arrays.asList(threeA, new SchoolClass(TestSchool.CLASS_4A, "4A", "4")));
        myClasses.setValue(Collections.singletonList(threeA));
        pupils.setValue(TestSchool.rosterPupils());
        setRules(TestSchool.rules());
        return this;
    }

    /** The school's rules reach the device (null: not yet). */
    public void setRules(@Nullable SchoolRules rules) {
        this.rules = rules;
        changed();
    }

    public void setMyClasses(List<SchoolClass> taught) {
        myClasses.setValue(taught);
        changed();
    }

    private void changed() {
        Integer version = changes.getValue();
        changes.setValue(version == null ? 1 : version + 1);
    }

    @Override
    public LiveData<List<School>> schools() {
        return schools;
    }

    @Override
    public LiveData<List<SchoolClass>> classes() {
        return classes;
    }

    @Override
    public LiveData<List<SchoolClass>> myClasses() {
        return myClasses;
    }

    @Override
    public LiveData<List<RosterPupil>> pupilsOfClass(String classId) {
        return Transformations.map(pupils, all -> {
            List<RosterPupil> inClass = new ArrayList<>();
            for (RosterPupil pupil : all) {
                if (classId.equals(pupil.classId)) {
                    inClass.add(pupil);
                }
            }
            return inClass;
        });
    }

    @Override
    public LiveData<List<RosterPupil>> pupils() {
        return pupils;
    }

    @Override
    public LiveData<RosterPupil> pupil(String pupilId) {
        return Transformations.map(pupils, all -> {
            for (RosterPupil pupil : all) {
                if (pupil.id.equals(pupilId)) {
                    return pupil;
                }
            }
            return null;
        });
    }

    /** As the roster's look-up: an id or pupil number, else the start of a first, last or full name. */
    @Override
    public List<RosterPupil> findPupils(String query, int limit) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        List<RosterPupil> found = new ArrayList<>();
        for (RosterPupil pupil : pupils.getValue()) {
            if (pupil.id.equals(wanted) || query.trim().equals(pupil.misId)) {
                return Collections.singletonList(pupil);
            }
        }
        for (RosterPupil pupil : wanted.isEmpty() ? Collections.<RosterPupil>emptyList() : pupils.getValue()) {
            if (found.size() < limit && (pupil.firstName.toLowerCase(Locale.ROOT).startsWith(wanted)
                    || pupil.lastName.toLowerCase(Locale.ROOT).startsWith(wanted)
                    || pupil.displayName().toLowerCase(Locale.ROOT).startsWith(wanted))) {
                found.add(pupil);
            }
        }
        return found;
    }

    @Nullable
    @Override
    public SchoolRules defaultRules() {
        return rules;
    }

    @Override
    public LiveData<Integer> changes() {
        return changes;
    }
}
