package uk.registerly.app.register;

import android.view.LayoutInflater;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.recyclerview.widget.AsyncDifferConfig;
import androidx.recyclerview.widget.DiffUtil;
import androidx.recyclerview.widget.ListAdapter;
import androidx.recyclerview.widget.RecyclerView;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import uk.registerly.app.R;
import uk.registerly.app.data.roster.SchoolClass;

/** The tablet's list of the teacher's classes, beside the register; the one on screen is highlighted. */
final class ClassListAdapter extends ListAdapter<SchoolClass, ClassListAdapter.ClassHolder> {
    private static final DiffUtil.ItemCallback<SchoolClass> DIFF = new DiffUtil.ItemCallback<SchoolClass>() {
        @Override
        public boolean areItemsTheSame(@NonNull SchoolClass a, @NonNull SchoolClass b) {
            return a.id.equals(b.id);
        }

        @Override
        public boolean areContentsTheSame(@NonNull SchoolClass a, @NonNull SchoolClass b) {
            return a.equals(b);
        }
    };

    private final Consumer<SchoolClass> onChosen;
    @Nullable
    private String selectedId;

    ClassListAdapter(Consumer<SchoolClass> onChosen, Executor diffExecutor) {
        super(new AsyncDifferConfig.Builder<>(DIFF).setBackgroundThreadExecutor(diffExecutor).build());
        this.onChosen = onChosen;
    }

    void select(@Nullable String classId) {
        if (classId != null && !classId.equals(selectedId)) {
            selectedId = classId;
            notifyItemRangeChanged(0, getItemCount());
        }
    }

    @NonNull
    @Override
    public ClassHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        return new ClassHolder((TextView) LayoutInflater.from(parent.getContext())
                .inflate(R.layout.item_register_class, parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull ClassHolder holder, int position) {
        SchoolClass schoolClass = getItem(position);
        String label = schoolClass.coverUntil == null ? schoolClass.name
                : holder.name.getContext().getString(R.string.register_class_cover, schoolClass.name,
                        uk.registerly.app.ui.Dates.day(schoolClass.coverUntil,
                                uk.registerly.app.ui.Dates.locale(holder.name.getContext())));
        holder.name.setText(holder.name.getContext().getString(R.string.register_class_button, label));
        holder.name.setActivated(schoolClass.id.equals(selectedId));
        holder.name.setSelected(schoolClass.id.equals(selectedId));
        holder.name.setOnClickListener(v -> onChosen.accept(schoolClass));
    }

    static final class ClassHolder extends RecyclerView.ViewHolder {
        final TextView name;

        ClassHolder(TextView name) {
            super(name);
            this.name = name;
        }
    }
}
