package uk.registerly.app.register;

import android.content.Context;
import android.content.res.ColorStateList;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.core.content.ContextCompat;
import androidx.core.view.ViewCompat;
import androidx.core.view.accessibility.AccessibilityNodeInfoCompat.AccessibilityActionCompat;
import androidx.recyclerview.widget.AsyncDifferConfig;
import androidx.recyclerview.widget.DiffUtil;
import androidx.recyclerview.widget.ListAdapter;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.button.MaterialButton;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import uk.registerly.app.R;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.ui.MarkColours;
import uk.registerly.app.ui.StableIds;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The register's rows. Only binding happens here: every value shown was computed off the main thread
 * ({@link RegisterRowModel}), rows keep stable ids, and the list diff runs in the background
 * (ListAdapter), so marking one pupil rebinds one row.
 */
final class RegisterAdapter extends ListAdapter<RegisterRowModel, RegisterAdapter.RowHolder> {
    interface Listener {
        void onCode(RegisterRowModel row, AttendanceCode code);

        void onMoreCodes(RegisterRowModel row, View anchor);
    }

    private static final DiffUtil.ItemCallback<RegisterRowModel> DIFF = new DiffUtil.ItemCallback<RegisterRowModel>() {
        @Override
        public boolean areItemsTheSame(@NonNull RegisterRowModel a, @NonNull RegisterRowModel b) {
            return a.pupilId.equals(b.pupilId);
        }

        @Override
        public boolean areContentsTheSame(@NonNull RegisterRowModel a, @NonNull RegisterRowModel b) {
            return a.equals(b);
        }
    };

    private final Listener listener;
    private final StableIds ids = new StableIds();
    private Session session = Session.AM;

    /** @param diffExecutor where list diffs run: a background thread (a direct one in tests, so they are deterministic) */
    RegisterAdapter(Listener listener, Executor diffExecutor) {
        super(new AsyncDifferConfig.Builder<>(DIFF).setBackgroundThreadExecutor(diffExecutor).build());
        this.listener = listener;
        setHasStableIds(true);
    }

    /** The session on screen decides the present code ({@code /} or {@code \}); rows rebind when it changes. */
    void submit(List<RegisterRowModel> rows, Session onScreen) {
        boolean sessionChanged = session != onScreen;
        session = onScreen;
        submitList(new ArrayList<>(rows));
        if (sessionChanged) {
            notifyItemRangeChanged(0, getItemCount());
        }
    }

    @Override
    public long getItemId(int position) {
        return ids.of(getItem(position).pupilId);
    }

