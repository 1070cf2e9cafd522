package uk.registerly.app.rollcall;

import uk.registerly.app.R;
import uk.registerly.app.ui.ToolbarEntry;

/** The roll call's way in from a staff screen's toolbar: always shown, one tap from any screen when the alarm rings. */
public final class RollCallEntry {
    public static final ToolbarEntry ENTRY = new ToolbarEntry(R.id.roll_call_action, R.string.roll_call_open,
            R.drawable.ic_roll_call, R.string.roll_call_open_description, true,
            RollCallActivity::intent);

    private RollCallEntry() {
    }
}
