package uk.registerly.app.enrolment;

import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import androidx.activity.result.ActivityResultLauncher;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.checkbox.MaterialCheckBox;
import com.google.android.material.materialswitch.MaterialSwitch;
import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;
import com.journeyapps.barcodescanner.ScanContract;
import com.journeyapps.barcodescanner.ScanOptions;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.lock.OpenScreen;
import uk.registerly.app.R;
import uk.registerly.app.ui.HomeScreen;

/**
 * The first-run screen: the server address and the enrolment code from the school office (typed,
 * or scanned from its QR code), or a parent's invitation code. Errors appear on the field they are
 * about. A parent signs in here, so everything it says is translated (strings_enrolment.xml).
 * When enrolled, the role's home screen opens.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class EnrolmentActivity extends Hilt_EnrolmentActivity implements OpenScreen {
    private EnrolmentViewModel viewModel;
    private TextInputLayout serverLayout;
    private TextInputLayout codeLayout;
    private TextInputEditText server;
    private TextInputEditText code;
    private MaterialCheckBox demoServer;
    private MaterialSwitch parent;
    private TextView generalError;

    private final ActivityResultLauncher<ScanOptions> scanner = registerForActivityResult(new ScanContract(), result -> {
        if (result.getContents() == null) {
            return; // the person cancelled the scan
        }
        try {
            EnrolmentQr qr = EnrolmentQr.parse(result.getContents());
            code.setText(qr.code);
            if (qr.server != null) {
                server.setText(qr.server);
                // A QR code cannot turn plain HTTP on in a build that does not offer it.
                demoServer.setChecked(demoServerAllowed() && qr.demoServer);
            }
            codeLayout.setError(null);
        } catch (EnrolmentException e) {
            codeLayout.setError(EnrolmentTexts.problem(this, e));
        }
    });

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_enrolment);
        viewModel = new ViewModelProvider(this).get(EnrolmentViewModel.class);
        serverLayout = findViewById(R.id.server_layout);
        codeLayout = findViewById(R.id.code_layout);
        server = findViewById(R.id.server);
        code = findViewById(R.id.code);
        demoServer = findViewById(R.id.demo_server);
        parent = findViewById(R.id.parent);
        generalError = findViewById(R.id.general_error);
        TextView revoked = findViewById(R.id.revoked_notice);
        MaterialButton enrol = findViewById(R.id.enrol);

        parent.setOnCheckedChangeListener((button, checked) -> {
            codeLayout.setHint(checked ? R.string.enrolment_invitation_code : R.string.enrolment_code);
            enrol.setText(checked ? R.string.enrolment_sign_in : R.string.enrolment_enrol);
        });
        findViewById(R.id.scan).setOnClickListener(v -> scanner.launch(new ScanOptions()
                .setDesiredBarcodeFormats(ScanOptions.QR_CODE)
                .setPrompt(getString(R.string.enrolment_scan_prompt))
                .setBeepEnabled(false)));
        // Release builds have no "local demo server without encryption" tick (build_flags.xml).
        demoServer.setVisibility(demoServerAllowed() ? View.VISIBLE : View.GONE);
        enrol.setOnClickListener(v -> viewModel.enrol(text(server), demoServerAllowed() && demoServer.isChecked(),
                text(code), parent.isChecked()));

        viewModel.keptFromRevokedEnrolment().observe(this, kept -> {
            revoked.setVisibility(kept == null ? View.GONE : View.VISIBLE);
            if (kept != null) {
                revoked.setText(kept == 0 ? getString(R.string.enrolment_revoked_none)
                        : getResources().getQuantityString(R.plurals.enrolment_revoked, kept, kept));
            }
        });
        viewModel.state().observe(this, state -> {
            boolean busy = state.stage == EnrolmentState.Stage.ENROLLING;
            enrol.setEnabled(!busy);
            findViewById(R.id.progress).setVisibility(busy ? View.VISIBLE : View.GONE);
            String error = state.error == null ? null : EnrolmentTexts.problem(this, state.error);
            EnrolmentException.Field field = state.errorField();
            serverLayout.setError(field == EnrolmentException.Field.SERVER ? error : null);
            codeLayout.setError(field == EnrolmentException.Field.CODE ? error : null);
            generalError.setText(field == EnrolmentException.Field.GENERAL ? error : null);
            generalError.setVisibility(field == EnrolmentException.Field.GENERAL ? View.VISIBLE : View.GONE);
            if (state.stage == EnrolmentState.Stage.ENROLLED) {
                startActivity(HomeScreen.intent(this));
                finish();
            }
        });
    }

    private boolean demoServerAllowed() {
        return getResources().getBoolean(R.bool.allow_cleartext_demo_server);
    }

    private static String text(TextInputEditText field) {
        return field.getText() == null ? "" : field.getText().toString();
    }
}
