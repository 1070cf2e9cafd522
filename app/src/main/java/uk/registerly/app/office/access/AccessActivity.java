package uk.registerly.app.office.access;

import android.app.DatePickerDialog;
import android.os.Bundle;
import android.view.Gravity;
import android.view.View;
import android.widget.ArrayAdapter;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.Spinner;
import android.widget.TextView;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.access.CoverLine;
import uk.registerly.app.data.access.ParentAccountLine;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.staff.StaffMember;
import uk.registerly.app.ui.Dates;

/**
 * The office assigns, lists and revokes cover, and lists and revokes parents' accounts (issue 13,
 * section 4), from the office device's staff home ("Cover and parents"; the office toolbar's overflow button would be under 48 dp). One column on a phone, cover beside parents on a tablet.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class AccessActivity extends Hilt_AccessActivity {
    private static final String STATE_FROM = "from";
    private static final String STATE_TO = "to";

    private AccessViewModel viewModel;
    private final List<SchoolClass> classes = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_access);
        viewModel = new ViewModelProvider(this).get(AccessViewModel.class);
        from = savedInstanceState == null ? viewModel.today() : LocalDate.parse(savedInstanceState.getString(STATE_FROM));
        to = savedInstanceState == null ? viewModel.today() : LocalDate.parse(savedInstanceState.getString(STATE_TO));

        Spinner classSpinner = findViewById(R.id.access_class);
        Spinner staffSpinner = findViewById(R.id.access_staff);
        viewModel.classes().observe(this, list -> {
            classes.clear();
            List<String> names = new ArrayList<>();
            if (list != null) {
                classes.addAll(list);
                for (SchoolClass schoolClass : list) {
                    names.add(schoolClass.name);
                }
            }
            classSpinner.setAdapter(adapter(names));
        });
        viewModel.staff().observe(this, list -> {
            staff.clear();
            List<String> names = new ArrayList<>();
            if (list != null) {
                staff.addAll(list);
                for (StaffMember member : list) {
                    names.add(member.name + ", " + member.position);
                }
            }
            staffSpinner.setAdapter(adapter(names));
        });
        findViewById(R.id.access_from).setOnClickListener(v -> pick(from, day -> {
            from = day;
            if (to.isBefore(from)) {
                to = from;
            }
            showDates();
        }));
        findViewById(R.id.access_to).setOnClickListener(v -> pick(to, day -> {
            to = day;
            showDates();
        }));
        findViewById(R.id.access_assign).setOnClickListener(v -> viewModel.assignCover(
                selected(classes, classSpinner), selected(staff, staffSpinner), from, to));
        showDates();
        viewModel.uiState().observe(this, this::render);
    }

    @Override
    protected void onSaveInstanceState(Bundle outState) {
        super.onSaveInstanceState(outState);
        outState.putString(STATE_FROM, from.toString());
        outState.putString(STATE_TO, to.toString());
    }

    /** For tests and the date pickers: the cover's days. */
    void setDays(LocalDate first, LocalDate last) {
        from = first;
        to = last;
        showDates();
    }

    private void render(AccessUiState state) {
        TextView message = findViewById(R.id.access_message);
        message.setText(state.loading ? getString(R.string.access_loading) : state.message);
        message.setVisibility(state.loading || state.message != null ? View.VISIBLE : View.GONE);
        findViewById(R.id.access_assign).setEnabled(!state.loading);

        LinearLayout covers = findViewById(R.id.access_covers);
        covers.removeAllViews();
        if (state.covers.isEmpty()) {
            covers.addView(text(getString(R.string.access_no_covers)));
        }
        Locale locale = Dates.locale(this);
        for (CoverLine cover : state.covers) {
            String line = getString(R.string.access_cover_line, cover.staffName, cover.className,
                    Dates.day(cover.from, locale), Dates.day(cover.to, locale));
            covers.addView(row(cover.revoked ? getString(R.string.access_cover_revoked, line) : line,
                    cover.revoked ? null : getString(R.string.access_revoke_cover_description, cover.staffName,
                            cover.className), () -> viewModel.revokeCover(cover)));
        }

        LinearLayout parents = findViewById(R.id.access_parents);
        parents.removeAllViews();
        if (state.parents.isEmpty()) {
            parents.addView(text(getString(R.string.access_no_parents)));
        }
        for (ParentAccountLine parent : state.parents) {
            String names = String.join(", ", parent.guardians);
            parents.addView(row(parent.revoked ? getString(R.string.access_parent_revoked, names) : names,
                    parent.revoked ? null : getString(R.string.access_revoke_parent_description, names),
                    () -> new MaterialAlertDialogBuilder(this)
                            .setMessage(getString(R.string.access_revoke_parent_confirm, names))
                            .setPositiveButton(R.string.access_revoke, (d, w) -> viewModel.revokeParent(parent))
                            .setNegativeButton(android.R.string.cancel, null)
                            .show()));
        }
    }

    /** A line with a Revoke button (none once revoked). */
    private View row(String text, @Nullable String revokeDescription, Runnable revoke) {
        LinearLayout row = new LinearLayout(this);
        row.setOrientation(LinearLayout.HORIZONTAL);
        row.setGravity(Gravity.CENTER_VERTICAL);
        row.setMinimumHeight(dp(56));
        TextView label = text(text);
        row.addView(label, new LinearLayout.LayoutParams(0, LinearLayout.LayoutParams.WRAP_CONTENT, 1));
        if (revokeDescription != null) {
            Button button = new MaterialButton(this, null, com.google.android.material.R.attr.materialButtonOutlinedStyle);
            button.setText(R.string.access_revoke);
            button.setContentDescription(revokeDescription);
            button.setMinHeight(dp(48));
            button.setOnClickListener(v -> revoke.run());
            row.addView(button);
        }
        return row;
    }

    private TextView text(String text) {
        TextView view = new TextView(this);
        view.setText(text);
        view.setTextAppearance(com.google.android.material.R.style.TextAppearance_Material3_BodyLarge);
        view.setPadding(0, dp(4), dp(8), dp(4));
        return view;
    }

    private void showDates() {
        Locale locale = Dates.locale(this);
        Button fromButton = findViewById(R.id.access_from);
        Button toButton = findViewById(R.id.access_to);
        fromButton.setText(getString(R.string.access_from, Dates.day(from, locale)));
        fromButton.setContentDescription(getString(R.string.access_from_description, Dates.day(from, locale)));
        toButton.setText(getString(R.string.access_to, Dates.day(to, locale)));
        toButton.setContentDescription(getString(R.string.access_to_description, Dates.day(to, locale)));
    }

    private void pick(LocalDate start, java.util.function.Consumer<LocalDate> chosen) {
        new DatePickerDialog(this, (picker, year, month, day) -> chosen.accept(LocalDate.of(year, month + 1, day)),
                start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth()).show();
    }

    private ArrayAdapter<String> adapter(List<String> names) {
        ArrayAdapter<String> adapter = new ArrayAdapter<>(this, android.R.layout.simple_spinner_item, names);
        adapter.setDropDownViewResource(android.R.layout.simple_spinner_dropdown_item);
        return adapter;
    }

    @Nullable
    private static <T> T selected(List<T> items, Spinner spinner) {
        int position = spinner.getSelectedItemPosition();
        return position >= 0 && position < items.size() ? items.get(position) : null;
    }

    private int dp(int value) {
        return Math.round(value * getResources().getDisplayMetrics().density);
    }
}
