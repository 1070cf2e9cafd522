package uk.registerly.app.figures;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;
import androidx.lifecycle.ViewModel;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.figures.FiguresGrouping;
import uk.registerly.app.data.figures.SchoolFigures;
import uk.registerly.app.data.figures.SchoolFiguresRepository;

/** The office's "Figures" (issue 18 item 4): the school this year by the chosen group, and week by week. */
@HiltViewModel
public class SchoolFiguresViewModel extends ViewModel {
    private final MutableLiveData<FiguresGrouping> grouping = new MutableLiveData<>(FiguresGrouping.YEAR_GROUP);
    private final LiveData<SchoolFigures> figures;

    @Inject
    public SchoolFiguresViewModel(SchoolFiguresRepository repository) {
        this.figures = Transformations.switchMap(grouping, repository::figures);
    }

    public LiveData<FiguresGrouping> grouping() {
        return grouping;
    }

    public void choose(FiguresGrouping by) {
        if (by != grouping.getValue()) {
            grouping.setValue(by);
        }
    }

    /** Null while the figures are being worked out for the first time (or the school is not known yet). */
    public LiveData<SchoolFigures> figures() {
        return figures;
    }
}
