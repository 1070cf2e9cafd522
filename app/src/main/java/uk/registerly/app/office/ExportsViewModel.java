package uk.registerly.app.office;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.exports.ExportRequest;
import uk.registerly.app.data.exports.ExportResult;
import uk.registerly.app.data.exports.ExportsRepository;
import uk.registerly.app.network.NetworkExecutor;

/**
 * The office's Exports screen (issue 17, item 7): the census attendance return of a term and the CTF
 * for this year's leavers, fetched from the server on the network executor with the bytes received
 * reported as they arrive, then handed to the share sheet. One file at a time.
 */
@HiltViewModel
public class ExportsViewModel extends ViewModel {
    private static final ZoneId SCHOOL = ZoneId.of("Europe/London");

    private final ExportsRepository exports;
    private final Executor network;
    private final MutableLiveData<ExportsUiState> state = new MutableLiveData<>();

    private final LiveData<java.util.List<uk.registerly.app.data.roster.RosterPupil>> pupils;

    @Inject
    public ExportsViewModel(ExportsRepository exports, uk.registerly.app.data.roster.RosterRepository roster,
                            @NetworkExecutor Executor network, Clock clock) {
        this.exports = exports;
        this.network = network;
        this.pupils = roster.pupils();
        state.setValue(new ExportsUiState(defaultTerm(LocalDate.now(clock.withZone(SCHOOL))),
                LocalDate.now(clock.withZone(SCHOOL)).getYear(), null, 0, null));
    }

    /**
     * The census term the office is most likely to need: the last one that has ended, as the census
     * collects a term in arrears; in the autumn itself, the autumn term so far (a spring census
     * preview). The year is the calendar year the term falls in.
     */
    static ExportRequest.Term defaultTerm(LocalDate today) {
        Month month = today.getMonth();
        if (month.compareTo(Month.AUGUST) >= 0) {
            return ExportRequest.Term.AUTUMN;
        }
        if (month.compareTo(Month.APRIL) <= 0) {
            return ExportRequest.Term.SPRING;
        }
        return month == Month.JULY ? ExportRequest.Term.SUMMER2 : ExportRequest.Term.SUMMER1;
    }

    public LiveData<ExportsUiState> state() {
        return state;
    }

    /** The pupils this tablet holds, to choose one pupil's CTF from. */
    public LiveData<java.util.List<uk.registerly.app.data.roster.RosterPupil>> pupils() {
        return pupils;
    }

    public void chooseTerm(ExportRequest.Term term) {
        ExportsUiState s = state.getValue();
        state.setValue(s.withChoice(term, s.year));
    }

    /** One year earlier (-1) or later (+1), kept within the years the server answers for. */
    public void moveYear(int by) {
        ExportsUiState s = state.getValue();
        state.setValue(s.withChoice(s.term, Math.max(2000, Math.min(2100, s.year + by))));
    }

    public void downloadCensus() {
        ExportsUiState s = state.getValue();
        start(ExportRequest.census(s.term, s.year));
    }

    public void downloadLeaversCtf() {
        start(ExportRequest.ctfForLeavers());
    }

    /** One pupil's CTF, for a pupil chosen from the roster this tablet holds. */
    public void downloadPupilCtf(String pupilId) {
        start(ExportRequest.ctfForPupil(pupilId));
    }

    private void start(ExportRequest request) {
        ExportsUiState s = state.getValue();
        if (s.isWorking()) {
            return;
        }
        state.setValue(s.working(request.kind, 0));
        network.execute(() -> {
            ExportResult result = exports.download(request,
                    bytes -> state.postValue(current().working(request.kind, bytes)));
            state.postValue(current().done(result));
        });
    }

    private ExportsUiState current() {
        return state.getValue();
    }
}
