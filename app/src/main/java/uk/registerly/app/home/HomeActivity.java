package uk.registerly.app.home;

import android.os.Bundle;
import android.widget.TextView;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;

/** The launcher screen: what this tablet does, and whether it has synced with the office. */
@AndroidEntryPoint(AppCompatActivity.class)
public class HomeActivity extends Hilt_HomeActivity {
    /** School days are run on the 24-hour clock (registers close at 09:00). */
    private static final DateTimeFormatter SYNC_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_home);
        HomeViewModel viewModel = new ViewModelProvider(this).get(HomeViewModel.class);

        TextView status = findViewById(R.id.sync_status);
        viewModel.lastSync().observe(this, at -> status.setText(describe(at)));
        findViewById(R.id.sync_now).setOnClickListener(v -> viewModel.syncNow());
    }

    private String describe(@Nullable Instant lastSync) {
        if (lastSync == null) {
            return getString(R.string.home_last_sync_never);
        }
        return getString(R.string.home_last_sync_at, SYNC_TIME.format(lastSync.atZone(ZoneId.systemDefault())));
    }
}
