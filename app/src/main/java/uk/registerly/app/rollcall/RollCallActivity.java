package uk.registerly.app.rollcall;

import android.content.Context;
import android.content.Intent;
import android.content.res.ColorStateList;
import android.os.Bundle;
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

import com.google.android.material.button.MaterialButton;
import com.google.android.material.color.MaterialColors;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.snackbar.Snackbar;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.rollcall.RollCallNow;
import uk.registerly.app.ui.Repeating;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.rollcall.RollCallReport;

/**
 * The fire and evacuation roll call on any staff device (issue 15 item 3): start one with its reason, then the
 * list of who should be on site, those still missing first, each ticked "Here" with one large button; the counts
 * said aloud as they change; the roll call ended for every device. It reads and writes only this device's journal,
 * so it works with the network down while the alarm rings.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class RollCallActivity extends Hilt_RollCallActivity {
    private static final long REFRESH_MILLIS = 30_000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private RollCallViewModel viewModel;
    @Nullable
    private RollCallNow shown;

    public static Intent intent(Context context) {
        return new Intent(context, RollCallActivity.class);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_roll_call);
        viewModel = new ViewModelProvider(this).get(RollCallViewModel.class);
        Repeating.whileStarted(this, REFRESH_MILLIS, viewModel::refresh);
        SyncBadgeViews.attach(this, viewModel);
        bindStart(R.id.roll_call_start_fire_drill, RollCallReason.FIRE_DRILL, R.string.roll_call_start_fire_drill);
        bindStart(R.id.roll_call_start_real_evacuation, RollCallReason.REAL_EVACUATION,
                R.string.roll_call_start_real_evacuation);
        bindStart(R.id.roll_call_start_lockdown, RollCallReason.LOCKDOWN, R.string.roll_call_start_lockdown);
        RecyclerView list = findViewById(R.id.roll_call_list);
        list.setLayoutManager(new LinearLayoutManager(this));
        RowsAdapter adapter = new RowsAdapter();
        list.setAdapter(adapter);
        findViewById(R.id.roll_call_end).setOnClickListener(v -> confirmEnd());
        viewModel.now().observe(this, now -> show(now, adapter));
        viewModel.refusals().observe(this, once -> {
            String message = once.take();
            if (message != null) {
                Snackbar.make(findViewById(R.id.toolbar), message, Snackbar.LENGTH_LONG).show();
            }
        });
    }

    private void bindStart(int id, RollCallReason reason, int label) {
        View button = findViewById(id);
        button.setContentDescription(getString(R.string.roll_call_start_description, getString(label)));
        button.setOnClickListener(v -> new MaterialAlertDialogBuilder(this)
                .setTitle(getString(R.string.roll_call_start_confirm_title, getString(label)))
                .setMessage(R.string.roll_call_start_confirm_body)
                .setNegativeButton(R.string.roll_call_cancel, null)
                .setPositiveButton(R.string.roll_call_start_confirm, (d, which) -> viewModel.start(reason))
                .show());
    }

    static int reasonLabel(RollCallReason reason) {
        switch (reason) {
            case REAL_EVACUATION:
                return R.string.roll_call_start_real_evacuation;
            case LOCKDOWN:
                return R.string.roll_call_start_lockdown;
            default:
                return R.string.roll_call_start_fire_drill;
        }
    }

    private void show(@Nullable RollCallNow now, RowsAdapter adapter) {
        shown = now;
        RollCallReport report = now == null ? null : now.running;
        findViewById(R.id.roll_call_no_school).setVisibility(now == null ? View.VISIBLE : View.GONE);
        findViewById(R.id.roll_call_idle).setVisibility(now != null && report == null ? View.VISIBLE : View.GONE);
        findViewById(R.id.roll_call_running).setVisibility(report != null ? View.VISIBLE : View.GONE);
        if (report == null) {
            adapter.show(new ArrayList<>(), null);
            return;
        }
        ((TextView) findViewById(R.id.roll_call_heading)).setText(getString(R.string.roll_call_running,
                getString(reasonLabel(report.rollCall().reason())), HH_MM.format(report.rollCall().startedAt())));
        TextView counts = findViewById(R.id.roll_call_counts);
        String said = report.allAccountedAt() != null
                ? getString(R.string.roll_call_all_accounted, report.expected(), HH_MM.format(report.allAccountedAt()))
                : getString(R.string.roll_call_counts, report.accounted(), report.expected(),
                report.expected() - report.accounted());
        if (!said.contentEquals(counts.getText())) {
            counts.setText(said);
        }
        adapter.show(RollCallRow.of(now), report.rollCall().id());
    }

    private void confirmEnd() {
        RollCallReport report = shown == null ? null : shown.running;
        if (report == null) {
            return;
        }
        int missing = report.expected() - report.accounted();
        new MaterialAlertDialogBuilder(this)
                .setTitle(R.string.roll_call_end_confirm_title)
                .setMessage(missing > 0
                        ? getResources().getQuantityString(R.plurals.roll_call_end_confirm_body, missing, missing)
                        : getString(R.string.roll_call_end_confirm_body_none))
                .setNegativeButton(R.string.roll_call_cancel, null)
                .setPositiveButton(R.string.roll_call_end_confirm, (d, which) -> viewModel.end(report.rollCall().id()))
                .show();
    }

    private final class RowsAdapter extends RecyclerView.Adapter<RowHolder> {
        private List<RollCallRow> rows = new ArrayList<>();
        @Nullable
        private String rollCallId;

        void show(List<RollCallRow> shownRows, @Nullable String id) {
            rows = shownRows;
            rollCallId = id;
            notifyDataSetChanged(); // a tick moves its row between groups: the list is reordered as a whole
        }

        @NonNull
        @Override
        public RowHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
            return new RowHolder(LayoutInflater.from(parent.getContext())
                    .inflate(R.layout.item_roll_call_row, parent, false));
        }

        @Override
        public void onBindViewHolder(@NonNull RowHolder holder, int position) {
            holder.bind(rows.get(position), rollCallId);
        }

        @Override
        public int getItemCount() {
            return rows.size();
        }
    }

    private final class RowHolder extends RecyclerView.ViewHolder {
        private final TextView name;
        private final TextView detail;
        private final MaterialButton toggle;

        RowHolder(View view) {
            super(view);
            name = view.findViewById(R.id.roll_call_row_name);
            detail = view.findViewById(R.id.roll_call_row_detail);
            toggle = view.findViewById(R.id.roll_call_row_toggle);
        }

        void bind(RollCallRow row, @Nullable String rollCallId) {
            name.setText(row.name);
            String className = row.className != null ? row.className : getString(R.string.roll_call_no_class);
            String when = row.accountedAt == null ? null : HH_MM.format(row.accountedAt);
            detail.setText(!row.expected ? getString(R.string.roll_call_row_not_expected, className, when)
                    : row.accounted() ? getString(R.string.roll_call_row_accounted, className, when)
                    : row.flagged ? getString(R.string.roll_call_row_flagged, className)
                    : getString(R.string.roll_call_row_missing, className, row.why, (int) row.minutes));
            boolean here = row.accounted();
            toggle.setText(here ? R.string.roll_call_undo : R.string.roll_call_here);
            toggle.setContentDescription(getString(here ? R.string.roll_call_undo_description
                    : R.string.roll_call_here_description, row.name));
            // Filled and strong while missing; quiet once ticked, so the eye goes to who is still missing.
            int background = MaterialColors.getColor(toggle, here
                    ? com.google.android.material.R.attr.colorSurfaceVariant
                    : androidx.appcompat.R.attr.colorPrimary);
            int text = MaterialColors.getColor(toggle, here
                    ? com.google.android.material.R.attr.colorOnSurfaceVariant
                    : com.google.android.material.R.attr.colorOnPrimary);
            toggle.setBackgroundTintList(ColorStateList.valueOf(background));
            toggle.setTextColor(text);
            toggle.setOnClickListener(v -> {
                if (rollCallId != null) {
                    viewModel.account(rollCallId, row.pupilId, !here);
                }
            });
        }
    }
}