    @NonNull
    @Override
    public RowHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        return new RowHolder(LayoutInflater.from(parent.getContext()).inflate(R.layout.item_register_row, parent, false));
    }

    @Override
    public void onBindViewHolder(@NonNull RowHolder holder, int position) {
        holder.bind(getItem(position));
    }

    final class RowHolder extends RecyclerView.ViewHolder {
        private final TextView avatar;
        private final TextView name;
        private final TextView details;
        private final TextView reported;
        private final TextView proposal;
        private final MaterialButton acceptProposal;
        private final TextView mark;
        private final MaterialButton present;
        private final MaterialButton absent;
        private final MaterialButton late;
        private final View more;

        RowHolder(View row) {
            super(row);
            avatar = row.findViewById(R.id.avatar);
            name = row.findViewById(R.id.name);
            details = row.findViewById(R.id.details);
            reported = row.findViewById(R.id.reported);
            proposal = row.findViewById(R.id.proposal);
            acceptProposal = row.findViewById(R.id.accept_proposal);
            mark = row.findViewById(R.id.mark);
            present = row.findViewById(R.id.mark_present);
            absent = row.findViewById(R.id.mark_absent);
            late = row.findViewById(R.id.mark_late);
            more = row.findViewById(R.id.more_codes);
        }

        void bind(RegisterRowModel row) {
            Context context = itemView.getContext();
            AttendanceCode presentCode = session.presentCode();
            avatar.setText(row.initials);
            name.setText(row.name);
            details.setText(details(context, row));
            String report = reportText(context, row);
            reported.setVisibility(report == null ? View.GONE : View.VISIBLE);
            reported.setText(report);
            bindProposal(context, row);

            mark.setText(row.code == null ? "–" : row.code.symbol());
            MarkColours colours = MarkColours.of(row.code);
            mark.setTextColor(ContextCompat.getColor(context, colours.content));
            mark.setBackgroundTintList(ColorStateList.valueOf(ContextCompat.getColor(context,
                    row.code == null ? android.R.color.transparent : colours.container)));

            bindButton(present, row, presentCode, R.string.register_mark_present_description);
            bindButton(absent, row, AttendanceCode.N, R.string.register_mark_absent_description);
            bindButton(late, row, AttendanceCode.L, R.string.register_mark_late_description);
            more.setContentDescription(context.getString(R.string.register_more_codes_description, row.name));
            more.setOnClickListener(v -> listener.onMoreCodes(row, v));

            // The whole row is the biggest target: a tap marks present, a long press opens the other codes.
            itemView.setOnClickListener(v -> listener.onCode(row, presentCode));
            itemView.setOnLongClickListener(v -> {
                listener.onMoreCodes(row, more);
                return true;
            });
            itemView.setContentDescription(describe(context, row, report));
            ViewCompat.replaceAccessibilityAction(itemView, AccessibilityActionCompat.ACTION_CLICK,
                    context.getString(R.string.register_action_mark_present), null);
            ViewCompat.replaceAccessibilityAction(itemView, AccessibilityActionCompat.ACTION_LONG_CLICK,
                    context.getString(R.string.register_action_more_codes), null);
        }

        private void bindProposal(Context context, RegisterRowModel row) {
            boolean waiting = row.proposalWaiting();
            proposal.setVisibility(row.proposalLine == null ? View.GONE : View.VISIBLE);
            proposal.setText(proposalText(context, row));
            acceptProposal.setVisibility(waiting ? View.VISIBLE : View.GONE);
            if (waiting) {
                AttendanceCode code = row.proposedCode;
                acceptProposal.setText(context.getString(R.string.register_proposal_accept, code.symbol()));
                acceptProposal.setContentDescription(context.getString(R.string.register_proposal_accept_description,
                        row.name, code.symbol(), code.meaning()));
                // The teacher confirms: the proposal goes through the same checks as any mark.
                acceptProposal.setOnClickListener(v -> listener.onCode(row, code));
            }
        }

        private void bindButton(MaterialButton button, RegisterRowModel row, AttendanceCode code, int description) {
            Context context = button.getContext();
            boolean chosen = row.code == code;
            MarkColours colours = MarkColours.of(code);
            button.setBackgroundTintList(ColorStateList.valueOf(chosen
                    ? ContextCompat.getColor(context, colours.container)
                    : ContextCompat.getColor(context, android.R.color.transparent)));
            button.setStrokeColor(ColorStateList.valueOf(ContextCompat.getColor(context,
                    chosen ? colours.content : R.color.mark_other)));
            button.setTextColor(ContextCompat.getColor(context, chosen ? colours.content : R.color.mark_other));
            button.setContentDescription(context.getString(description, row.name));
            button.setSelected(chosen);
            button.setOnClickListener(v -> listener.onCode(row, code));
        }
    }

    static String details(Context context, RegisterRowModel row) {
        List<String> parts = new ArrayList<>();
        parts.add(context.getString(R.string.register_year_group, row.yearGroup));
        if (row.code == null) {
            parts.add(context.getString(R.string.register_not_marked));
        }
        parts.addAll(extras(context, row));
        return android.text.TextUtils.join(" · ", parts);
    }

    /** Minutes late, where the mark came from if not the register, and whether it still has to be sent. */
    private static List<String> extras(Context context, RegisterRowModel row) {
        List<String> extras = new ArrayList<>();
        if (row.minutesLate != null) {
            extras.add(context.getString(R.string.register_minutes_late, row.minutesLate));
        }
        if (row.source != null) {
            switch (row.source) {
                case ARRIVAL:
                    extras.add(context.getString(R.string.register_source_arrival));
                    break;
                case REASON:
                    extras.add(context.getString(R.string.register_source_reason));
                    break;
                case AMENDMENT:
                    extras.add(context.getString(R.string.register_source_amendment));
                    break;
                case CLOSURE:
                    extras.add(context.getString(R.string.register_source_closure));
                    break;
                default:
                    break;
            }
        }
        if (row.unsent) {
            extras.add(context.getString(R.string.register_unsent));
        }
        return extras;
    }

    @androidx.annotation.Nullable
    private static String reportText(Context context, RegisterRowModel row) {
        if (row.reported == null) {
            return null;
        }
        String category = context.getString(categoryLabel(row.reported.category));
        return context.getString(row.reported.accepted ? R.string.register_reported_accepted : R.string.register_reported,
                category);
    }

    /** "Left 12:30 — medical appointment · proposed M (Medical or dental appointment)". */
    @androidx.annotation.Nullable
    static String proposalText(Context context, RegisterRowModel row) {
        if (row.proposalLine == null || row.proposedCode == null) {
            return null;
        }
        return context.getString(R.string.register_proposal, Character.toUpperCase(row.proposalLine.charAt(0))
                + row.proposalLine.substring(1), row.proposedCode.symbol(), row.proposedCode.meaning());
    }

    private static String describe(Context context, RegisterRowModel row, @androidx.annotation.Nullable String report) {
        String state = row.code == null
                ? context.getString(R.string.register_not_marked)
                : context.getString(R.string.register_mark_description, row.code.meaning());
        StringBuilder text = new StringBuilder(
                context.getString(R.string.register_row_description, row.name, row.yearGroup, state));
        for (String extra : extras(context, row)) {
            text.append(", ").append(extra);
        }
        if (report != null) {
            text.append(". ").append(report);
        }
        String proposed = proposalText(context, row);
        if (proposed != null) {
            text.append(". ").append(proposed);
        }
        return text.toString();
    }

    static int categoryLabel(AbsenceCategory category) {
        switch (category) {
            case ILLNESS:
                return R.string.report_illness;
            case MEDICAL_APPOINTMENT:
                return R.string.report_medical_appointment;
            case RELIGIOUS_OBSERVANCE:
                return R.string.report_religious_observance;
            case FAMILY_EMERGENCY:
                return R.string.report_family_emergency;
            case TRANSPORT:
                return R.string.report_transport;
            default:
                return R.string.report_other;
        }
    }
}
