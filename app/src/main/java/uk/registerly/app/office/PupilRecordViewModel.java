package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.SavedStateHandle;
import androidx.lifecycle.Transformations;
import androidx.lifecycle.ViewModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.SignedInStaff;
import uk.registerly.app.security.StaffSession;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * A pupil's record: figures, the session grid and the selected mark's full history; amendments
 * go through the repository, which refuses one without a reason and signs it with the enrolled
 * staff member's name and position.
 */
@HiltViewModel
public class PupilRecordViewModel extends ViewModel {
    public static final String PUPIL = "pupil";

    private final RegisterRepository register;
    private final Executor writes;
    private final String pupilId;
    private final LiveData<RosterPupil> pupil;
    private final LiveData<PupilEvaluation> record;
    private final LiveData<List<RecordDay>> days;
    private final MutableLiveData<SchoolSession> selectedSession = new MutableLiveData<>();
    private final MediatorLiveData<EffectiveMark> selectedMark = new MediatorLiveData<>();
    private final MutableLiveData<Once<Amended>> amendment = new MutableLiveData<>();
    @Nullable
    private final String deviceSignature;
    private final StaffSession staff;

    private final LiveData<Integer> needingNewerApp;

    @Inject
    public PupilRecordViewModel(SavedStateHandle state, AttendanceRecordsRepository records,
                                RegisterRepository register, RosterRepository roster, DeviceIdentityStore identities,
                                StaffSession staff, @WriteExecutor Executor writes,
                                uk.registerly.app.data.journal.NewerEventsRepository newerEvents) {
        this.staff = staff;
        this.register = register;
        this.writes = writes;
        this.pupilId = state.get(PUPIL);
        this.pupil = roster.pupil(pupilId);
        this.record = records.pupilRecord(pupilId);
        this.needingNewerApp = newerEvents.needingNewerApp(pupilId);
        this.days = Transformations.map(record, PupilRecordViewModel::days);
        DeviceIdentity identity = identities.current();
        this.deviceSignature = identity == null ? null : identity.staffSignature();
        selectedMark.addSource(record, r -> selectedMark.setValue(markOf(r, selectedSession.getValue())));
        selectedMark.addSource(selectedSession, s -> selectedMark.setValue(markOf(record.getValue(), s)));
    }

    public String pupilId() {
        return pupilId;
    }

    public LiveData<RosterPupil> pupil() {
        return pupil;
    }

    /** How many of the pupil's events a newer version of the app wrote, which this one cannot show. */
    public LiveData<Integer> needingNewerApp() {
        return needingNewerApp;
    }

    public LiveData<PupilEvaluation> record() {
        return record;
    }

    /** School days, newest first. */
    LiveData<List<RecordDay>> days() {
        return days;
    }

    public LiveData<SchoolSession> selectedSession() {
        return selectedSession;
    }

    /** The selected session's mark with its history; null while unmarked. */
    public LiveData<EffectiveMark> selectedMark() {
        return selectedMark;
    }

    /** Each amendment's outcome, once. */
    public LiveData<Once<Amended>> amendment() {
        return amendment;
    }

    /** "Name, Position" that signs amendments: whoever unlocked the tablet, else the device's staff member. */
    @Nullable
    public String signature() {
        SignedInStaff signedIn = staff.current();
        return signedIn != null ? signedIn.signature() : deviceSignature;
    }

    public void select(SchoolSession session) {
        selectedSession.setValue(session);
    }

    public void amend(SchoolSession session, @Nullable AttendanceCode code, String reason) {
        writes.execute(() -> {
            try {
                if (code == null) {
                    throw new NotRecordableException("Choose the corrected code.");
                }
                register.recordAmendment(pupilId, session.date(), session.session(), code, reason);
                amendment.postValue(new Once<>(new Amended(null)));
            } catch (NotRecordableException e) {
                amendment.postValue(new Once<>(new Amended(e.getMessage())));
            }
        });
    }

    @Nullable
    private static EffectiveMark markOf(@Nullable PupilEvaluation record, @Nullable SchoolSession session) {
        if (record == null || session == null) {
            return null;
        }
        for (EffectiveMark mark : record.marks()) {
            if (mark.session().equals(session)) {
                return mark;
            }
        }
        return null;
    }

    private static List<RecordDay> days(@Nullable PupilEvaluation record) {
        List<RecordDay> days = new ArrayList<>();
        if (record == null) {
            return days;
        }
        Map<LocalDate, EffectiveMark[]> marks = new TreeMap<>();
        Map<LocalDate, boolean[]> open = new TreeMap<>();
        for (EffectiveMark mark : record.marks()) {
            marks.computeIfAbsent(mark.session().date(), d -> new EffectiveMark[2])[mark.session().session().ordinal()]
                    = mark;
        }
        for (SchoolSession session : record.unmarked()) {
            marks.computeIfAbsent(session.date(), d -> new EffectiveMark[2]);
            open.computeIfAbsent(session.date(), d -> new boolean[2])[session.session().ordinal()] = true;
        }
        for (Map.Entry<LocalDate, EffectiveMark[]> day : marks.entrySet()) {
            boolean[] unmarked = open.containsKey(day.getKey()) ? open.get(day.getKey()) : new boolean[2];
            days.add(0, new RecordDay(day.getKey(), day.getValue()[Session.AM.ordinal()],
                    day.getValue()[Session.PM.ordinal()], unmarked[0], unmarked[1]));
        }
        return days;
    }

    /** An amendment recorded ({@code refusal} null) or refused, with the reason for the person at the form. */
    public static final class Amended {
        @Nullable
        public final String refusal;

        Amended(@Nullable String refusal) {
            this.refusal = refusal;
        }
    }
}
