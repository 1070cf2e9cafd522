package uk.registerly.app.office.record;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;

import com.google.android.material.appbar.MaterialToolbar;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;

/** One {@link RecordPanel} of a pupil's record on its own screen, with a way back to the record. */
@AndroidEntryPoint(AppCompatActivity.class)
public class RecordPanelActivity extends Hilt_RecordPanelActivity {
    private static final String PANEL = "record.panel";

    public static Intent intent(Context context, RecordPanel panel, String pupilId) {
        return new Intent(context, RecordPanelActivity.class)
                .putExtra(PANEL, panel.name())
                .putExtra(RecordPanel.PUPIL, pupilId);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_record_panel);
        RecordPanel panel = RecordPanel.valueOf(getIntent().getStringExtra(PANEL));
        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        toolbar.setTitle(panel.title);
        toolbar.setNavigationOnClickListener(v -> finish());
        if (savedInstanceState == null) {
            getSupportFragmentManager().beginTransaction()
                    .replace(R.id.record_panel, panel.newFragment(getIntent().getStringExtra(RecordPanel.PUPIL)))
                    .commitNow();
        }
    }
}
