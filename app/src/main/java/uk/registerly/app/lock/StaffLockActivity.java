package uk.registerly.app.lock;

import android.os.Bundle;
import android.view.View;
import android.view.inputmethod.EditorInfo;
import android.widget.Button;
import android.widget.TextView;

import androidx.activity.OnBackPressedCallback;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.android.material.textfield.TextInputEditText;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.lock.StaffLockUiState.Step;
import uk.registerly.app.ui.EverySecond;

/**
 * The staff PIN lock over every screen that needs one ({@link ScreenGuard}): the school's staff,
 * then the chosen person's PIN. It shows no pupil data, and Back never uncovers the screen below
 * (it sends the app to the background instead). Unlocked, it finishes and the screen below shows.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class StaffLockActivity extends Hilt_StaffLockActivity implements OpenScreen {
    private StaffLockViewModel viewModel;
    private StaffListAdapter adapter;
    /** Phones show one pane at a time; a tablet shows both. */
    private boolean twoPanes;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_staff_lock);
        twoPanes = findViewById(R.id.lock_panes) != null;
        viewModel = new ViewModelProvider(this).get(StaffLockViewModel.class);
        EverySecond.whileStarted(this, viewModel::tick);

        RecyclerView staff = findViewById(R.id.lock_staff);
        staff.setLayoutManager(new LinearLayoutManager(this));
        adapter = new StaffListAdapter(member -> {
            ((TextInputEditText) findViewById(R.id.lock_pin)).setText(null);
            viewModel.choose(member);
        });
        staff.setAdapter(adapter);

        TextInputEditText pin = findViewById(R.id.lock_pin);
        findViewById(R.id.lock_submit).setOnClickListener(v -> submit());
        pin.setOnEditorActionListener((view, actionId, event) -> {
            if (actionId == EditorInfo.IME_ACTION_DONE) {
                submit();
                return true;
            }
            return false;
        });
        findViewById(R.id.lock_someone_else).setOnClickListener(v -> {
            pin.setText(null);
            viewModel.chooseSomeoneElse();
        });
        getOnBackPressedDispatcher().addCallback(this, new OnBackPressedCallback(true) {
            @Override
            public void handleOnBackPressed() {
                // Back must not uncover the screen underneath: leave the app instead.
                moveTaskToBack(true);
            }
        });
        viewModel.uiState().observe(this, this::render);
    }

    private void submit() {
        TextInputEditText pin = findViewById(R.id.lock_pin);
        String typed = pin.getText() == null ? "" : pin.getText().toString();
        pin.setText(null);
        viewModel.submit(typed);
    }

    private void render(StaffLockUiState state) {
        if (state.step == Step.UNLOCKED) {
            finish();
            return;
        }
        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        toolbar.setTitle(state.schoolName == null ? getString(R.string.lock_title)
                : getString(R.string.lock_school_title, state.schoolName));

        adapter.submit(state.staff);
        findViewById(R.id.lock_no_staff).setVisibility(state.staff.isEmpty() ? View.VISIBLE : View.GONE);
        boolean choosing = state.chosen == null;
        findViewById(R.id.lock_staff_pane).setVisibility(twoPanes || choosing ? View.VISIBLE : View.GONE);
        findViewById(R.id.lock_pin_pane).setVisibility(twoPanes || !choosing ? View.VISIBLE : View.GONE);

        TextView chosen = findViewById(R.id.lock_chosen);
        TextView prompt = findViewById(R.id.lock_prompt);
        TextView message = findViewById(R.id.lock_message);
        Button submit = findViewById(R.id.lock_submit);
        View pinLayout = findViewById(R.id.lock_pin_layout);
        View someoneElse = findViewById(R.id.lock_someone_else);
        findViewById(R.id.lock_set_hint).setVisibility(state.step == Step.SET ? View.VISIBLE : View.GONE);
        if (choosing) {
            chosen.setText(R.string.lock_choose_first);
            prompt.setVisibility(View.GONE);
            pinLayout.setVisibility(View.GONE);
            submit.setVisibility(View.GONE);
            someoneElse.setVisibility(View.GONE);
            message.setText(null);
            return;
        }
        chosen.setText(state.chosen.name);
        someoneElse.setVisibility(View.VISIBLE);
        boolean typing = state.step == Step.ENTER || state.step == Step.SET || state.step == Step.CONFIRM;
        pinLayout.setVisibility(typing ? View.VISIBLE : View.GONE);
        submit.setVisibility(typing ? View.VISIBLE : View.GONE);
        submit.setEnabled(!state.checking);
        prompt.setVisibility(typing ? View.VISIBLE : View.GONE);
        prompt.setText(state.step == Step.SET ? R.string.lock_set_prompt
                : state.step == Step.CONFIRM ? R.string.lock_confirm_prompt : R.string.lock_enter_prompt);
        submit.setText(state.checking ? R.string.lock_checking
                : state.step == Step.SET ? R.string.lock_next
                : state.step == Step.CONFIRM ? R.string.lock_set : R.string.lock_unlock);
        message.setText(message(state));
        if (typing) {
            findViewById(R.id.lock_pin).requestFocus();
        }
    }

    @Nullable
    private CharSequence message(StaffLockUiState state) {
        switch (state.step) {
            case WAIT:
                return getResources().getQuantityString(R.plurals.lock_wait, (int) state.waitSeconds,
                        (int) state.waitSeconds);
            case BLOCKED:
                return getString(R.string.lock_blocked);
            default:
                if (state.problem == null) {
                    return null;
                }
                switch (state.problem) {
                    case NOT_SIX_DIGITS:
                        return getString(R.string.lock_not_six_digits);
                    case DIFFERENT:
                        return getString(R.string.lock_different);
                    default:
                        return getResources().getQuantityString(R.plurals.lock_wrong, state.triesLeft, state.triesLeft);
                }
        }
    }
}
