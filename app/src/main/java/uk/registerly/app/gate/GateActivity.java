package uk.registerly.app.gate;

import android.Manifest;
import android.content.pm.PackageManager;
import android.os.Bundle;
import android.view.KeyEvent;
import android.view.View;
import android.view.ViewGroup;
import android.view.inputmethod.EditorInfo;
import android.widget.FrameLayout;
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

import com.google.android.material.chip.ChipGroup;
import com.google.android.material.textfield.TextInputEditText;
import com.google.zxing.BarcodeFormat;
import com.journeyapps.barcodescanner.DecoratedBarcodeView;
import com.journeyapps.barcodescanner.DefaultDecoderFactory;
import com.journeyapps.barcodescanner.camera.CameraSettings;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;

import uk.registerly.app.R;
import uk.registerly.app.departures.DeparturesEntry;
import uk.registerly.app.rollcall.RollCallEntry;
import uk.registerly.app.spotcheck.SpotCheckEntry;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.lock.KioskScreen;
import uk.registerly.app.ui.AfterTextChanged;
import uk.registerly.app.ui.EverySecond;
import uk.registerly.app.ui.SyncBadgeViews;

/**
 * The late gate kiosk: the camera reads pupil cards continuously (zxing-android-embedded's
 * DecoratedBarcodeView, QR only), each new card becomes an arrival with its mark shown at once;
 * pupils without a card are found by name; a card reader that types can scan into the search box.
 * Without a camera (or without permission) the gate still works by card reader and by name.
 * What the gate shows is {@link GateViewModel}'s {@link GateUiState}, drawn by {@link GateStateViews}.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class GateActivity extends Hilt_GateActivity implements KioskScreen {
    /** Background work of the screen's own (list diffs): the read models' thread, never the main one. */
    @Inject
    @EvaluationExecutor
    Executor background;
    /** Searching from the second letter keeps the list short enough to pick from at a glance. */
    static final int SEARCH_FROM_LETTERS = 2;

    private GateViewModel viewModel;
    private GateStateViews views;
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
        com.google.android.material.appbar.MaterialToolbar toolbar = findViewById(R.id.toolbar);
        DeparturesEntry.ENTRY.addTo(toolbar);
        RollCallEntry.ENTRY.addTo(toolbar);
        SpotCheckEntry.ENTRY.addTo(toolbar);
        toolbar.setOnMenuItemClickListener(item -> DeparturesEntry.ENTRY.handles(item, toolbar)
                || RollCallEntry.ENTRY.handles(item, toolbar) || SpotCheckEntry.ENTRY.handles(item, toolbar));

        RecyclerView arrivals = findViewById(R.id.arrivals);
        arrivals.setLayoutManager(new LinearLayoutManager(this));
        ArrivalsAdapter adapter = new ArrivalsAdapter(background);
        arrivals.setAdapter(adapter);
        views = new GateStateViews(this, adapter, this::arrive);
        findViewById(R.id.undo).setOnClickListener(v -> viewModel.undo());
        bindReasons();
        bindSearch();
        viewModel.uiState().observe(this, views::render);

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
            List<RosterPupil> found = views.shown().searchResults;
            if (found.size() == 1) {
                arrive(found.get(0));
            }
            return true;
        });
    }

    private void arrive(RosterPupil pupil) {
        viewModel.arrive(pupil);
        ((TextInputEditText) findViewById(R.id.search)).setText(null);
    }
}
