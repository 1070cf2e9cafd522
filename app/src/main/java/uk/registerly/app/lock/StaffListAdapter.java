package uk.registerly.app.lock;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.recyclerview.widget.RecyclerView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import uk.registerly.app.R;
import uk.registerly.app.data.staff.StaffMember;

/** The school's staff on the lock screen, one whole-row target each. */
final class StaffListAdapter extends RecyclerView.Adapter<StaffListAdapter.Holder> {
    private final Consumer<StaffMember> onChosen;
    private List<StaffMember> staff = new ArrayList<>();

    StaffListAdapter(Consumer<StaffMember> onChosen) {
        this.onChosen = onChosen;
        setHasStableIds(true);
    }

    void submit(List<StaffMember> members) {
        if (!members.equals(staff)) {
            staff = new ArrayList<>(members);
            notifyDataSetChanged();
        }
    }

    @Override
    public long getItemId(int position) {
        return staff.get(position).id.hashCode();
    }

    @NonNull
    @Override
    public Holder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        return new Holder(LayoutInflater.from(parent.getContext()).inflate(R.layout.item_lock_staff, parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull Holder holder, int position) {
        StaffMember member = staff.get(position);
        holder.name.setText(member.name);
        holder.position.setText(member.position);
        holder.itemView.setContentDescription(holder.itemView.getContext()
                .getString(R.string.lock_staff_description, member.name, member.position));
        holder.itemView.setOnClickListener(v -> onChosen.accept(member));
    }

    @Override
    public int getItemCount() {
        return staff.size();
    }

    static final class Holder extends RecyclerView.ViewHolder {
        final TextView name;
        final TextView position;

        Holder(View view) {
            super(view);
            name = view.findViewById(R.id.staff_name);
            position = view.findViewById(R.id.staff_position);
        }
    }
}
