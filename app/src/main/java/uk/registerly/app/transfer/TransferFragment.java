package uk.registerly.app.transfer;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.view.inputmethod.EditorInfo;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.transfer.PriorSchoolYear;
import uk.registerly.app.data.transfer.TransferRecord;
import uk.registerly.app.office.OfficeTexts;

/**
 * "Previous schools" on a pupil's record (issue 17): the UPN, a field to type one (checked on the device, stored by
 * the server), and each school year an earlier school's CTF gave, read-only and apart from this school's figures.
 */
@AndroidEntryPoint(Fragment.class)
public class TransferFragment extends Hilt_TransferFragment {
    private TransferViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_transfer, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(this).get(TransferViewModel.class);
        TextInputLayout upnLayout = view.findViewById(R.id.transfer_upn_layout);
        TextInputEditText upnField = view.findViewById(R.id.transfer_upn);
        Button save = view.findViewById(R.id.transfer_upn_save);
        save.setOnClickListener(v -> viewModel.saveUpn(text(upnField)));
        upnField.setOnEditorActionListener((v, action, event) -> {
            if (action == EditorInfo.IME_ACTION_DONE) {
                viewModel.saveUpn(text(upnField));
                return true;
            }
            return false;
        });
        view.findViewById(R.id.transfer_retry).setOnClickListener(v -> viewModel.refresh());
        viewModel.pupil().observe(getViewLifecycleOwner(), pupil -> {
            if (pupil != null) {
                ((TextView) view.findViewById(R.id.transfer_name)).setText(OfficeTexts.pupil(pupil));
            }
        });
        viewModel.uiState().observe(getViewLifecycleOwner(), state -> bind(view, state, upnLayout, save));
    }

    private void bind(View view, TransferUiState state, TextInputLayout upnLayout, Button save) {
        view.findViewById(R.id.transfer_progress).setVisibility(state.loading || state.saving ? View.VISIBLE : View.GONE);
        TextView problem = view.findViewById(R.id.transfer_problem);
        problem.setText(state.loadProblem);
        problem.setVisibility(state.loadProblem == null ? View.GONE : View.VISIBLE);
        view.findViewById(R.id.transfer_retry).setVisibility(state.loadProblem == null ? View.GONE : View.VISIBLE);
        upnLayout.setError(state.upnProblem);
        save.setEnabled(!state.saving);
        TransferRecord record = state.record;
        TextView upn = view.findViewById(R.id.transfer_upn_current);
        if (record == null) {
            upn.setText(state.loading ? getString(R.string.transfer_loading) : "");
        } else {
            upn.setText(record.upn == null ? getString(R.string.transfer_no_upn)
                    : getString(R.string.transfer_upn_current, record.upn));
        }
        if (state.saved != null) {
            upn.announceForAccessibility(getString(R.string.transfer_upn_saved, state.saved));
        }
        bindYears(view, record);
    }

    private void bindYears(View view, @Nullable TransferRecord record) {
        LinearLayout years = view.findViewById(R.id.transfer_years);
        years.removeAllViews();
        TextView none = view.findViewById(R.id.transfer_no_years);
        none.setVisibility(record != null && record.years.isEmpty() ? View.VISIBLE : View.GONE);
        if (record == null) {
            return;
        }
        for (PriorSchoolYear year : record.years) {
            View line = getLayoutInflater().inflate(R.layout.transfer_year, years, false);
            ((TextView) line.findViewById(R.id.transfer_year_school)).setText(getString(R.string.transfer_year_school,
                    year.year, (year.year + 1) % 100, year.schoolName == null ? "" : year.schoolName,
                    nullToEmpty(year.laCode), nullToEmpty(year.establishment)));
            ((TextView) line.findViewById(R.id.transfer_year_figures)).setText(PriorYearTexts.figures(requireContext(),
                    year));
            years.addView(line);
        }
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String text(TextInputEditText field) {
        return field.getText() == null ? "" : field.getText().toString();
    }
}
