package uk.registerly.app.enrolment;

import android.content.Intent;
import android.os.Bundle;
import android.widget.TextView;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.lock.OpenScreen;
import uk.registerly.app.security.SecureStorageReset;

/**
 * Says plainly that the tablet's secure storage was reset (the Keystore lost its key), how many
 * records had not been sent when it can tell, and offers re-enrolment. Shown by the launcher until
 * the person goes on to enrol; it holds no pupil data.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class StorageResetActivity extends Hilt_StorageResetActivity implements OpenScreen {
    @Inject
    SecureStorageReset storageReset;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_storage_reset);
        SecureStorageReset.Notice notice = storageReset.notice();
        int unsent = notice == null ? -1 : notice.unsent;
        TextView unsentView = findViewById(R.id.storage_reset_unsent);
        unsentView.setText(unsent < 0 ? getString(R.string.storage_reset_unsent_unknown)
                : unsent == 0 ? getString(R.string.storage_reset_unsent_none)
                : getResources().getQuantityString(R.plurals.storage_reset_unsent, unsent, unsent));
        findViewById(R.id.storage_reset_enrol).setOnClickListener(v -> {
            storageReset.acknowledge();
            startActivity(new Intent(this, EnrolmentActivity.class));
            finish();
        });
    }
}
