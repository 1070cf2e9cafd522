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

/** Every office list: lines (and headers), the selected one highlighted, a tap selects. */
final class OfficeLineAdapter extends ListAdapter<OfficeLine, OfficeLineAdapter.Holder> {
    private static final int HEADER = 0;
    private static final int LINE = 1;

    private final Consumer<String> onSelect;
    @Nullable
    private String selectedId;

    OfficeLineAdapter(Consumer<String> onSelect) {
        super(new DiffUtil.ItemCallback<OfficeLine>() {
            @Override
            public boolean areItemsTheSame(@NonNull OfficeLine a, @NonNull OfficeLine b) {
                return Objects.equals(a.id, b.id) && (a.id != null || a.title.equals(b.title));
            }

            @Override
            public boolean areContentsTheSame(@NonNull OfficeLine a, @NonNull OfficeLine b) {
                return a.equals(b);
            }
        });
        this.onSelect = onSelect;
    }

    void setSelected(@Nullable String id) {
        if (!Objects.equals(id, selectedId)) {
            selectedId = id;
            notifyItemRangeChanged(0, getItemCount());
        }
    }

    @Override
    public int getItemViewType(int position) {
        return getItem(position).isHeader() ? HEADER : LINE;
    }

    @NonNull
    @Override
    public Holder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        LayoutInflater inflater = LayoutInflater.from(parent.getContext());
        return new Holder(inflater.inflate(viewType == HEADER ? R.layout.office_line_header : R.layout.office_line,
                parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull Holder holder, int position) {
        OfficeLine line = getItem(position);
        holder.title.setText(line.title);
        holder.itemView.setContentDescription(line.description);
        if (line.isHeader()) {
            return;
        }
        holder.subtitle.setText(line.subtitle);
        holder.subtitle.setVisibility(line.subtitle == null ? View.GONE : View.VISIBLE);
        holder.tag.setText(line.tag);
        holder.tag.setVisibility(line.tag == null ? View.GONE : View.VISIBLE);
        if (line.tag != null) {
            holder.tag.setBackgroundTintList(ColorStateList.valueOf(
                    ContextCompat.getColor(holder.itemView.getContext(), line.tagColour)));
        }
        holder.itemView.setActivated(line.id.equals(selectedId));
        holder.itemView.setOnClickListener(v -> onSelect.accept(line.id));
    }

    static final class Holder extends RecyclerView.ViewHolder {
        final TextView title;
        final TextView subtitle;
        final TextView tag;

        Holder(View view) {
            super(view);
            title = view.findViewById(R.id.line_title);
            subtitle = view.findViewById(R.id.line_subtitle);
            tag = view.findViewById(R.id.line_tag);
        }
    }
}
