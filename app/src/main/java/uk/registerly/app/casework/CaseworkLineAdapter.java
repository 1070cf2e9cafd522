package uk.registerly.app.casework;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.recyclerview.widget.RecyclerView;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import uk.registerly.app.R;
import uk.registerly.app.data.casework.CaseworkLine;

/** The due-now worklist's rows: the pupil, their attendance, the stage due and why, and its letter button. */
final class CaseworkLineAdapter extends RecyclerView.Adapter<CaseworkLineAdapter.Holder> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Consumer<CaseworkLine> onLetter;
    private final List<CaseworkLine> lines = new ArrayList<>();
    private boolean writing;

    CaseworkLineAdapter(Consumer<CaseworkLine> onLetter) {
        this.onLetter = onLetter;
    }

    void show(List<CaseworkLine> next, boolean writingALetter) {
        lines.clear();
        lines.addAll(next);
        writing = writingALetter;
        notifyDataSetChanged();
    }

    @NonNull
    @Override
    public Holder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        return new Holder(LayoutInflater.from(parent.getContext()).inflate(R.layout.casework_line, parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull Holder h, int position) {
        CaseworkLine line = lines.get(position);
        View v = h.itemView;
        String percent = line.attendancePercent == null ? v.getContext().getString(R.string.casework_no_sessions)
                : v.getContext().getString(R.string.casework_percent, line.attendancePercent);
        h.name.setText(line.name);
        h.detail.setText(v.getContext().getString(R.string.casework_line_detail,
                line.className == null ? "" : line.className, percent));
        h.stage.setText(line.stageTitle);
        h.reason.setText(v.getContext().getString(R.string.casework_line_due, line.reason, DAY.format(line.dueOn)));
        h.actions.setText(String.join(" · ", line.actions));
        h.letter.setVisibility(line.hasLetter ? View.VISIBLE : View.GONE);
        h.letter.setEnabled(!writing);
        h.letter.setContentDescription(v.getContext().getString(R.string.casework_write_letter_description,
                line.stageTitle, line.name));
        h.letter.setOnClickListener(b -> onLetter.accept(line));
        v.setContentDescription(v.getContext().getString(R.string.casework_line_description, line.name, percent,
                line.stageTitle, line.reason, DAY.format(line.dueOn)));
    }

    @Override
    public int getItemCount() {
        return lines.size();
    }

    static final class Holder extends RecyclerView.ViewHolder {
        final TextView name;
        final TextView detail;
        final TextView stage;
        final TextView reason;
        final TextView actions;
        final Button letter;

        Holder(View v) {
            super(v);
            name = v.findViewById(R.id.casework_name);
            detail = v.findViewById(R.id.casework_detail);
            stage = v.findViewById(R.id.casework_stage);
            reason = v.findViewById(R.id.casework_reason);
            actions = v.findViewById(R.id.casework_actions);
            letter = v.findViewById(R.id.casework_write_letter);
        }
    }
}
