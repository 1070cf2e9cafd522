package uk.registerly.app.office;

import androidx.annotation.StringRes;
import androidx.fragment.app.Fragment;

import uk.registerly.app.R;

/** The office's sections, in the order of a school morning (registers, then calls...), then its exports. */
public enum OfficeSection {
    /** Issue 15 item 1: which registers are taken, before they close; one taken on a teacher's behalf. */
    REGISTERS(R.string.office_section_registers),
    CALLING(R.string.office_section_calling),
    INBOX(R.string.office_section_inbox),
    WORKLISTS(R.string.office_section_worklists),
    LEAVE(R.string.office_section_leave),
    /** Issue 16: the casework ladder's due-now worklist and its letters. */
    CASEWORK(R.string.office_section_casework),
    /** Issue 18 item 4: the school this year by year group or class, week by week, from the tablet's records. */
    FIGURES(R.string.office_section_figures),
    /** Issue 17: the census return and the leavers' CTF. */
    EXPORTS(R.string.office_section_exports);

    @StringRes
    public final int title;

    OfficeSection(@StringRes int title) {
        this.title = title;
    }

    Fragment newFragment() {
        switch (this) {
            case REGISTERS:
                return new uk.registerly.app.schoolday.RegistersStatusFragment();
            case CALLING:
                return new CallingFragment();
            case INBOX:
                return new InboxFragment();
            case WORKLISTS:
                return new WorklistsFragment();
            case CASEWORK:
                return new uk.registerly.app.casework.CaseworkFragment();
            case FIGURES:
                return new uk.registerly.app.figures.SchoolFiguresFragment();
            case EXPORTS:
                return new ExportsFragment();
            default:
                return new OfficeLeaveFragment();
        }
    }
}
