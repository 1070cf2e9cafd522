package uk.registerly.app.office.record;

import android.os.Bundle;

import androidx.annotation.StringRes;
import androidx.fragment.app.Fragment;

import java.util.function.Supplier;

import uk.registerly.app.R;

/**
 * The parts of a pupil's record that open on their own screen from a button under the figures
 * (week by week, previous schools, casework, ...). Each feature adds one constant here and keeps
 * its fragment in its own package, so the record itself does not grow with every feature.
 */
public enum RecordPanel {
    /** Issue 18 item 4: the pupil's attendance week by week this school year. */
    WEEK_BY_WEEK(R.string.figures_record_panel, uk.registerly.app.figures.PupilWeeksFragment::new),
    /** Issue 17: the pupil's UPN and the years earlier schools' CTFs gave. */
    PREVIOUS_SCHOOLS(R.string.transfer_record_panel, uk.registerly.app.transfer.TransferFragment::new);

    /** The argument each panel's fragment reads its pupil from. */
    public static final String PUPIL = "record.panel.pupil";

    @StringRes
    public final int title;
    private final Supplier<Fragment> fragment;

    RecordPanel(@StringRes int title, Supplier<Fragment> fragment) {
        this.title = title;
        this.fragment = fragment;
    }

    Fragment newFragment(String pupilId) {
        Fragment created = fragment.get();
        Bundle arguments = new Bundle();
        arguments.putString(PUPIL, pupilId);
        created.setArguments(arguments);
        return created;
    }

    /** The pupil a panel's fragment was opened for. */
    public static String pupilOf(Fragment panel) {
        return panel.requireArguments().getString(PUPIL);
    }
}
