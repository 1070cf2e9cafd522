package uk.registerly.app.office;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;

import com.google.android.material.appbar.MaterialToolbar;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;

/** A pupil's record on its own screen (phones, and from the calling list or the inbox). */
@AndroidEntryPoint(AppCompatActivity.class)
public class PupilRecordActivity extends Hilt_PupilRecordActivity {
    public static Intent intent(Context context, String pupilId) {
        return new Intent(context, PupilRecordActivity.class).putExtra(PupilRecordViewModel.PUPIL, pupilId);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_pupil_record);
        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        toolbar.setNavigationOnClickListener(v -> finish());
        if (savedInstanceState == null) {
            getSupportFragmentManager().beginTransaction()
                    .replace(R.id.record, PupilRecordFragment.of(getIntent().getStringExtra(PupilRecordViewModel.PUPIL)))
                    .commitNow();
        }
    }
}
