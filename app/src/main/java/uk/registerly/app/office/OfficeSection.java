package uk.registerly.app.office;

import androidx.annotation.StringRes;
import androidx.fragment.app.Fragment;

import uk.registerly.app.R;

/** The office's four follow-up sections, in the order of a school morning. */
public enum OfficeSection {
    CALLING(R.string.office_section_calling),
    INBOX(R.string.office_section_inbox),
    WORKLISTS(R.string.office_section_worklists),
    LEAVE(R.string.office_section_leave);

    @StringRes
    public final int title;

    OfficeSection(@StringRes int title) {
        this.title = title;
    }

    Fragment newFragment() {
        switch (this) {
            case CALLING:
                return new CallingFragment();
            case INBOX:
                return new InboxFragment();
            case WORKLISTS:
                return new WorklistsFragment();
            default:
                return new OfficeLeaveFragment();
        }
    }
}
