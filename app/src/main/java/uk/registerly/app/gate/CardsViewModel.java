package uk.registerly.app.gate;

import android.content.Context;
import android.content.res.Resources;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import dagger.hilt.android.qualifiers.ApplicationContext;

import uk.registerly.app.R;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.roster.SchoolRules;

/** A class's pupil cards, ready to preview and print: each with its school-bound QR payload. */
@HiltViewModel
public class CardsViewModel extends ViewModel {
    private final RosterRepository roster;
    private final Executor executor;
    /** The application's resources, for the words printed on each card. */
    private final Resources resources;
    private final MutableLiveData<String> classId = new MutableLiveData<>();
    private final MediatorLiveData<Sheet> sheet = new MediatorLiveData<>();

    @Inject
    public CardsViewModel(RosterRepository roster, @EvaluationExecutor Executor executor,
                          @ApplicationContext Context context) {
        this.roster = roster;
        this.executor = executor;
        this.resources = context.getResources();
        LiveData<List<SchoolClass>> classes = roster.classes();
        LiveData<List<RosterPupil>> pupils = androidx.lifecycle.Transformations.switchMap(classId, roster::pupilsOfClass);
        sheet.addSource(classes, ignored -> build(classes.getValue(), pupils.getValue()));
        sheet.addSource(pupils, ignored -> build(classes.getValue(), pupils.getValue()));
    }

    /** The class whose cards to show. */
    public void showClass(String id) {
        if (!id.equals(classId.getValue())) {
            classId.setValue(id);
        }
    }

    public LiveData<Sheet> sheet() {
        return sheet;
    }

    private void build(List<SchoolClass> classes, List<RosterPupil> pupils) {
        String id = classId.getValue();
        if (classes == null || pupils == null || id == null) {
            return;
        }
        SchoolClass schoolClass = null;
        for (SchoolClass candidate : classes) {
            if (candidate.id.equals(id)) {
                schoolClass = candidate;
            }
        }
        SchoolClass chosen = schoolClass;
        executor.execute(() -> {
            SchoolRules rules = roster.defaultRules();
            if (rules == null || chosen == null) {
                sheet.postValue(new Sheet(chosen == null ? "" : chosen.name, Collections.<PupilCard>emptyList(),
                        rules != null));
                return;
            }
            List<PupilCard> cards = new ArrayList<>(pupils.size());
            for (RosterPupil pupil : pupils) {
                cards.add(new PupilCard(rules.name(), pupil.displayName(),
                        resources.getString(R.string.cards_label, chosen.name, pupil.yearGroup), pupil.misId,
                        PupilCardCodec.encode(rules.schoolId(), pupil.id)));
            }
            sheet.postValue(new Sheet(chosen.name, cards, true));
        });
    }

    /** The cards of one class. */
    public static final class Sheet {
        public final String className;
        public final List<PupilCard> cards;
        /** False until the school (its id, which every card carries) has reached the device. */
        public final boolean schoolKnown;

        Sheet(String className, List<PupilCard> cards, boolean schoolKnown) {
            this.className = className;
            this.cards = Collections.unmodifiableList(cards);
            this.schoolKnown = schoolKnown;
        }
    }
}
