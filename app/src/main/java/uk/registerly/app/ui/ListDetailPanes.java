package uk.registerly.app.ui;

import android.view.View;

import androidx.activity.OnBackPressedCallback;
import androidx.fragment.app.Fragment;

import uk.registerly.app.R;

/**
 * A list and the detail of its selected line: side by side on a tablet (sw600dp, the office's
 * usual screen), the detail over the list on a phone, where Back returns to the list.
 */
public final class ListDetailPanes {
    private final View list;
    private final View detail;
    private final View placeholder;
    private final boolean twoPane;
    private final OnBackPressedCallback back;

    /**
     * @param placeholder shown in the detail pane on a tablet while nothing is selected
     * @param closeDetail clears the selection (Back on a phone)
     */
    public ListDetailPanes(Fragment host, View list, View detail, View placeholder, Runnable closeDetail) {
        this.list = list;
        this.detail = detail;
        this.placeholder = placeholder;
        this.twoPane = host.getResources().getBoolean(R.bool.office_two_pane);
        this.back = new OnBackPressedCallback(false) {
            @Override
            public void handleOnBackPressed() {
                closeDetail.run();
            }
        };
        host.requireActivity().getOnBackPressedDispatcher().addCallback(host.getViewLifecycleOwner(), back);
    }

    public boolean isTwoPane() {
        return twoPane;
    }

    public void show(boolean selected) {
        if (twoPane) {
            list.setVisibility(View.VISIBLE);
            detail.setVisibility(selected ? View.VISIBLE : View.GONE);
            placeholder.setVisibility(selected ? View.GONE : View.VISIBLE);
            back.setEnabled(false);
        } else {
            list.setVisibility(selected ? View.GONE : View.VISIBLE);
            detail.setVisibility(selected ? View.VISIBLE : View.GONE);
            placeholder.setVisibility(View.GONE);
            back.setEnabled(selected);
        }
    }
}
