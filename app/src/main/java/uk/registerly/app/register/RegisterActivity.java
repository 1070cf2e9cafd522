package uk.registerly.app.register;

import android.app.DatePickerDialog;
import android.content.Intent;
import android.os.Bundle;
import android.view.Menu;
import android.view.MenuItem;
import android.view.View;
import android.widget.PopupMenu;

import androidx.annotation.Nullable;
import androidx.annotation.VisibleForTesting;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.android.material.button.MaterialButtonToggleGroup;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.snackbar.Snackbar;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.rollcall.RollCallEntry;
import uk.registerly.app.spotcheck.SpotCheckEntry;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.gate.CardsActivity;
import uk.registerly.app.ui.EverySecond;
import uk.registerly.app.ui.Once;
import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The teacher's register on a classroom tablet (classes beside the register, layout-sw600dp) or a
 * phone (the class from a menu). Opens on the teacher's first class, today, for the session under
 * way. Everything shown is {@link RegisterViewModel}'s {@link RegisterUiState}, drawn by
 * {@link RegisterStateViews}; this class wires the views and routes taps, nothing more.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class RegisterActivity extends Hilt_RegisterActivity {
    /** Background work of the screen's own (list diffs): the read models' thread, never the main one. */
    @Inject
    @EvaluationExecutor
    Executor background;

    private RegisterViewModel viewModel;
    private RegisterStateViews views;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_register);
        viewModel = new ViewModelProvider(this).get(RegisterViewModel.class);
        RegisterReminderViewModel reminders = new ViewModelProvider(this).get(RegisterReminderViewModel.class);
        // The register's countdown, and the reminder's look at the teacher's registers.
        EverySecond.whileStarted(this, () -> {
            viewModel.tick();
            reminders.secondPassed();
        });

        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        // An action of its own rather than the overflow menu: a 48 dp target, labelled for TalkBack.
        toolbar.getMenu().add(Menu.NONE, R.id.register_print_cards, Menu.NONE, R.string.register_print_cards)
                .setIcon(R.drawable.ic_print_cards)
                .setShowAsAction(MenuItem.SHOW_AS_ACTION_ALWAYS);
        RollCallEntry.ENTRY.addTo(toolbar);
        SpotCheckEntry.ENTRY.addTo(toolbar);
        toolbar.setOnMenuItemClickListener(item -> {
            if (RollCallEntry.ENTRY.handles(item, toolbar) || SpotCheckEntry.ENTRY.handles(item, toolbar)) {
                return true;
            }
            RegisterSelection selection = views.shown().selection;
            if (item.getItemId() == R.id.register_print_cards && selection != null) {
                startActivity(new Intent(this, CardsActivity.class)
                        .putExtra(CardsActivity.EXTRA_CLASS_ID, selection.classId));
                return true;
            }
            return false;
        });
        SyncBadgeViews.attach(this, viewModel);

        RecyclerView list = findViewById(R.id.register_list);
        list.setLayoutManager(new LinearLayoutManager(this));
        RegisterAdapter adapter = new RegisterAdapter(new RegisterAdapter.Listener() {
            @Override
            public void onCode(RegisterRowModel row, AttendanceCode code) {
                choose(row.pupilId, code);
            }

            @Override
            public void onMoreCodes(RegisterRowModel row, View anchor) {
                showCodes(row, anchor);
            }
        }, background);
        list.setAdapter(adapter);

        ClassListAdapter classAdapter = null;
        RecyclerView classList = findViewById(R.id.class_list);
        if (classList != null) {
            classAdapter = new ClassListAdapter(schoolClass -> viewModel.selectClass(schoolClass.id), background);
            classList.setLayoutManager(new LinearLayoutManager(this));
            classList.setAdapter(classAdapter);
        }
        views = new RegisterStateViews(this, adapter, classAdapter);

        bindChoosers();
        RegisterReminderBanner banner = new RegisterReminderBanner(getWindow().getDecorView(),
                () -> views.shown().selection, due -> viewModel.open(due.classId, due.date, due.session));
        viewModel.uiState().observe(this, state -> {
            views.render(state);
            banner.refresh();
        });
        reminders.reminder().observe(this, banner::render);
        viewModel.messages().observe(this, this::showMessage);
        viewModel.amendmentOffers().observe(this, once -> {
            AmendmentOffer offer = once.take();
            if (offer != null) {
                AmendmentDialog.of(offer.pupilId, offer.code).show(getSupportFragmentManager(), AmendmentDialog.TAG);
            }
        });
    }

    // ---- actions ----

    @VisibleForTesting
    void choose(String pupilId, AttendanceCode code) {
        if (viewModel.choose(pupilId, code) == RegisterClock.Edit.AMEND) {
            AmendmentDialog.of(pupilId, code).show(getSupportFragmentManager(), AmendmentDialog.TAG);
        }
    }

    private void showCodes(RegisterRowModel row, View anchor) {
        PopupMenu menu = new PopupMenu(this, anchor);
        List<AttendanceCode> codes = TeacherCodes.all(views.shown().session());
        for (int i = 0; i < codes.size(); i++) {
            AttendanceCode code = codes.get(i);
            menu.getMenu().add(Menu.NONE, i, i, getString(R.string.register_code_option, code.symbol(), code.meaning()));
        }
        menu.setOnMenuItemClickListener(item -> {
            choose(row.pupilId, codes.get(item.getItemId()));
            return true;
        });
        menu.show();
    }

    private void confirmMarkAll() {
        List<String> remaining = views.shown().remaining();
        if (remaining.isEmpty()) {
            return;
        }
        new MaterialAlertDialogBuilder(this)
                .setTitle(getResources().getQuantityString(R.plurals.register_mark_all_confirm_title,
                        remaining.size(), remaining.size()))
                .setMessage(R.string.register_mark_all_confirm_body)
                .setNegativeButton(R.string.register_cancel, null)
                .setPositiveButton(R.string.register_mark_all_confirm, (d, which) -> viewModel.markAllRemainingPresent())
                .show();
    }

    private void bindChoosers() {
        findViewById(R.id.mark_all).setOnClickListener(v -> confirmMarkAll());
        findViewById(R.id.class_button).setOnClickListener(this::chooseClass);
        findViewById(R.id.date_button).setOnClickListener(v -> chooseDate());
        findViewById(R.id.today_button).setOnClickListener(v -> viewModel.selectToday());
        MaterialButtonToggleGroup sessions = findViewById(R.id.session_toggle);
        sessions.addOnButtonCheckedListener((group, checkedId, isChecked) -> {
            if (isChecked) {
                viewModel.selectSession(checkedId == R.id.session_pm ? Session.PM : Session.AM);
            }
        });
    }

    private void chooseClass(View anchor) {
        List<SchoolClass> classes = views.shown().classes;
        if (classes == null || classes.isEmpty()) {
            return;
        }
        PopupMenu menu = new PopupMenu(this, anchor);
        for (int i = 0; i < classes.size(); i++) {
            menu.getMenu().add(Menu.NONE, i, i, getString(R.string.register_class_button, classes.get(i).name));
        }
        menu.setOnMenuItemClickListener(item -> {
            viewModel.selectClass(classes.get(item.getItemId()).id);
            return true;
        });
        menu.show();
    }

    private void chooseDate() {
        RegisterSelection selection = views.shown().selection;
        if (selection == null) {
            return;
        }
        LocalDate date = selection.date;
        new DatePickerDialog(this, (picker, year, month, day) -> viewModel.selectDate(LocalDate.of(year, month + 1, day)),
                date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth()).show();
    }

    private void showMessage(Once<ScreenMessage> once) {
        ScreenMessage message = once.take();
        if (message != null) {
            Snackbar.make(findViewById(R.id.register_list), message.resolve(this), Snackbar.LENGTH_LONG).show();
        }
    }
}
