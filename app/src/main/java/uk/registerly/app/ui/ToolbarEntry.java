package uk.registerly.app.ui;

import android.content.Context;
import android.content.Intent;
import android.view.Menu;
import android.view.MenuItem;

import com.google.android.material.appbar.MaterialToolbar;

import uk.registerly.app.R;

/**
 * A screen's way in from other screens' toolbars: an action of its own (a 48 dp target with a TalkBack label),
 * and opening the screen when it is tapped. Each feature names its own action once, in its {@code *Entry}.
 */
public final class ToolbarEntry {
    /** Builds the screen's intent. */
    public interface Opens {
        Intent intent(Context context);
    }

    private final int itemId;
    private final int title;
    private final int icon;
    private final int description;
    private final boolean primary;
    private final Opens opens;

    /**
     * @param primary always an icon of its own (the roll call's bell); otherwise an icon where the toolbar has room
     *                (a tablet) and in the overflow menu on a phone, so the screen's title stays readable
     */
    public ToolbarEntry(int itemId, int title, int icon, int description, boolean primary, Opens opens) {
        this.itemId = itemId;
        this.title = title;
        this.icon = icon;
        this.description = description;
        this.primary = primary;
        this.opens = opens;
    }

    /** Adds the action; the toolbar's click listener passes its items to {@link #handles}. */
    public void addTo(MaterialToolbar toolbar) {
        toolbar.getMenu().add(Menu.NONE, itemId, Menu.NONE, title)
                .setIcon(icon)
                .setContentDescription(toolbar.getContext().getString(description))
                .setShowAsAction(primary || toolbar.getResources().getBoolean(R.bool.toolbar_room_for_secondary_entries)
                        ? MenuItem.SHOW_AS_ACTION_ALWAYS : MenuItem.SHOW_AS_ACTION_NEVER);
    }

    /** Opens the screen when {@code item} is this action. */
    public boolean handles(MenuItem item, MaterialToolbar toolbar) {
        if (item.getItemId() != itemId) {
            return false;
        }
        toolbar.getContext().startActivity(opens.intent(toolbar.getContext()));
        return true;
    }
}
