package uk.registerly.app.gate;

import android.content.Context;
import android.content.res.ColorStateList;
import android.graphics.Paint;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.core.content.ContextCompat;
import androidx.recyclerview.widget.AsyncDifferConfig;
import androidx.recyclerview.widget.DiffUtil;
import androidx.recyclerview.widget.ListAdapter;
import androidx.recyclerview.widget.RecyclerView;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

import uk.registerly.app.R;
import uk.registerly.app.data.attendance.ArrivalRow;
import uk.registerly.app.ui.MarkColours;
import uk.registerly.app.ui.StableIds;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.ArrivalOutcome;

/** Today's arrivals at the gate, newest first: time, pupil, the mark the arrival gives, reason, send state. */
final class ArrivalsAdapter extends ListAdapter<ArrivalRow, ArrivalsAdapter.ArrivalHolder> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final DiffUtil.ItemCallback<ArrivalRow> DIFF = new DiffUtil.ItemCallback<ArrivalRow>() {
        @Override
        public boolean areItemsTheSame(@NonNull ArrivalRow a, @NonNull ArrivalRow b) {
            return a.eventId.equals(b.eventId);
        }

        @Override
        public boolean areContentsTheSame(@NonNull ArrivalRow a, @NonNull ArrivalRow b) {
            return a.undone == b.undone && a.unsent == b.unsent && Objects.equals(a.reason, b.reason)
                    && a.pupil.displayName().equals(b.pupil.displayName())
                    && code(a.outcome) == code(b.outcome) && minutes(a.outcome) == minutes(b.outcome);
        }
    };

    private final StableIds ids = new StableIds();

    /** @param diffExecutor where list diffs run: a background thread (a direct one in tests, so they are deterministic) */
    ArrivalsAdapter(Executor diffExecutor) {
        super(new AsyncDifferConfig.Builder<>(DIFF).setBackgroundThreadExecutor(diffExecutor).build());
        setHasStableIds(true);
    }

    @Override
    public long getItemId(int position) {
        return ids.of(getItem(position).eventId);
    }

    @NonNull
    @Override
    public ArrivalHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        return new ArrivalHolder(LayoutInflater.from(parent.getContext()).inflate(R.layout.item_gate_arrival, parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull ArrivalHolder holder, int position) {
        holder.bind(getItem(position));
    }

    static final class ArrivalHolder extends RecyclerView.ViewHolder {
        private final TextView time;
        private final TextView name;
        private final TextView detail;
        private final TextView mark;

        ArrivalHolder(View row) {
            super(row);
            time = row.findViewById(R.id.arrival_time);
            name = row.findViewById(R.id.arrival_name);
            detail = row.findViewById(R.id.arrival_detail);
            mark = row.findViewById(R.id.arrival_mark);
        }

        void bind(ArrivalRow row) {
            Context context = itemView.getContext();
            String at = TIME.format(row.at);
            time.setText(at);
            name.setText(row.pupil.displayName());
            // An undone arrival stays in the list (nothing is deleted) but is struck through.
            int flags = name.getPaintFlags();
            name.setPaintFlags(row.undone ? flags | Paint.STRIKE_THRU_TEXT_FLAG : flags & ~Paint.STRIKE_THRU_TEXT_FLAG);
            List<String> parts = new ArrayList<>();
            parts.add(context.getString(R.string.cards_year, row.pupil.yearGroup));
            if (row.reason != null) {
                parts.add(row.reason);
            }
            if (row.undone) {
                parts.add(context.getString(R.string.gate_arrival_undone));
            } else if (row.unsent) {
                parts.add(context.getString(R.string.gate_arrival_unsent));
            }
            detail.setText(android.text.TextUtils.join(" · ", parts));
            String markText = markText(context, row.outcome);
            mark.setText(markText);
            MarkColours colours = row.undone ? MarkColours.OTHER : MarkColours.of(code(row.outcome));
            mark.setTextColor(ContextCompat.getColor(context, colours.content));
            mark.setBackgroundTintList(ColorStateList.valueOf(ContextCompat.getColor(context, colours.container)));
            itemView.setContentDescription(context.getString(R.string.gate_arrival_description,
                    row.pupil.displayName(), at, markText) + ", " + detail.getText());
        }
    }

    static String markText(Context context, ArrivalOutcome outcome) {
        AttendanceCode code = code(outcome);
        if (code == null) {
            return context.getString(R.string.gate_arrival_mark_none);
        }
        if (code == AttendanceCode.L) {
            return context.getString(R.string.gate_arrival_mark_late, outcome.minutesLate());
        }
        if (code == AttendanceCode.U) {
            return context.getString(R.string.gate_arrival_mark_after_close, outcome.minutesLate());
        }
        return context.getString(R.string.gate_arrival_mark_present);
    }

    private static AttendanceCode code(ArrivalOutcome outcome) {
        return outcome == null ? null : outcome.code();
    }

    private static int minutes(ArrivalOutcome outcome) {
        return outcome == null ? -1 : outcome.minutesLate();
    }
}
