package uk.registerly.app.register;

import android.app.DatePickerDialog;
import android.content.Intent;
import android.os.Bundle;
import android.view.Menu;
import android.view.MenuItem;
import android.view.View;
import android.widget.PopupMenu;
import android.widget.TextView;

import androidx.annotation.Nullable;
import androidx.annotation.VisibleForTesting;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.android.material.button.MaterialButton;
import com.google.android.material.button.MaterialButtonToggleGroup;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.snackbar.Snackbar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;

import uk.registerly.app.R;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.gate.CardsActivity;
import uk.registerly.app.ui.Once;
import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.app.ui.EverySecond;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * The teacher's register on a classroom tablet (classes beside the register, layout-sw600dp) or a
 * phone (the class from a menu). Opens on the teacher's first class, today, for the session under
 * way. Everything shown comes from {@link RegisterViewModel}; this class binds views and routes
 * taps, nothing more.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class RegisterActivity extends Hilt_RegisterActivity {
    /** Background work of the screen's own (list diffs): the read models' thread, never the main one. */
    @Inject
    @EvaluationExecutor
    Executor background;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private RegisterViewModel viewModel;
    private RegisterAdapter adapter;
    @Nullable
    private ClassListAdapter classAdapter;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_register);
        viewModel = new ViewModelProvider(this).get(RegisterViewModel.class);
        // The register's countdown.
        EverySecond.whileStarted(this, viewModel::tick);

        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        // An action of its own rather than the overflow menu: a 48 dp target, labelled for TalkBack.
        toolbar.getMenu().add(Menu.NONE, R.id.register_print_cards, Menu.NONE, R.string.register_print_cards)
                .setIcon(R.drawable.ic_print_cards)
                .setShowAsAction(MenuItem.SHOW_AS_ACTION_ALWAYS);
        toolbar.setOnMenuItemClickListener(item -> {
            RegisterSelection selection = viewModel.selection().getValue();
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
        adapter = new RegisterAdapter(new RegisterAdapter.Listener() {
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

        RecyclerView classList = findViewById(R.id.class_list);
        if (classList != null) {
            classAdapter = new ClassListAdapter(schoolClass -> viewModel.selectClass(schoolClass.id), background);
            classList.setLayoutManager(new LinearLayoutManager(this));
            classList.setAdapter(classAdapter);
        }

        bindChoosers();
        viewModel.classes().observe(this, this::showClasses);
        viewModel.selection().observe(this, this::showSelection);
        viewModel.rows().observe(this, rows -> {
            RegisterSelection selection = viewModel.selection().getValue();
            adapter.submit(rows, selection == null ? Session.AM : selection.session);
            showSummary(rows);
        });
        viewModel.window().observe(this, this::showWindow);
        viewModel.registerClock().observe(this, clock -> {
            showPhase(clock);
            List<RegisterRowModel> rows = viewModel.rows().getValue();
            if (rows != null) {
                showSummary(rows);
            }
        });
        viewModel.schoolTime().observe(this, time -> showEmptyState());
        viewModel.messages().observe(this, this::showMessage);
    }

    // ---- actions ----

    @VisibleForTesting
    void choose(String pupilId, AttendanceCode code) {
        if (viewModel.choose(pupilId, code) == RegisterClock.Edit.AMEND) {
            AmendmentDialog.of(pupilId, code).show(getSupportFragmentManager(), AmendmentDialog.TAG);
        }
    }

    private void showCodes(RegisterRowModel row, View anchor) {
        RegisterSelection selection = viewModel.selection().getValue();
        Session session = selection == null ? Session.AM : selection.session;
        PopupMenu menu = new PopupMenu(this, anchor);
        List<AttendanceCode> codes = TeacherCodes.all(session);
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
        List<String> remaining = viewModel.remaining();
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
        findViewById(R.id.today_button).setOnClickListener(v -> {
            RegisterViewModel.SchoolTime time = viewModel.schoolTime().getValue();
            if (time != null && time.isKnown()) {
                viewModel.selectDate(viewModel.today());
            }
        });
        MaterialButtonToggleGroup sessions = findViewById(R.id.session_toggle);
        sessions.addOnButtonCheckedListener((group, checkedId, isChecked) -> {
            if (isChecked) {
                viewModel.selectSession(checkedId == R.id.session_pm ? Session.PM : Session.AM);
            }
        });
    }

    private void chooseClass(View anchor) {
        List<SchoolClass> classes = viewModel.classes().getValue();
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
        RegisterSelection selection = viewModel.selection().getValue();
        if (selection == null) {
            return;
        }
        LocalDate date = selection.date;
        new DatePickerDialog(this, (picker, year, month, day) -> viewModel.selectDate(LocalDate.of(year, month + 1, day)),
                date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth()).show();
    }

    // ---- showing state ----

    private void showClasses(List<SchoolClass> classes) {
        if (classAdapter != null) {
            classAdapter.submitList(classes);
        }
        showEmptyState();
    }

    private void showSelection(RegisterSelection selection) {
        String className = selection.classId;
        List<SchoolClass> classes = viewModel.classes().getValue();
        if (classes != null) {
            for (SchoolClass schoolClass : classes) {
                if (schoolClass.id.equals(selection.classId)) {
                    className = schoolClass.name;
                }
            }
        }
        MaterialButton classButton = findViewById(R.id.class_button);
        classButton.setText(getString(R.string.register_class_button, className));
        classButton.setContentDescription(getString(R.string.register_class_button_description, className));
        // The tablet lists the classes beside the register; the phone chooses from the button's menu.
        classButton.setVisibility(classAdapter == null ? View.VISIBLE : View.GONE);
        MaterialButton dateButton = findViewById(R.id.date_button);
        dateButton.setText(DAY.format(selection.date));
        dateButton.setContentDescription(getString(R.string.register_date_button_description,
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(selection.date)));
        findViewById(R.id.today_button).setVisibility(viewModel.isToday(selection.date) ? View.GONE : View.VISIBLE);
        MaterialButtonToggleGroup sessions = findViewById(R.id.session_toggle);
        sessions.check(selection.session == Session.PM ? R.id.session_pm : R.id.session_am);
        if (classAdapter != null) {
            classAdapter.select(selection.classId);
        }
    }

    private void showWindow(@Nullable RegisterWindow window) {
        TextView text = findViewById(R.id.register_window);
        text.setText(window == null ? "" : getString(R.string.register_window, TIME.format(window.opens()),
                TIME.format(window.lateAfter()), TIME.format(window.closes())));
    }

    private void showPhase(RegisterClock clock) {
        TextView phase = findViewById(R.id.register_phase);
        RegisterWindow window = viewModel.window().getValue();
        switch (clock.phase()) {
            case NOT_OPEN:
                phase.setText(getString(R.string.register_phase_not_open, RegisterClock.countdown(clock.untilNextChange())));
                break;
            case ON_TIME:
                phase.setText(getString(R.string.register_phase_on_time, TIME.format(clock.nextChange()),
                        RegisterClock.countdown(clock.untilNextChange())));
                break;
            case LATE:
                phase.setText(getString(R.string.register_phase_late, RegisterClock.countdown(clock.untilNextChange())));
                break;
            case CLOSED:
                RegisterSelection selection = viewModel.selection().getValue();
                phase.setText(window != null && selection != null && viewModel.isToday(selection.date)
                        ? getString(R.string.register_phase_closed, TIME.format(window.closes()))
                        : getString(R.string.register_phase_closed_day));
                break;
            default:
                phase.setText(R.string.register_phase_future);
                break;
        }
    }

    private void showSummary(List<RegisterRowModel> rows) {
        RegisterSummary summary = RegisterSummary.of(rows);
        ((TextView) findViewById(R.id.register_summary)).setText(getString(R.string.register_summary,
                summary.present, summary.late, summary.absent, summary.unmarked));
        MaterialButton markAll = findViewById(R.id.mark_all);
        RegisterClock clock = viewModel.registerClock().getValue();
        boolean offered = clock != null && clock.allowsMarkAll();
        markAll.setVisibility(offered ? View.VISIBLE : View.GONE);
        markAll.setEnabled(summary.unmarked > 0);
        markAll.setText(summary.unmarked > 0 ? getString(R.string.register_mark_all, summary.unmarked)
                : getString(R.string.register_mark_all_done));
        markAll.setContentDescription(summary.unmarked > 0
                ? getString(R.string.register_mark_all_description, summary.unmarked)
                : getString(R.string.register_mark_all_done));
    }

    private void showEmptyState() {
        TextView empty = findViewById(R.id.register_empty);
        RegisterViewModel.SchoolTime time = viewModel.schoolTime().getValue();
        List<SchoolClass> classes = viewModel.classes().getValue();
        if (time != null && !time.isKnown()) {
            empty.setText(R.string.register_no_calendar);
            empty.setVisibility(View.VISIBLE);
        } else if (classes != null && classes.isEmpty()) {
            empty.setText(R.string.register_no_classes);
            empty.setVisibility(View.VISIBLE);
        } else {
            empty.setVisibility(View.GONE);
        }
    }

    private void showMessage(Once<ScreenMessage> once) {
        ScreenMessage message = once.take();
        if (message != null) {
            Snackbar.make(findViewById(R.id.register_list), message.resolve(this), Snackbar.LENGTH_LONG).show();
        }
    }
}
