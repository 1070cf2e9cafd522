package uk.registerly.app.casework;

import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.print.PrintManager;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.core.content.FileProvider;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import uk.registerly.app.R;
import uk.registerly.app.data.casework.CaseworkResult;

/**
 * The office's casework (issue 16): the due-now worklist, most urgent first, each pupil with the ladder stage due,
 * why and by when; a stage with a letter has "Write letter", which has the server write and record it, then offers
 * Print (the Android print framework, the PDF as rendered) and Share (the share sheet, read-only through a
 * FileProvider). On a tablet the letter panel sits beside the list; on a phone above it.
 */
public class CaseworkFragment extends Fragment {
    private CaseworkViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.casework_worklist, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(requireActivity()).get(CaseworkViewModel.class);
        TextView status = view.findViewById(R.id.casework_status);
        TextView letterStatus = view.findViewById(R.id.casework_letter_status);
        Button print = view.findViewById(R.id.casework_print);
        Button share = view.findViewById(R.id.casework_share);
        View progress = view.findViewById(R.id.casework_progress);
        view.findViewById(R.id.casework_refresh).setOnClickListener(v -> viewModel.refresh());
        RecyclerView list = view.findViewById(R.id.casework_list);
        list.setLayoutManager(new LinearLayoutManager(requireContext()));
        CaseworkLineAdapter adapter = new CaseworkLineAdapter(line -> viewModel.writeLetter(line));
        list.setAdapter(adapter);

        viewModel.state().observe(getViewLifecycleOwner(), s -> {
            adapter.show(s.lines, s.isWriting());
            status.setText(statusText(s));
            progress.setVisibility(s.status == CaseworkUiState.Status.LOADING || s.isWriting() ? View.VISIBLE : View.GONE);
            CaseworkResult<CaseworkResult.Letter> letter = s.letter;
            boolean ready = !s.isWriting() && letter != null && letter.outcome == CaseworkResult.Outcome.OK;
            print.setVisibility(ready ? View.VISIBLE : View.GONE);
            share.setVisibility(ready ? View.VISIBLE : View.GONE);
            letterStatus.setText(letterText(s));
            if (ready) {
                CaseworkResult.Letter written = letter.value;
                print.setOnClickListener(v -> print(written));
                share.setOnClickListener(v -> share(written));
                print.setContentDescription(getString(R.string.casework_print_description, written.pupilName));
                share.setContentDescription(getString(R.string.casework_share_description, written.pupilName));
            }
        });
    }

    private String statusText(CaseworkUiState s) {
        switch (s.status) {
            case LOADING:
                return getString(R.string.casework_loading);
            case OFFLINE:
                return getString(R.string.casework_offline);
            case REFUSED:
                return getString(R.string.casework_refused, s.message);
            default:
                return s.lines.isEmpty() ? getString(R.string.casework_none_due, s.asOf)
                        : getResources().getQuantityString(R.plurals.casework_due_count, s.lines.size(),
                        s.lines.size(), s.asOf);
        }
    }

    private String letterText(CaseworkUiState s) {
        if (s.isWriting()) {
            return getString(R.string.casework_letter_writing);
        }
        if (s.letter == null) {
            return getString(R.string.casework_letter_idle);
        }
        switch (s.letter.outcome) {
            case OK:
                return getString(R.string.casework_letter_ready, s.letter.value.pupilName, s.letter.value.language);
            case OFFLINE:
                return getString(R.string.casework_letter_offline);
            default:
                return getString(R.string.casework_refused, s.letter.message);
        }
    }

    private void print(CaseworkResult.Letter letter) {
        PrintManager printer = (PrintManager) requireContext().getSystemService(Context.PRINT_SERVICE);
        printer.print(getString(R.string.casework_print_job, letter.pupilName), new LetterPrintAdapter(letter.pdf), null);
    }

    private void share(CaseworkResult.Letter letter) {
        Uri uri = FileProvider.getUriForFile(requireContext(), requireContext().getPackageName() + ".exports",
                letter.pdf);
        Intent send = new Intent(Intent.ACTION_SEND)
                .setType("application/pdf")
                .putExtra(Intent.EXTRA_STREAM, uri)
                .putExtra(Intent.EXTRA_SUBJECT, letter.pdf.getName())
                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            startActivity(Intent.createChooser(send, getString(R.string.casework_share_title, letter.pupilName)));
        } catch (ActivityNotFoundException e) {
            ((TextView) requireView().findViewById(R.id.casework_letter_status)).setText(R.string.casework_no_share);
        }
    }
}
