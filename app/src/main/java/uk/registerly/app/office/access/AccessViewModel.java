package uk.registerly.app.office.access;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.access.AccessRepository;
import uk.registerly.app.data.access.AccessRepository.AccessException;
import uk.registerly.app.data.access.CoverLine;
import uk.registerly.app.data.access.ParentAccountLine;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.staff.StaffMember;
import uk.registerly.app.data.staff.StaffRepository;
import uk.registerly.app.network.NetworkExecutor;

/**
 * Cover and parents' accounts for the office: lists them from the server, assigns and revokes a
 * cover, revokes a parent's account. Every call runs on the {@link NetworkExecutor}; after a change
 * both lists are asked for again, so the screen shows what the server now holds.
 */
@HiltViewModel
public class AccessViewModel extends ViewModel {
    private final AccessRepository access;
    private final Executor network;
    private final Clock clock;
    private final LiveData<List<SchoolClass>> classes;
    private final LiveData<List<StaffMember>> staff;
    private final MutableLiveData<AccessUiState> state = new MutableLiveData<>(AccessUiState.initial());

    @Inject
    public AccessViewModel(AccessRepository access, RosterRepository roster, StaffRepository staff, Clock clock,
                           @NetworkExecutor Executor network) {
        this.access = access;
        this.network = network;
        this.clock = clock;
        this.classes = roster.classes();
        this.staff = staff.staff();
        refresh();
    }

    public LiveData<AccessUiState> uiState() {
        return state;
    }

    public LiveData<List<SchoolClass>> classes() {
        return classes;
    }

    public LiveData<List<StaffMember>> staff() {
        return staff;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.systemDefault()));
    }

    public void refresh() {
        run(null, () -> null);
    }

    public void assignCover(@Nullable SchoolClass schoolClass, @Nullable StaffMember member, LocalDate from,
                            LocalDate to) {
        if (schoolClass == null || member == null) {
            show("Choose a class and a member of staff.");
            return;
        }
        if (to.isBefore(from)) {
            show("The last day of a cover cannot be before its first.");
            return;
        }
        run("Cover assigned: " + member.name + " takes " + schoolClass.name + " from " + from + " to " + to + ".",
                () -> access.assignCover(schoolClass.id, member.id, from, to));
    }

    public void revokeCover(CoverLine cover) {
        run("Cover revoked: " + cover.staffName + "'s tablet drops " + cover.className + " at its next sync.",
                () -> access.revokeCover(cover.id));
    }

    public void revokeParent(ParentAccountLine parent) {
        run("Account revoked: it can no longer sign in or sync.", () -> {
            access.revokeParent(parent.parentId);
            return null;
        });
    }

    private void show(String message) {
        AccessUiState now = state.getValue();
        state.setValue(new AccessUiState(now.covers, now.parents, false, message));
    }

    private void run(@Nullable String done, Change change) {
        AccessUiState before = state.getValue();
        state.setValue(before.loading());
        network.execute(() -> {
            String message = done;
            try {
                change.apply();
            } catch (AccessException e) {
                message = e.getMessage();
            }
            try {
                List<CoverLine> covers = access.covers(today());
                List<ParentAccountLine> parents = access.parents();
                state.postValue(new AccessUiState(covers, parents, false, message));
            } catch (AccessException e) {
                AccessUiState now = state.getValue();
                state.postValue(new AccessUiState(now.covers, now.parents, false,
                        message != null && !message.equals(done) ? message : e.getMessage()));
            }
        });
    }

    private interface Change {
        Object apply() throws AccessException;
    }
}
