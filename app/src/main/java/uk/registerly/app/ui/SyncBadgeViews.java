package uk.registerly.app.ui;

import android.content.Context;
import android.content.res.ColorStateList;
import android.widget.TextView;

import androidx.annotation.ColorRes;
import androidx.annotation.Nullable;
import androidx.annotation.StringRes;
import androidx.appcompat.app.AppCompatActivity;
import androidx.core.content.ContextCompat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import uk.registerly.app.R;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncBadge;
import uk.registerly.app.sync.SyncProblem;

/**
 * Shows a {@link SyncBadge} in the toolbar's badge (layout/sync_badge.xml): words, colour and a
 * spoken description, in the reader's language (strings_sync.xml: a parent's home has the badge too).
 */
public final class SyncBadgeViews {
    /** School days run on the 24-hour clock. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SyncBadgeViews() {
    }

    /** Keeps the screen's badge (R.id.sync_badge) up to date; a tap on it syncs now. */
    public static void attach(AppCompatActivity screen, SyncAwareViewModel viewModel) {
        TextView badge = screen.findViewById(R.id.sync_badge);
        badge.setOnClickListener(v -> viewModel.syncNow());
        viewModel.syncBadge().observe(screen, state -> bind(badge, state));
    }

    public static void bind(TextView view, SyncBadge badge) {
        Context context = view.getContext();
        String lastSync = badge.lastSync == null ? "" : TIME.format(badge.lastSync.atZone(ZoneId.systemDefault()));
        switch (badge.kind) {
            case ERROR:
                view.setText(badge.pending > 0
                        ? context.getString(R.string.sync_badge_error_pending, badge.pending)
                        : context.getString(R.string.sync_badge_error));
                view.setContentDescription(context.getString(R.string.sync_badge_description_error,
                        context.getString(problem(badge.problem)), badge.pending));
                tint(view, R.color.sync_error, R.color.sync_error_container);
                break;
            case PENDING:
                view.setText(context.getResources().getQuantityString(R.plurals.sync_badge_pending, badge.pending,
                        badge.pending));
                view.setContentDescription(context.getString(R.string.sync_badge_description_pending, badge.pending));
                tint(view, R.color.sync_pending, R.color.sync_pending_container);
                break;
            case SYNCED:
                view.setText(context.getString(R.string.sync_badge_synced, lastSync));
                view.setContentDescription(context.getString(R.string.sync_badge_description_synced, lastSync));
                tint(view, R.color.sync_ok, R.color.sync_ok_container);
                break;
            default:
                view.setText(R.string.sync_badge_never);
                view.setContentDescription(context.getString(R.string.sync_badge_description_never));
                tint(view, R.color.mark_other, R.color.mark_other_container);
                break;
        }
    }

    /** Why the last sync failed, in the reader's language (the failure's own message is English). */
    @StringRes
    static int problem(@Nullable SyncProblem problem) {
        if (problem == null) {
            return R.string.sync_problem_unavailable;
        }
        switch (problem) {
            case NO_CONNECTION:
                return R.string.sync_problem_no_connection;
            case TIMEOUT:
                return R.string.sync_problem_timeout;
            case SLOW_DOWN:
                return R.string.sync_problem_slow_down;
            case REFUSED:
                return R.string.sync_problem_refused;
            case UNREADABLE:
                return R.string.sync_problem_unreadable;
            default:
                return R.string.sync_problem_unavailable;
        }
    }

    private static void tint(TextView view, @ColorRes int content, @ColorRes int container) {
        view.setTextColor(ContextCompat.getColor(view.getContext(), content));
        view.setBackgroundTintList(ColorStateList.valueOf(ContextCompat.getColor(view.getContext(), container)));
    }
}
