package uk.registerly.app.gate;

import androidx.annotation.MainThread;
import androidx.annotation.Nullable;
import androidx.annotation.StringRes;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.R;
import uk.registerly.app.data.attendance.ArrivalRecorded;
import uk.registerly.app.data.attendance.ArrivalRow;
import uk.registerly.app.data.attendance.ArrivalsRepository;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.ui.ScreenMessage;

/**
 * The late gate: a scanned card or a pupil picked by name becomes an ARRIVAL at once, and the
 * result panel shows the mark the rules give it for that pupil's own register (year group aware):
 * present, L with minutes late, or U. The last arrival can be undone for the repository's undo
 * window. Everything is written to the device first; the sync sends it when it can.
 */
@HiltViewModel
public class GateViewModel extends SyncAwareViewModel {
    /** Enough to find a pupil in a queue; the list is not a register. */
    static final int SEARCH_LIMIT = 12;

    private final ArrivalsRepository attendance;
    private final RosterRepository roster;
    private final Clock clock;
    private final Executor executor;
    private final ScanDebouncer debouncer = new ScanDebouncer();

    private final MediatorLiveData<LocalDate> today = new MediatorLiveData<>();
    private final LiveData<List<ArrivalRow>> arrivals;
    private final MutableLiveData<GateResult> result = new MutableLiveData<>();
    private final MutableLiveData<Long> undoSecondsLeft = new MutableLiveData<>(0L);
    private final MutableLiveData<List<RosterPupil>> searchResults = new MutableLiveData<>(
            Collections.<RosterPupil>emptyList());
    private final MutableLiveData<String> reason = new MutableLiveData<>();
    private final MediatorLiveData<GateUiState> uiState = new MediatorLiveData<>();

    @Inject
    public GateViewModel(ArrivalsRepository attendance, RosterRepository roster,
                         SyncIndicator sync, Clock clock,
                         @EvaluationExecutor Executor executor) {
        super(sync);
        this.attendance = attendance;
        this.roster = roster;
        this.clock = clock;
        this.executor = executor;
        // The school's day: known once its calendar has reached the device, which a sync may bring.
        today.addSource(roster.changes(), ignored -> executor.execute(() -> {
            SchoolRules rules = roster.defaultRules();
            if (rules != null) {
                today.postValue(rules.today(clock));
            }
        }));
        arrivals = Transformations.switchMap(today, attendance::arrivalsOn);
        uiState.setValue(GateUiState.EMPTY);
        for (LiveData<?> part : new LiveData<?>[] {arrivals, result, undoSecondsLeft, searchResults, reason}) {
            uiState.addSource(part, ignored -> uiState.setValue(new GateUiState(arrivals.getValue(), result.getValue(),
                    undoSecondsLeft.getValue() == null ? 0 : undoSecondsLeft.getValue(), searchResults.getValue(),
                    reason.getValue())));
        }
    }

    // ---- state ----

    /**
     * Everything the gate shows: today's arrivals (newest first, with their marks, undone and unsent
     * flags), the result panel and its undo countdown (updated by {@link #tick()}), the search's results
     * and the reason for the next arrival.
     */
    public LiveData<GateUiState> uiState() {
        return uiState;
    }

    // ---- actions ----

    /**
     * The camera (or a card reader typing into the search box) read {@code payload}. The seam
     * between the scanner and the gate: tests call it with payload strings.
     */
    @MainThread
    public void onCardScanned(String payload) {
        if (!debouncer.isNew(payload, clock.instant())) {
            return;
        }
        String because = reason.getValue();
        executor.execute(() -> {
            SchoolRules rules = roster.defaultRules();
            if (rules == null) {
                result.postValue(GateResult.refused(ScreenMessage.of(R.string.gate_no_calendar)));
                return;
            }
            PupilCardCodec.Result card = PupilCardCodec.decode(payload, rules.schoolId());
            if (!card.isCard()) {
                result.postValue(GateResult.refused(ScreenMessage.of(refusalMessage(card.refusal))));
                return;
            }
            List<RosterPupil> found = roster.findPupils(card.pupilId, 1);
            if (found.isEmpty()) {
                result.postValue(GateResult.refused(ScreenMessage.of(R.string.gate_refused_not_on_roll)));
                return;
            }
            record(found.get(0), because);
        });
    }

    /** Name search for a pupil without their card: the start of a first name, last name or full name. */
    @MainThread
    public void search(String query) {
        executor.execute(() -> searchResults.postValue(roster.findPupils(query, SEARCH_LIMIT)));
    }

    /** The pupil picked from the search results arrives now. */
    @MainThread
    public void arrive(RosterPupil pupil) {
        String because = reason.getValue();
        searchResults.setValue(Collections.<RosterPupil>emptyList());
        executor.execute(() -> record(pupil, because));
    }

    /** The reason for the next arrival (e.g. "With a parent or carer"), or null for none. */
    @MainThread
    public void setReason(@Nullable String text) {
        reason.setValue(text == null || text.trim().isEmpty() ? null : text.trim());
    }

    /** Takes back the arrival on the result panel, while its undo window lasts. */
    @MainThread
    public void undo() {
        GateResult last = result.getValue();
        if (last == null || last.kind != GateResult.Kind.RECORDED || last.eventId == null) {
            return;
        }
        executor.execute(() -> result.postValue(attendance.undoArrival(last.eventId)
                ? GateResult.undone(last.pupilName)
                : GateResult.undoTooLate(last.pupilName)));
        undoSecondsLeft.setValue(0L);
    }

    /** Updates the undo countdown (the screen calls it every second). */
    @MainThread
    public void tick() {
        GateResult last = result.getValue();
        long left = last == null ? 0 : last.undoSecondsLeft(clock.instant());
        Long shown = undoSecondsLeft.getValue();
        if (shown == null || shown != left) {
            undoSecondsLeft.setValue(left);
        }
    }

    @WorkerThread
    private void record(RosterPupil pupil, @Nullable String because) {
        try {
            ArrivalRecorded arrival = attendance.recordArrival(pupil.id, because);
            GateResult recorded = GateResult.recorded(pupil.displayName(), arrival.eventId, arrival.outcome.code(),
                    arrival.outcome.minutesLate(), arrival.at, arrival.undoableUntil, because);
            result.postValue(recorded);
            undoSecondsLeft.postValue(recorded.undoSecondsLeft(clock.instant()));
            // A reason belongs to one pupil: the next one in the queue starts without it.
            reason.postValue(null);
        } catch (NotRecordableException e) {
            result.postValue(GateResult.refused(ScreenMessage.text(e.getMessage())));
        }
    }

    @StringRes
    static int refusalMessage(PupilCardCodec.Refusal refusal) {
        switch (refusal) {
            case OTHER_SCHOOL:
                return R.string.gate_refused_other_school;
            case UNKNOWN_VERSION:
                return R.string.gate_refused_version;
            case MALFORMED:
                return R.string.gate_refused_malformed;
            case CHECK_FAILED:
                return R.string.gate_refused_check;
            default:
                return R.string.gate_refused_not_a_card;
        }
    }
}
