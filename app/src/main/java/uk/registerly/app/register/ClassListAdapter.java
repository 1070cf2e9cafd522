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
import uk.registerly.app.data.db.entity.SchoolClassEntity;

/** The tablet's list of the teacher's classes, beside the register; the one on screen is highlighted. */
final class ClassListAdapter extends ListAdapter<SchoolClassEntity, ClassListAdapter.ClassHolder> {
    private static final DiffUtil.ItemCallback<SchoolClassEntity> DIFF = new DiffUtil.ItemCallback<SchoolClassEntity>() {
        @Override
        public boolean areItemsTheSame(@NonNull SchoolClassEntity a, @NonNull SchoolClassEntity b) {
            return a.id.equals(b.id);
        }

        @Override
        public boolean areContentsTheSame(@NonNull SchoolClassEntity a, @NonNull SchoolClassEntity b) {
            return a.name.equals(b.name) && a.yearGroup.equals(b.yearGroup);
        }
    };

    private final Consumer<SchoolClassEntity> onChosen;
    @Nullable
    private String selectedId;

    ClassListAdapter(Consumer<SchoolClassEntity> onChosen, Executor diffExecutor) {
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
        SchoolClassEntity schoolClass = getItem(position);
        holder.name.setText(holder.name.getContext().getString(R.string.register_class_button, schoolClass.name));
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
