package uk.registerly.app.spotcheck;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.text.TextUtils;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.checkbox.MaterialCheckBox;
import com.google.android.material.chip.Chip;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.snackbar.Snackbar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.spotcheck.SpotCheckClass;
import uk.registerly.app.ui.Repeating;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.spotcheck.TruancyAlert;

/**
 * A spot check of a class or room (issue 15 item 4; Basildon Lower's "spot checks on classrooms to identify
 * internal truants"): the pupils the register says should be there now, each ticked when found; recording it
 * writes SPOT_CHECK and says which pupils became alerts for the office. From the device's records, offline too.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class SpotCheckActivity extends Hilt_SpotCheckActivity {
    private static final long REFRESH_MILLIS = 60_000;

    private SpotCheckViewModel viewModel;
    private final Map<Integer, String> classChips = new HashMap<>();
    private final Map<String, String> classNames = new HashMap<>();
    @Nullable
    private SpotCheckClass shown;
    private Set<String> found = Collections.emptySet();
    private TextView where;

    public static Intent intent(Context context) {
        return new Intent(context, SpotCheckActivity.class);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_spot_check);
        viewModel = new ViewModelProvider(this).get(SpotCheckViewModel.class);
        Repeating.whileStarted(this, REFRESH_MILLIS, viewModel::refresh);
        SyncBadgeViews.attach(this, viewModel);
        where = findViewById(R.id.spot_check_where);

        ChipGroup classes = findViewById(R.id.spot_check_classes);
        classes.setOnCheckedStateChangeListener((group, checked) -> {
            String classId = classChips.get(group.getCheckedChipId());
            viewModel.chooseClass(classId);
            if (classId != null) {
                // A class's own room is the usual place; the member of staff can say otherwise.
                where.setText(getString(R.string.spot_check_where_default, classNames.get(classId)));
            }
        });
        RecyclerView list = findViewById(R.id.spot_check_list);
        list.setLayoutManager(new LinearLayoutManager(this));
        RowsAdapter adapter = new RowsAdapter();
        list.setAdapter(adapter);
        findViewById(R.id.spot_check_record).setOnClickListener(v -> viewModel.record(where.getText().toString()));

        viewModel.classes().observe(this, this::showClasses);
        viewModel.classNow().observe(this, now -> {
            shown = now;
            show(adapter);
        });
        viewModel.found().observe(this, seen -> {
            found = seen == null ? Collections.<String>emptySet() : seen;
            show(adapter);
        });
        viewModel.refusals().observe(this, once -> {
            String message = once.take();
            if (message != null) {
                Snackbar.make(findViewById(R.id.toolbar), message, Snackbar.LENGTH_LONG).show();
            }
        });
        viewModel.recorded().observe(this, once -> {
            SpotCheckViewModel.Recorded done = once.take();
            if (done != null) {
                showRecorded(done);
            }
        });
    }

    private void showClasses(@Nullable List<SchoolClass> held) {
        ChipGroup group = findViewById(R.id.spot_check_classes);
        List<SchoolClass> classes = held == null ? Collections.<SchoolClass>emptyList() : held;
        findViewById(R.id.spot_check_no_classes).setVisibility(classes.isEmpty() ? View.VISIBLE : View.GONE);
        String checked = classChips.get(group.getCheckedChipId());
        group.removeAllViews();
        classChips.clear();
        classNames.clear();
        for (SchoolClass c : classes) {
            Chip chip = (Chip) LayoutInflater.from(this).inflate(R.layout.item_filter_chip, group, false);
            chip.setId(View.generateViewId());
            chip.setText(c.name);
            classChips.put(chip.getId(), c.id);
            classNames.put(c.id, c.name);
            group.addView(chip);
            if (c.id.equals(checked) || (checked == null && classes.size() == 1)) {
                chip.setChecked(true);
            }
        }
    }

    private void show(RowsAdapter adapter) {
        TextView heading = findViewById(R.id.spot_check_heading);
        TextView notExpected = findViewById(R.id.spot_check_not_expected);
        if (shown == null) {
            heading.setText(R.string.spot_check_choose);
            notExpected.setText("");
            adapter.show(new ArrayList<>());
            findViewById(R.id.spot_check_record).setEnabled(false);
            return;
        }
        List<SpotCheckClass.Pupil> expected = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int seen = 0;
        for (SpotCheckClass.Pupil p : shown.pupils) {
            if (p.expected()) {
                expected.add(p);
                if (found.contains(p.pupil.id)) {
                    seen++;
                }
            } else {
                String why = p.onSite == null ? "" : " (" + p.onSite.why() + ")";
                others.add(p.pupil.displayName() + why);
            }
        }
        String said = getString(R.string.spot_check_heading, shown.className, expected.size(), seen);
        if (!said.contentEquals(heading.getText())) {
            heading.setText(said);
        }
        notExpected.setText(others.isEmpty() ? getString(R.string.spot_check_not_expected_none)
                : getString(R.string.spot_check_not_expected, TextUtils.join("; ", others)));
        adapter.show(expected);
        findViewById(R.id.spot_check_record).setEnabled(!expected.isEmpty());
    }

    private void showRecorded(SpotCheckViewModel.Recorded done) {
        String message;
        if (!done.alerts.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (TruancyAlert alert : done.alerts) {
                lines.add(nameOf(alert.pupil()) + ": " + alert.line());
            }
            message = getString(R.string.spot_check_recorded_alerts, TextUtils.join("\n", lines));
        } else if (done.notFound > 0) {
            message = getResources().getQuantityString(R.plurals.spot_check_recorded_no_alerts, done.notFound,
                    done.notFound);
        } else {
            message = getString(R.string.spot_check_recorded_all_found);
        }
        new MaterialAlertDialogBuilder(this)
                .setTitle(R.string.spot_check_recorded_title)
                .setMessage(message)
                .setPositiveButton(R.string.spot_check_ok, null)
                .show();
    }

    private String nameOf(String pupilId) {
        if (shown != null) {
            for (SpotCheckClass.Pupil p : shown.pupils) {
                if (p.pupil.id.equals(pupilId)) {
                    return p.pupil.displayName();
                }
            }
        }
        return "";
    }

    private final class RowsAdapter extends RecyclerView.Adapter<RowHolder> {
        private List<SpotCheckClass.Pupil> rows = new ArrayList<>();

        void show(List<SpotCheckClass.Pupil> shownRows) {
            rows = shownRows;
            notifyDataSetChanged(); // a class of 30 at most: the list is redrawn whole
        }

        @NonNull
        @Override
        public RowHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
            return new RowHolder(LayoutInflater.from(parent.getContext())
                    .inflate(R.layout.item_spot_check_row, parent, false));
        }

        @Override
        public void onBindViewHolder(@NonNull RowHolder holder, int position) {
            holder.bind(rows.get(position));
        }

        @Override
        public int getItemCount() {
            return rows.size();
        }
    }

    private final class RowHolder extends RecyclerView.ViewHolder {
        private final TextView name;
        private final TextView detail;
        private final MaterialCheckBox foundBox;

        RowHolder(View view) {
            super(view);
            name = view.findViewById(R.id.spot_check_row_name);
            detail = view.findViewById(R.id.spot_check_row_detail);
            foundBox = view.findViewById(R.id.spot_check_row_found);
        }

        void bind(SpotCheckClass.Pupil p) {
            String pupil = p.pupil.displayName();
            name.setText(pupil);
            detail.setText(p.onSite == null ? "" : p.onSite.why());
            foundBox.setOnCheckedChangeListener(null);
            foundBox.setChecked(found.contains(p.pupil.id));
            foundBox.setContentDescription(getString(R.string.spot_check_found_description, pupil));
            foundBox.setOnCheckedChangeListener((box, isChecked) -> viewModel.setFound(p.pupil.id, isChecked));
        }
    }
}
