package uk.registerly.app.register;

import android.app.Dialog;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.Button;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AlertDialog;
import androidx.fragment.app.DialogFragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.chip.Chip;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import java.time.format.DateTimeFormatter;

import uk.registerly.app.R;
import uk.registerly.app.ui.AfterTextChanged;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * An amendment to a closed register: the new code (one of the teacher's codes) and a reason, which
 * is required. The original entry stays; the repository signs the change with the enrolled
 * teacher's "Name, Position" (domain reference §6).
 */
public class AmendmentDialog extends DialogFragment {
    public static final String TAG = "amendment";
    private static final String PUPIL = "pupil";
    private static final String CODE = "code";

    private ChipGroup codes;
    private TextInputEditText reason;
    private TextInputLayout reasonLayout;

    static AmendmentDialog of(String pupilId, AttendanceCode proposed) {
        Bundle arguments = new Bundle();
        arguments.putString(PUPIL, pupilId);
        arguments.putString(CODE, proposed.symbol());
        AmendmentDialog dialog = new AmendmentDialog();
        dialog.setArguments(arguments);
        return dialog;
    }

    @NonNull
    @Override
    public Dialog onCreateDialog(@Nullable Bundle savedInstanceState) {
        RegisterViewModel viewModel = new ViewModelProvider(requireActivity()).get(RegisterViewModel.class);
        String pupilId = requireArguments().getString(PUPIL);
        AttendanceCode proposed = AttendanceCode.parse(requireArguments().getString(CODE));
        RegisterUiState state = viewModel.uiState().getValue();
        RegisterRowModel row = state == null ? null : state.row(pupilId);
        Session session = state == null ? Session.AM : state.session();

        View content = LayoutInflater.from(requireContext()).inflate(R.layout.dialog_register_amendment, null);
        String current = row == null || row.code == null ? "–" : row.code.symbol() + " · " + row.code.meaning();
        RegisterWindow window = state == null ? null : state.window;
        // Today's register can say when it closed; an earlier day's is simply closed.
        boolean closedToday = window != null && state.onToday;
        ((TextView) content.findViewById(R.id.amend_body)).setText(closedToday
                ? getString(R.string.register_amend_body, window.closes().format(DateTimeFormatter.ofPattern("HH:mm")),
                        current)
                : getString(R.string.register_amend_body_day, current));
        codes = content.findViewById(R.id.amend_codes);
        for (AttendanceCode code : TeacherCodes.all(session)) {
            Chip chip = (Chip) LayoutInflater.from(requireContext()).inflate(R.layout.item_amendment_code, codes, false);
            chip.setId(View.generateViewId());
            chip.setTag(code.symbol());
            chip.setText(getString(R.string.register_code_option, code.symbol(), code.meaning()));
            chip.setContentDescription(code.meaning());
            chip.setChecked(code == proposed);
            codes.addView(chip);
        }
        reason = content.findViewById(R.id.amend_reason);
        TextView codeError = content.findViewById(R.id.amend_code_error);
        reasonLayout = content.findViewById(R.id.amend_reason_layout);

        String name = row == null ? "" : row.name;
        AlertDialog dialog = new MaterialAlertDialogBuilder(requireContext())
                .setTitle(getString(R.string.register_amend_title, name))
                .setView(content)
                .setNegativeButton(R.string.register_cancel, null)
                .setPositiveButton(R.string.register_amend_confirm, null)
                .create();
        dialog.setOnShowListener(shown -> {
            Button amend = dialog.getButton(AlertDialog.BUTTON_POSITIVE);
            amend.setOnClickListener(v -> {
                AttendanceCode code = chosenCode();
                String text = reason.getText() == null ? "" : reason.getText().toString().trim();
                boolean unchanged = row != null && code == row.code;
                codeError.setVisibility(unchanged ? View.VISIBLE : View.GONE);
                reasonLayout.setError(text.isEmpty() ? getString(R.string.register_amend_reason_required) : null);
                if (code != null && !unchanged && !text.isEmpty()) {
                    viewModel.amend(pupilId, code, text);
                    dismiss();
                }
            });
            reason.addTextChangedListener(new AfterTextChanged(text -> {
                if (!text.trim().isEmpty()) {
                    reasonLayout.setError(null);
                }
            }));
        });
        return dialog;
    }

    @Nullable
    private AttendanceCode chosenCode() {
        View chip = codes.findViewById(codes.getCheckedChipId());
        return chip == null ? null : AttendanceCode.parse((String) chip.getTag());
    }
}
