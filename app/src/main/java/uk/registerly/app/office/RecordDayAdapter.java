package uk.registerly.app.office;

import android.content.res.ColorStateList;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.core.content.ContextCompat;
import androidx.recyclerview.widget.DiffUtil;
import androidx.recyclerview.widget.ListAdapter;
import androidx.recyclerview.widget.RecyclerView;

import java.util.Objects;
import java.util.function.Consumer;

import uk.registerly.app.R;
import uk.registerly.app.ui.CodeColours;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.marks.EffectiveMark;

/** The session grid: a school day per line, its morning and afternoon marks as tappable coloured cells. */
final class RecordDayAdapter extends ListAdapter<RecordDay, RecordDayAdapter.Holder> {
    private final Consumer<SchoolSession> onSelect;
    @Nullable
    private SchoolSession selected;

    RecordDayAdapter(Consumer<SchoolSession> onSelect) {
        super(new DiffUtil.ItemCallback<RecordDay>() {
            @Override
            public boolean areItemsTheSame(@NonNull RecordDay a, @NonNull RecordDay b) {
                return a.date.equals(b.date);
            }

            @Override
            public boolean areContentsTheSame(@NonNull RecordDay a, @NonNull RecordDay b) {
                return same(a.am, b.am) && same(a.pm, b.pm) && a.amOpen == b.amOpen && a.pmOpen == b.pmOpen;
            }
        });
        this.onSelect = onSelect;
    }

    private static boolean same(@Nullable EffectiveMark a, @Nullable EffectiveMark b) {
        return a == null ? b == null : b != null && a.code() == b.code()
                && Objects.equals(a.minutesLate(), b.minutesLate()) && a.facts().size() == b.facts().size();
    }

    void setSelected(@Nullable SchoolSession session) {
        if (!Objects.equals(session, selected)) {
            selected = session;
            notifyItemRangeChanged(0, getItemCount());
        }
    }

    @NonNull
    @Override
    public Holder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        return new Holder(LayoutInflater.from(parent.getContext()).inflate(R.layout.office_record_day, parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull Holder holder, int position) {
        RecordDay day = getItem(position);
        String date = Dates.day(day.date, Dates.locale(holder.itemView.getContext()));
        holder.date.setText(date);
        bindCell(holder.am, day, Session.AM, day.am, day.amOpen, date);
        bindCell(holder.pm, day, Session.PM, day.pm, day.pmOpen, date);
    }

    private void bindCell(TextView cell, RecordDay day, Session session, @Nullable EffectiveMark mark, boolean open,
                          String date) {
        SchoolSession at = SchoolSession.of(day.date, session);
        String part = cell.getContext().getString(session == Session.AM ? R.string.office_record_am_long
                : R.string.office_record_pm_long);
        if (mark == null && !open) {
            cell.setText(null);
            cell.setVisibility(View.INVISIBLE);
            return;
        }
        cell.setVisibility(View.VISIBLE);
        int colour = mark == null ? R.color.mark_other : CodeColours.of(mark.code());
        cell.setBackgroundTintList(ColorStateList.valueOf(ContextCompat.getColor(cell.getContext(), colour)));
        cell.setText(mark == null ? "–" : mark.code().symbol());
        cell.setContentDescription(mark == null
                ? cell.getContext().getString(R.string.office_record_cell_unmarked, date, part)
                : cell.getContext().getString(R.string.office_record_cell, date, part, OfficeTexts.code(mark.code())));
        cell.setForeground(at.equals(selected)
                ? ContextCompat.getDrawable(cell.getContext(), R.drawable.mark_cell_selected) : null);
        cell.setOnClickListener(v -> onSelect.accept(at));
    }

    static final class Holder extends RecyclerView.ViewHolder {
        final TextView date;
        final TextView am;
        final TextView pm;

        Holder(View view) {
            super(view);
            date = view.findViewById(R.id.day_date);
            am = view.findViewById(R.id.day_am);
            pm = view.findViewById(R.id.day_pm);
        }
    }
}
