package uk.registerly.app.gate;

import android.Manifest;
import android.content.pm.PackageManager;
import android.content.res.ColorStateList;
import android.os.Bundle;
import android.view.KeyEvent;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.view.inputmethod.EditorInfo;
import android.widget.FrameLayout;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.activity.result.ActivityResultLauncher;
import androidx.activity.result.contract.ActivityResultContracts;
import androidx.annotation.Nullable;
import androidx.annotation.StringRes;
import androidx.annotation.VisibleForTesting;
import androidx.appcompat.app.AppCompatActivity;
import androidx.core.content.ContextCompat;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.textfield.TextInputEditText;
import com.google.zxing.BarcodeFormat;
import com.journeyapps.barcodescanner.DecoratedBarcodeView;
import com.journeyapps.barcodescanner.DefaultDecoderFactory;
import com.journeyapps.barcodescanner.camera.CameraSettings;

import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;

import uk.registerly.app.R;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.MarkColours;
import uk.registerly.app.ui.AfterTextChanged;
import uk.registerly.app.ui.EverySecond;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The late gate kiosk: the camera reads pupil cards continuously (zxing-android-embedded's
 * DecoratedBarcodeView, QR only), each new card becomes an arrival with its mark shown at once;
 * pupils without a card are found by name; a card reader that types can scan into the search box.
 * Without a camera (or without permission) the gate still works by card reader and by name.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class GateActivity extends Hilt_GateActivity {
    /** Background work of the screen's own (list diffs): the read models' thread, never the main one. */
    @Inject
    @EvaluationExecutor
    Executor background;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Searching from the second letter keeps the list short enough to pick from at a glance. */
    private static final int SEARCH_FROM_LETTERS = 2;

    private GateViewModel viewModel;
    @Nullable
    private DecoratedBarcodeView camera;

    private final ActivityResultLauncher<String> cameraPermission = registerForActivityResult(
            new ActivityResultContracts.RequestPermission(), granted -> {
                if (granted) {
                    startCamera();
                } else {
                    showScannerMessage(R.string.gate_camera_denied);
                }
            });

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_gate);
        viewModel = new ViewModelProvider(this).get(GateViewModel.class);
        // The countdown and the undo button's seconds.
        EverySecond.whileStarted(this, viewModel::tick);

        SyncBadgeViews.attach(this, viewModel);

        RecyclerView arrivals = findViewById(R.id.arrivals);
        arrivals.setLayoutManager(new LinearLayoutManager(this));
        ArrivalsAdapter adapter = new ArrivalsAdapter(background);
        arrivals.setAdapter(adapter);
        viewModel.arrivals().observe(this, rows -> {
            adapter.submitList(rows, () -> arrivals.scrollToPosition(0));
            findViewById(R.id.arrivals_empty).setVisibility(rows.isEmpty() ? View.VISIBLE : View.GONE);
            int arrived = GateViewModel.arrivedCount(rows);
            ((TextView) findViewById(R.id.arrivals_title)).setText(arrived == 0
                    ? getString(R.string.gate_arrivals_title)
                    : getResources().getQuantityString(R.plurals.gate_arrivals_count, arrived, arrived));
        });

        viewModel.result().observe(this, this::showResult);
        MaterialButton undo = findViewById(R.id.undo);
        undo.setOnClickListener(v -> viewModel.undo());
        viewModel.undoSecondsLeft().observe(this, this::showUndo);

        bindReasons();
        bindSearch();
        viewModel.searchResults().observe(this, this::showSearchResults);

        if (!getPackageManager().hasSystemFeature(PackageManager.FEATURE_CAMERA_ANY)) {
            showScannerMessage(R.string.gate_no_camera);
        } else if (ContextCompat.checkSelfPermission(this, Manifest.permission.CAMERA)
                == PackageManager.PERMISSION_GRANTED) {
            startCamera();
        } else {
            cameraPermission.launch(Manifest.permission.CAMERA);
        }
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (camera != null) {
            camera.resume();
        }
    }

    @Override
    protected void onPause() {
        if (camera != null) {
            camera.pause();
        }
        super.onPause();
    }

    /** Every decoded code, from the camera or a card reader, comes through here (the tests' seam too). */
    @VisibleForTesting
    void onCardScanned(String payload) {
        viewModel.onCardScanned(payload);
    }

    private void startCamera() {
        FrameLayout container = findViewById(R.id.scanner_container);
        camera = new DecoratedBarcodeView(this);
        camera.getBarcodeView().setDecoderFactory(
                new DefaultDecoderFactory(Collections.singletonList(BarcodeFormat.QR_CODE)));
        if (getResources().getBoolean(R.bool.gate_front_camera)
                && getPackageManager().hasSystemFeature(PackageManager.FEATURE_CAMERA_FRONT)) {
            CameraSettings settings = camera.getBarcodeView().getCameraSettings();
            settings.setRequestedCameraId(android.hardware.Camera.CameraInfo.CAMERA_FACING_FRONT);
            camera.getBarcodeView().setCameraSettings(settings);
        }
        camera.setStatusText(getString(R.string.gate_scan_prompt));
        camera.setContentDescription(getString(R.string.gate_scanner_description));
        container.addView(camera, 0, new FrameLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT,
                ViewGroup.LayoutParams.MATCH_PARENT));
        findViewById(R.id.scanner_placeholder).setVisibility(View.GONE);
        camera.decodeContinuous(result -> onCardScanned(result.getText()));
        if (getLifecycle().getCurrentState().isAtLeast(androidx.lifecycle.Lifecycle.State.RESUMED)) {
            camera.resume();
        }
    }

    private void showScannerMessage(@StringRes int message) {
        TextView placeholder = findViewById(R.id.scanner_placeholder);
        placeholder.setText(message);
        placeholder.setVisibility(View.VISIBLE);
    }

    private void bindReasons() {
        ChipGroup chips = findViewById(R.id.reason_chips);
        View otherLayout = findViewById(R.id.reason_other_layout);
        TextInputEditText other = findViewById(R.id.reason_other_text);
        chips.setOnCheckedStateChangeListener((group, checked) -> {
            int id = checked.isEmpty() ? View.NO_ID : checked.get(0);
            otherLayout.setVisibility(id == R.id.reason_other ? View.VISIBLE : View.GONE);
            if (id == R.id.reason_other) {
                viewModel.setReason(other.getText() == null ? null : other.getText().toString());
            } else {
                viewModel.setReason(id == View.NO_ID ? null : ((TextView) findViewById(id)).getText().toString());
            }
        });
        other.addTextChangedListener(new AfterTextChanged(text -> {
            if (chips.getCheckedChipId() == R.id.reason_other) {
                viewModel.setReason(text);
            }
        }));
        // The view model clears the reason after each arrival: the chips follow.
        viewModel.reason().observe(this, reason -> {
            if (reason == null && !chips.getCheckedChipIds().isEmpty()) {
                chips.clearCheck();
                other.setText(null);
            }
        });
    }

    private void bindSearch() {
        TextInputEditText search = findViewById(R.id.search);
        search.addTextChangedListener(new AfterTextChanged(text -> {
            if (PupilCardCodec.looksLikeCard(text) || text.trim().length() < SEARCH_FROM_LETTERS) {
                viewModel.search("");
            } else {
                viewModel.search(text);
            }
        }));
        // A card reader types the code and presses Enter; a person searching presses Search.
        search.setOnEditorActionListener((view, actionId, event) -> {
            boolean enter = event != null && event.getKeyCode() == KeyEvent.KEYCODE_ENTER
                    && event.getAction() == KeyEvent.ACTION_DOWN;
            if (actionId != EditorInfo.IME_ACTION_SEARCH && !enter) {
                return false;
            }
            String text = view.getText().toString();
            if (PupilCardCodec.looksLikeCard(text)) {
                onCardScanned(text);
                search.setText(null);
                return true;
            }
            List<RosterPupil> found = viewModel.searchResults().getValue();
            if (found != null && found.size() == 1) {
                arrive(found.get(0));
            }
            return true;
        });
    }

    private void arrive(RosterPupil pupil) {
        viewModel.arrive(pupil);
        ((TextInputEditText) findViewById(R.id.search)).setText(null);
    }

    private void showSearchResults(List<RosterPupil> pupils) {
        LinearLayout list = findViewById(R.id.search_results);
        list.removeAllViews();
        TextInputEditText search = findViewById(R.id.search);
        String typed = search.getText() == null ? "" : search.getText().toString().trim();
        if (pupils.isEmpty() && typed.length() >= SEARCH_FROM_LETTERS && !PupilCardCodec.looksLikeCard(typed)) {
            TextView none = (TextView) LayoutInflater.from(this).inflate(R.layout.item_gate_search_result, list, false);
            none.setText(R.string.gate_no_results);
            list.addView(none);
            return;
        }
        for (RosterPupil pupil : pupils) {
            TextView row = (TextView) LayoutInflater.from(this).inflate(R.layout.item_gate_search_result, list, false);
            row.setText(getString(R.string.gate_search_result, pupil.displayName(), pupil.yearGroup));
            row.setContentDescription(getString(R.string.gate_search_result_description, pupil.displayName(),
                    pupil.yearGroup));
            row.setOnClickListener(v -> arrive(pupil));
            list.addView(row);
        }
    }

    private void showResult(GateResult result) {
        TextView title = findViewById(R.id.result_title);
        TextView mark = findViewById(R.id.result_mark);
        TextView detail = findViewById(R.id.result_detail);
        mark.setVisibility(View.GONE);
        detail.setVisibility(View.GONE);
        title.setTextColor(ContextCompat.getColor(this, result.kind == GateResult.Kind.REFUSED
                || result.kind == GateResult.Kind.UNDO_TOO_LATE ? R.color.mark_absent : R.color.mark_other));
        switch (result.kind) {
            case RECORDED:
                title.setText(result.pupilName);
                mark.setText(markText(result));
                MarkColours colours = MarkColours.of(result.code);
                mark.setTextColor(ContextCompat.getColor(this, colours.content));
                mark.setBackgroundTintList(ColorStateList.valueOf(ContextCompat.getColor(this, colours.container)));
                mark.setVisibility(View.VISIBLE);
                String at = TIME.format(result.at);
                detail.setText(result.reason == null ? at : at + " · " + getString(R.string.gate_result_reason, result.reason));
                detail.setVisibility(View.VISIBLE);
                break;
            case UNDONE:
                title.setText(getString(R.string.gate_undone, result.pupilName));
                break;
            case UNDO_TOO_LATE:
                title.setText(getString(R.string.gate_undo_too_late, result.pupilName));
                break;
            default:
                title.setText(result.message == null ? "" : result.message.resolve(this));
                break;
        }
    }

    private String markText(GateResult result) {
        if (result.code == null) {
            return getString(R.string.gate_result_after_session);
        }
        if (result.code == AttendanceCode.L) {
            return getString(R.string.gate_result_late, result.minutesLate);
        }
        if (result.code == AttendanceCode.U) {
            return getString(R.string.gate_result_after_close, result.minutesLate);
        }
        return getString(R.string.gate_result_present, result.code.symbol());
    }

    private void showUndo(Long secondsLeft) {
        MaterialButton undo = findViewById(R.id.undo);
        GateResult result = viewModel.result().getValue();
        boolean show = secondsLeft != null && secondsLeft > 0 && result != null;
        undo.setVisibility(show ? View.VISIBLE : View.GONE);
        if (show) {
            undo.setText(getString(R.string.gate_undo, secondsLeft.intValue()));
            undo.setContentDescription(getString(R.string.gate_undo_description, result.pupilName,
                    secondsLeft.intValue()));
        }
    }
}
