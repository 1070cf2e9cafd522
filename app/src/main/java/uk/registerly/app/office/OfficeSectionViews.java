package uk.registerly.app.office;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;
import android.widget.Toast;

import androidx.annotation.LayoutRes;
import androidx.annotation.Nullable;
import androidx.annotation.StringRes;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.LiveData;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import uk.registerly.app.R;
import uk.registerly.app.ui.ListDetailPanes;
import uk.registerly.app.ui.Once;

/**
 * What every office section (calling, reports, leave) sets up the same way: its list beside (or,
 * on a phone, under) the selected line's detail, its lines, what it says when empty, and the data
 * layer's refusals shown as they come.
 */
final class OfficeSectionViews {
    private final ListDetailPanes panes;
    private final OfficeLineAdapter adapter;
    private final TextView empty;

    /** The panes with {@code detail} inflated into the detail pane. */
    static View inflate(LayoutInflater inflater, @Nullable ViewGroup container, @LayoutRes int detail) {
        View root = inflater.inflate(R.layout.office_panes, container, false);
        inflater.inflate(detail, root.findViewById(R.id.detail), true);
        return root;
    }

    /**
     * @param select selects a line by its id
     * @param close clears the selection (Back on a phone)
     */
    OfficeSectionViews(Fragment section, View view, @StringRes int emptyText, Consumer<String> select, Runnable close) {
        panes = new ListDetailPanes(section, view.findViewById(R.id.list_pane), view.findViewById(R.id.detail),
                view.findViewById(R.id.placeholder), close);
        adapter = new OfficeLineAdapter(select);
        RecyclerView list = view.findViewById(R.id.list);
        list.setLayoutManager(new LinearLayoutManager(section.requireContext()));
        list.setAdapter(adapter);
        empty = view.findViewById(R.id.empty);
        empty.setText(emptyText);
    }

    <T> void showLines(List<T> items, Function<T, OfficeLine> line) {
        List<OfficeLine> lines = new ArrayList<>(items.size());
        for (T item : items) {
            lines.add(line.apply(item));
        }
        adapter.submitList(lines);
        empty.setVisibility(items.isEmpty() ? View.VISIBLE : View.GONE);
    }

    /** Highlights the selected line and shows its detail (null: none). */
    void showSelected(@Nullable String id) {
        adapter.setSelected(id);
        panes.show(id != null);
    }

    /** A write the data layer refused says why, once. */
    static void toastRefusals(Fragment section, LiveData<Once<String>> refusals) {
        refusals.observe(section.getViewLifecycleOwner(), refusal -> {
            String message = refusal.take();
            if (message != null) {
                Toast.makeText(section.requireContext(), message, Toast.LENGTH_LONG).show();
            }
        });
    }
}
