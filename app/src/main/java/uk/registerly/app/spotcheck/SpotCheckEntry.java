package uk.registerly.app.spotcheck;

import uk.registerly.app.R;
import uk.registerly.app.ui.ToolbarEntry;

/** The spot check's way in from a staff screen's toolbar; in the overflow where the toolbar is full (a phone). */
public final class SpotCheckEntry {
    public static final ToolbarEntry ENTRY = new ToolbarEntry(R.id.spot_check_action, R.string.spot_check_open,
            R.drawable.ic_spot_check, R.string.spot_check_open_description, false,
            SpotCheckActivity::intent);

    private SpotCheckEntry() {
    }
}
