package uk.registerly.app.home;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.enrolment.EnrolmentActivity;
import uk.registerly.app.enrolment.StorageResetActivity;
import uk.registerly.app.network.ServerClock;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.SecureStorageReset;

/**
 * The launcher: sends a device that is not enrolled (or was revoked) to enrolment; otherwise shows
 * the staff home with the sync status — records waiting, last sync, last error, refused records,
 * and a warning when the tablet's clock is more than 2 minutes off the server's — under the role's
 * screen. A parent's phone goes straight to the parent's home (English staff text stays off it).
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class HomeActivity extends Hilt_HomeActivity {
    /** School days are run on the 24-hour clock (registers close at 09:00). */
    private static final DateTimeFormatter SYNC_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    DeviceIdentityStore identities;

    @Inject
    SecureStorageReset storageReset;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            // After the Keystore lost its key: say so (and how much was unsent) before enrolling again.
            startActivity(new Intent(this, storageReset.notice() != null ? StorageResetActivity.class
                    : EnrolmentActivity.class));
            finish();
            return;
        }
        RoleHome home = RoleHome.of(identity.role());
        if (home.replacesHome) {
            startActivity(new Intent(this, home.screen));
            finish();
            return;
        }
        setContentView(R.layout.activity_home);
        HomeViewModel viewModel = new ViewModelProvider(this).get(HomeViewModel.class);
        ((TextView) findViewById(R.id.role)).setText(home.title);
        if (home.screen != null && savedInstanceState == null) {
            // Over the home screen, so Back shows the sync status (refused records, clock warning).
            startActivity(new Intent(this, home.screen));
        }

        TextView status = findViewById(R.id.sync_status);
        viewModel.lastSync().observe(this, at -> status.setText(describe(at)));
        TextView pending = findViewById(R.id.pending);
        viewModel.pending().observe(this, count -> pending.setText(count == null || count == 0
                ? getString(R.string.home_pending_none)
                : getResources().getQuantityString(R.plurals.home_pending, count, count)));
        TextView error = findViewById(R.id.last_error);
        viewModel.lastError().observe(this, e -> {
            Instant lastSync = viewModel.lastSync().getValue();
            boolean show = e != null && (lastSync == null || e.at.isAfter(lastSync));
            error.setVisibility(show ? View.VISIBLE : View.GONE);
            error.setText(show ? getString(R.string.home_last_error, e.message) : null);
        });
        TextView rejected = findViewById(R.id.rejected);
        viewModel.rejectedCount().observe(this, count -> {
            rejected.setVisibility(count == null || count == 0 ? View.GONE : View.VISIBLE);
            if (count != null && count > 0) {
                rejected.setText(getResources().getQuantityString(R.plurals.home_rejected, count, count));
            }
        });
        TextView clock = findViewById(R.id.clock_warning);
        viewModel.clockOffsetMs().observe(this, offset -> {
            boolean large = ServerClock.isLarge(offset);
            clock.setVisibility(large ? View.VISIBLE : View.GONE);
            if (large) {
                clock.setText(getString(R.string.home_clock_warning, (int) Math.round(Math.abs(offset) / 60_000.0)));
            }
        });
        findViewById(R.id.sync_now).setOnClickListener(v -> viewModel.syncNow());
        if (identity.role() == DeviceIdentity.Role.OFFICE) {
            View access = findViewById(R.id.open_access);
            access.setVisibility(View.VISIBLE);
            access.setOnClickListener(v -> startActivity(new Intent(this,
                    uk.registerly.app.office.access.AccessActivity.class)));
        }
    }

    private String describe(@Nullable Instant lastSync) {
        if (lastSync == null) {
            return getString(R.string.home_last_sync_never);
        }
        return getString(R.string.home_last_sync_at, SYNC_TIME.format(lastSync.atZone(ZoneId.systemDefault())));
    }
}
