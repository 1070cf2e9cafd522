package uk.registerly.app.rollcall;

import android.view.Menu;
import android.view.MenuItem;

import com.google.android.material.appbar.MaterialToolbar;

import uk.registerly.app.R;

/** The roll call's way in from a staff screen's toolbar: an action of its own, one tap from any screen. */
public final class RollCallEntry {
    private RollCallEntry() {
    }

    /** Adds the action; the toolbar's click listener passes its items to {@link #handles}. */
    public static void addTo(MaterialToolbar toolbar) {
        toolbar.getMenu().add(Menu.NONE, R.id.roll_call_action, Menu.NONE, R.string.roll_call_open)
                .setIcon(R.drawable.ic_roll_call)
                .setContentDescription(toolbar.getContext().getString(R.string.roll_call_open_description))
                .setShowAsAction(MenuItem.SHOW_AS_ACTION_ALWAYS);
    }

    /** Opens the roll call when {@code item} is its action. */
    public static boolean handles(MenuItem item, MaterialToolbar toolbar) {
        if (item.getItemId() != R.id.roll_call_action) {
            return false;
        }
        toolbar.getContext().startActivity(RollCallActivity.intent(toolbar.getContext()));
        return true;
    }
}
