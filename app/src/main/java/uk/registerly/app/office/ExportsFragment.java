package uk.registerly.app.office;

import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.text.format.Formatter;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.core.content.FileProvider;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import java.io.File;

import uk.registerly.app.R;
import uk.registerly.app.data.exports.ExportRequest;
import uk.registerly.app.data.exports.ExportResult;

/**
 * The office's Exports (issue 17, item 7): the census attendance return for a chosen term and the CTF
 * for this year's leavers. While a file is fetched the screen says so and counts what has arrived;
 * once it is here, Share hands it to the share sheet (e-mail, Drive, "Save to Files") through a
 * FileProvider, read-only. Side by side on a tablet, one above the other on a phone.
 */
public class ExportsFragment extends Fragment {
    private ExportsViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.office_exports, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(requireActivity()).get(ExportsViewModel.class);
        RadioGroup terms = view.findViewById(R.id.exports_term);
        TextView year = view.findViewById(R.id.exports_year);
        Button census = view.findViewById(R.id.exports_census);
        Button ctf = view.findViewById(R.id.exports_ctf);
        View progress = view.findViewById(R.id.exports_progress);
        TextView status = view.findViewById(R.id.exports_status);
        Button share = view.findViewById(R.id.exports_share);

        terms.setOnCheckedChangeListener((group, id) -> {
            ExportRequest.Term term = termOf(id);
            if (term != null && term != viewModel.state().getValue().term) {
                viewModel.chooseTerm(term);
            }
        });
        view.findViewById(R.id.exports_year_earlier).setOnClickListener(v -> viewModel.moveYear(-1));
        view.findViewById(R.id.exports_year_later).setOnClickListener(v -> viewModel.moveYear(1));
        census.setOnClickListener(v -> viewModel.downloadCensus());
        ctf.setOnClickListener(v -> viewModel.downloadLeaversCtf());
        PupilPicker picker = new PupilPicker(view.findViewById(R.id.exports_pupil), view.findViewById(R.id.exports_pupil_ctf));
        viewModel.pupils().observe(getViewLifecycleOwner(), picker::setPupils);
        view.findViewById(R.id.exports_pupil_ctf).setOnClickListener(v -> {
            String chosen = picker.chosen();
            if (chosen != null) {
                viewModel.downloadPupilCtf(chosen);
            }
        });

        viewModel.state().observe(getViewLifecycleOwner(), s -> {
            int checked = idOf(s.term);
            if (terms.getCheckedRadioButtonId() != checked) {
                ((RadioButton) view.findViewById(checked)).setChecked(true);
            }
            year.setText(String.valueOf(s.year));
            year.setContentDescription(getString(R.string.exports_year_description, s.year));
            census.setEnabled(!s.isWorking());
            ctf.setEnabled(!s.isWorking());
            picker.setWorking(s.isWorking());
            progress.setVisibility(s.isWorking() ? View.VISIBLE : View.GONE);
            share.setVisibility(!s.isWorking() && s.last != null && s.last.file != null ? View.VISIBLE : View.GONE);
            status.setText(statusText(s));
            if (s.last != null && s.last.file != null) {
                share.setOnClickListener(v -> share(s.last));
                share.setContentDescription(getString(R.string.exports_share_description, s.last.fileName));
            }
        });
    }

    private String statusText(ExportsUiState s) {
        if (s.isWorking()) {
            String what = getString(s.working == ExportRequest.Kind.CENSUS ? R.string.exports_census_title
                    : R.string.exports_ctf_title);
            return s.bytesReceived == 0 ? getString(R.string.exports_working, what)
                    : getString(R.string.exports_received, what, Formatter.formatShortFileSize(requireContext(),
                    s.bytesReceived));
        }
        if (s.last == null) {
            return getString(R.string.exports_idle);
        }
        switch (s.last.outcome) {
            case SAVED:
                return getString(R.string.exports_saved, s.last.fileName,
                        Formatter.formatShortFileSize(requireContext(), s.last.bytes));
            case OFFLINE:
                return getString(R.string.exports_offline);
            case SERVER_BUSY:
                return getString(R.string.exports_busy);
            default:
                return getString(R.string.exports_refused, s.last.message);
        }
    }

    private void share(ExportResult result) {
        File file = result.file;
        Uri uri = FileProvider.getUriForFile(requireContext(), requireContext().getPackageName() + ".exports", file);
        Intent send = new Intent(Intent.ACTION_SEND)
                .setType(result.fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? "application/xml"
                        : "text/csv")
                .putExtra(Intent.EXTRA_STREAM, uri)
                .putExtra(Intent.EXTRA_SUBJECT, result.fileName)
                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            startActivity(Intent.createChooser(send, getString(R.string.exports_share_title, result.fileName)));
        } catch (ActivityNotFoundException e) {
            ((TextView) requireView().findViewById(R.id.exports_status)).setText(R.string.exports_no_share);
        }
    }

    @Nullable
    private static ExportRequest.Term termOf(int id) {
        if (id == R.id.exports_term_autumn) {
            return ExportRequest.Term.AUTUMN;
        } else if (id == R.id.exports_term_spring) {
            return ExportRequest.Term.SPRING;
        } else if (id == R.id.exports_term_summer1) {
            return ExportRequest.Term.SUMMER1;
        } else if (id == R.id.exports_term_summer2) {
            return ExportRequest.Term.SUMMER2;
        }
        return null;
    }

    private static int idOf(ExportRequest.Term term) {
        switch (term) {
            case AUTUMN:
                return R.id.exports_term_autumn;
            case SPRING:
                return R.id.exports_term_spring;
            case SUMMER1:
                return R.id.exports_term_summer1;
            default:
                return R.id.exports_term_summer2;
        }
    }
}
