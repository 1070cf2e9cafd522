package uk.registerly.app.departures;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ArrayAdapter;
import android.widget.AutoCompleteTextView;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.chip.Chip;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.color.MaterialColors;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.materialswitch.MaterialSwitch;
import com.google.android.material.snackbar.Snackbar;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.departures.DepartureLine;
import uk.registerly.app.data.departures.DeparturesToday;
import uk.registerly.app.data.departures.SignOut;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.AfterTextChanged;
import uk.registerly.app.ui.Repeating;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;

/**
 * Sign out and return (issue 15 item 2), at the office or the gate: a pupil leaving early is signed out with why,
 * who collected them and whether it was approved; one who comes back is marked back. Today's sign-outs are listed
 * from this device's records, those the school's policy flags said so in words.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class DeparturesActivity extends Hilt_DeparturesActivity {
    private static final long REFRESH_MILLIS = 30_000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private DeparturesViewModel viewModel;
    @Nullable
    private DeparturesToday shown;
    private final List<RosterPupil> offered = new ArrayList<>();
    private final List<String> offeredLines = new ArrayList<>();
    /** The guardians' chips shown now: chip id to guardian id. */
    private final Map<Integer, String> guardianChips = new HashMap<>();
    @Nullable
    private String chosenPupil;

    private AutoCompleteTextView pupilField;
    private ChipGroup reasons;
    private ChipGroup collectors;
    private TextView adultName;
    private TextView adultRelationship;
    private TextView note;
    private MaterialSwitch approved;
    private MaterialButton signOut;

    public static Intent intent(Context context) {
        return new Intent(context, DeparturesActivity.class);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_departures);
        viewModel = new ViewModelProvider(this).get(DeparturesViewModel.class);
        Repeating.whileStarted(this, REFRESH_MILLIS, viewModel::refresh);
        SyncBadgeViews.attach(this, viewModel);

        pupilField = findViewById(R.id.departures_pupil);
        reasons = findViewById(R.id.departures_reasons);
        collectors = findViewById(R.id.departures_collectors);
        adultName = findViewById(R.id.departures_adult_name);
        adultRelationship = findViewById(R.id.departures_adult_relationship);
        note = findViewById(R.id.departures_note);
        approved = findViewById(R.id.departures_approved);
        signOut = findViewById(R.id.departures_sign_out);

        pupilField.addTextChangedListener(new AfterTextChanged(text -> pupilTyped()));
        reasons.setOnCheckedStateChangeListener((group, checked) -> updateButton());
        collectors.setOnCheckedStateChangeListener((group, checked) -> {
            findViewById(R.id.departures_adult).setVisibility(
                    collectors.getCheckedChipId() == R.id.departures_collector_adult ? View.VISIBLE : View.GONE);
            updateButton();
        });
        signOut.setOnClickListener(v -> signOut());

        RecyclerView list = findViewById(R.id.departures_list);
        list.setLayoutManager(new LinearLayoutManager(this));
        LinesAdapter adapter = new LinesAdapter();
        list.setAdapter(adapter);

        viewModel.today().observe(this, today -> show(today, adapter));
        viewModel.guardians().observe(this, this::showGuardians);
        viewModel.refusals().observe(this, once -> {
            String message = once.take();
            if (message != null) {
                Snackbar.make(findViewById(R.id.toolbar), message, Snackbar.LENGTH_LONG).show();
            }
        });
        viewModel.recorded().observe(this, once -> {
            DeparturesViewModel.Recorded done = once.take();
            if (done != null) {
                confirm(done);
            }
        });
    }

    private void show(@Nullable DeparturesToday today, LinesAdapter adapter) {
        shown = today;
        findViewById(R.id.departures_no_school).setVisibility(today == null ? View.VISIBLE : View.GONE);
        findViewById(R.id.departures_content).setVisibility(today == null ? View.GONE : View.VISIBLE);
        if (today == null) {
            return;
        }
        if (!sameIds(today.pupils, offered)) {
            offered.clear();
            offeredLines.clear();
            for (RosterPupil pupil : today.pupils) {
                offered.add(pupil);
                offeredLines.add(DepartureTexts.pupilLine(pupil));
            }
            pupilField.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_list_item_1, offeredLines));
        }
        approved.setEnabled(today.approver != null);
        approved.setText(today.approver != null ? getString(R.string.departures_approved, today.approver)
                : getString(R.string.departures_approved_unsigned));
        if (today.approver == null) {
            approved.setChecked(false);
        }
        int out = today.stillOut();
        TextView heading = findViewById(R.id.departures_list_heading);
        String said = getString(R.string.departures_list_heading) + (today.lines.isEmpty() ? ""
                : " · " + getResources().getQuantityString(R.plurals.departures_still_out, out, out));
        if (!said.contentEquals(heading.getText())) {
            heading.setText(said);
        }
        findViewById(R.id.departures_none).setVisibility(today.lines.isEmpty() ? View.VISIBLE : View.GONE);
        adapter.show(today.lines);
        updateButton();
    }

    private static boolean sameIds(List<RosterPupil> a, List<RosterPupil> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).id.equals(b.get(i).id)) {
                return false;
            }
        }
        return true;
    }

    private void pupilTyped() {
        int index = offeredLines.indexOf(pupilField.getText().toString());
        // Only a whole line names one pupil: a half-typed name never signs out the wrong child.
        chosenPupil = index < 0 ? null : offered.get(index).id;
        viewModel.choosePupil(chosenPupil);
        updateButton();
    }

    private void showGuardians(@Nullable List<GuardianEntity> guardians) {
        for (int id : guardianChips.keySet()) {
            collectors.removeView(collectors.findViewById(id));
        }
        guardianChips.clear();
        int at = 0;
        for (GuardianEntity g : guardians == null ? new ArrayList<GuardianEntity>() : guardians) {
            Chip chip = (Chip) LayoutInflater.from(this).inflate(R.layout.item_filter_chip, collectors,
                    false);
            chip.setId(View.generateViewId());
            guardianChips.put(chip.getId(), g.id);
            chip.setText(g.relationship == null ? g.name
                    : getString(R.string.departures_collector_guardian, g.name, g.relationship));
            collectors.addView(chip, at++);
        }
        findViewById(R.id.departures_no_guardians).setVisibility(
                chosenPupil != null && at == 0 ? View.VISIBLE : View.GONE);
        updateButton();
    }

    private void updateButton() {
        signOut.setEnabled(shown != null && chosenPupil != null && reason() != null
                && collectors.getCheckedChipId() != View.NO_ID);
    }

    @Nullable
    private DepartureReason reason() {
        int id = reasons.getCheckedChipId();
        if (id == R.id.departures_reason_medical) {
            return DepartureReason.MEDICAL_APPOINTMENT;
        } else if (id == R.id.departures_reason_ill) {
            return DepartureReason.ILL_SENT_HOME;
        } else if (id == R.id.departures_reason_family) {
            return DepartureReason.FAMILY_EMERGENCY;
        } else if (id == R.id.departures_reason_leave) {
            return DepartureReason.APPROVED_LEAVE;
        } else if (id == R.id.departures_reason_other) {
            return DepartureReason.OTHER;
        }
        return null;
    }

    private Collector collector() {
        int id = collectors.getCheckedChipId();
        if (id == R.id.departures_collector_nobody) {
            return Collector.nobody();
        }
        if (id == R.id.departures_collector_adult) {
            return Collector.adult(adultName.getText().toString().trim(),
                    adultRelationship.getText().toString().trim());
        }
        return Collector.guardian(guardianChips.get(id));
    }

    private void signOut() {
        DepartureReason reason = reason();
        if (chosenPupil == null || reason == null || collectors.getCheckedChipId() == View.NO_ID) {
            return;
        }
        viewModel.signOut(new SignOut(chosenPupil, reason, collector(), note.getText().toString(),
                approved.isChecked()));
    }

    private void confirm(DeparturesViewModel.Recorded done) {
        String name = nameOf(done.pupilId);
        String when = shown == null ? "" : HH_MM.format(shown.now);
        Snackbar.make(findViewById(R.id.toolbar), getString(done.signedOut ? R.string.departures_signed_out
                : R.string.departures_back_recorded, name, when), Snackbar.LENGTH_LONG).show();
        if (done.signedOut) {
            // The form is for the next pupil: nothing of this one's carries over.
            pupilField.setText("");
            reasons.clearCheck();
            collectors.clearCheck();
            adultName.setText("");
            adultRelationship.setText("");
            note.setText("");
            approved.setChecked(false);
        }
    }

    private String nameOf(String pupilId) {
        for (RosterPupil pupil : offered) {
            if (pupil.id.equals(pupilId)) {
                return DepartureTexts.name(pupil);
            }
        }
        return "";
    }

    private void confirmReturn(DepartureLine line) {
        String name = DepartureTexts.name(line.pupil);
        String now = shown == null ? "" : HH_MM.format(shown.now);
        new MaterialAlertDialogBuilder(this)
                .setTitle(getString(R.string.departures_return_confirm_title, name))
                .setMessage(getString(R.string.departures_return_confirm_body, now))
                .setNegativeButton(R.string.departures_cancel, null)
                .setPositiveButton(R.string.departures_return_confirm, (d, which) -> viewModel.returned(line.pupil.id))
                .show();
    }

    private final class LinesAdapter extends RecyclerView.Adapter<LineHolder> {
        private List<DepartureLine> lines = new ArrayList<>();

        void show(List<DepartureLine> shownLines) {
            lines = shownLines;
            notifyDataSetChanged(); // a return moves its line below those still out
        }

        @NonNull
        @Override
        public LineHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
            return new LineHolder(LayoutInflater.from(parent.getContext())
                    .inflate(R.layout.item_departure, parent, false));
        }

        @Override
        public void onBindViewHolder(@NonNull LineHolder holder, int position) {
            holder.bind(lines.get(position));
        }

        @Override
        public int getItemCount() {
            return lines.size();
        }
    }

    private final class LineHolder extends RecyclerView.ViewHolder {
        private final TextView name;
        private final TextView detail;
        private final TextView status;
        private final MaterialButton returned;

        LineHolder(View view) {
            super(view);
            name = view.findViewById(R.id.departure_name);
            detail = view.findViewById(R.id.departure_detail);
            status = view.findViewById(R.id.departure_status);
            returned = view.findViewById(R.id.departure_returned);
        }

        void bind(DepartureLine line) {
            String pupil = DepartureTexts.name(line.pupil);
            name.setText(pupil);
            String className = line.className != null ? line.className : getString(R.string.departures_no_class);
            String collected = line.collectedBy != null
                    ? getString(R.string.departures_line_collected, line.collectedBy)
                    : line.departure.collector().isNobody() ? getString(R.string.departures_line_alone) : null;
            detail.setText(getString(R.string.departures_line_detail, className,
                    HH_MM.format(line.departure.at()), line.departure.reason().label())
                    + (collected == null ? "" : " · " + collected));
            List<String> said = new ArrayList<>();
            if (line.departure.note() != null) {
                said.add(getString(R.string.departures_line_note, line.departure.note()));
            }
            if (line.returnedAt != null) {
                said.add(getString(R.string.departures_line_back, HH_MM.format(line.returnedAt)));
            }
            said.add(line.assessment.flagged()
                    ? getString(R.string.departures_line_flagged, line.assessment.why())
                    : capitalised(line.assessment.why()));
            status.setText(android.text.TextUtils.join(" · ", said));
            // Worded as well as coloured: a flagged sign-out reads "Flagged for the office".
            status.setTextColor(MaterialColors.getColor(status, line.assessment.flagged()
                    ? androidx.appcompat.R.attr.colorError
                    : com.google.android.material.R.attr.colorOnSurfaceVariant));
            returned.setVisibility(line.out() ? View.VISIBLE : View.GONE);
            returned.setContentDescription(getString(R.string.departures_returned_description, pupil));
            returned.setOnClickListener(v -> confirmReturn(line));
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
