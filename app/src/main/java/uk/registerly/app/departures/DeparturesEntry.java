package uk.registerly.app.departures;

import uk.registerly.app.R;
import uk.registerly.app.ui.ToolbarEntry;

/** Sign out and return's way in from the office's and the gate's toolbars (the devices that record them). */
public final class DeparturesEntry {
    public static final ToolbarEntry ENTRY = new ToolbarEntry(R.id.departures_action, R.string.departures_open,
            R.drawable.ic_sign_out, R.string.departures_open_description, false,
            DeparturesActivity::intent);

    private DeparturesEntry() {
    }
}
