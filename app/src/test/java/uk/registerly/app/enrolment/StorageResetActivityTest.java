package uk.registerly.app.enrolment;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import android.content.Context;
import android.content.Intent;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Shadows;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.home.HomeActivity;
import uk.registerly.app.security.SecretStore;
import uk.registerly.app.security.SecureStorageReset;

/**
 * After the Keystore lost the app's key, the launcher tells the person plainly what happened and how
 * many records had not been sent, and offers re-enrolment (issue 13, section 3).
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class StorageResetActivityTest {
    @Rule
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);

    @Inject
    SecureStorageReset storageReset;
    @Inject
    Clock clock;

    private final Context context = ApplicationProvider.getApplicationContext();

    @Before
    public void theKeyWasLost() throws IOException {
        hilt.inject();
        File file = context.getDatabasePath("registerly-reset-test.db");
        file.getParentFile().mkdirs();
        Files.write(file.toPath(), new byte[] {1, 2, 3});
        SecureStorageReset onTheLastStart = new SecureStorageReset(context, new LostKey(), clock,
                "registerly-reset-test.db");
        onTheLastStart.recordUnsent(2);
        onTheLastStart.checkOrReset();
    }

    @Test
    public void theLauncherSaysWhatHappenedAndHowManyRecordsWereUnsentThenOffersEnrolment() {
        try (ActivityScenario<HomeActivity> ignored = ActivityScenario.launch(HomeActivity.class)) {
            Intent next = Shadows.shadowOf((android.app.Application) context).getNextStartedActivity();
            assertEquals(StorageResetActivity.class.getName(), next.getComponent().getClassName());
        }
        try (ActivityScenario<StorageResetActivity> ignored = ActivityScenario.launch(StorageResetActivity.class)) {
            onView(withText("This tablet's secure storage was reset")).check(matches(isDisplayed()));
            onView(withText("2 records had not been sent to the school and cannot be sent now. Tell the office, "
                    + "so they can record them again.")).check(matches(isDisplayed()));

            onView(withId(R.id.storage_reset_enrol)).perform(click());

            Intent next = Shadows.shadowOf((android.app.Application) context).getNextStartedActivity();
            assertEquals(EnrolmentActivity.class.getName(), next.getComponent().getClassName());
            assertNull(storageReset.notice());
        }
    }

    static final class LostKey implements SecretStore {
        @Override
        public String get(String name) {
            throw new IllegalStateException("the secret " + name + " cannot be decrypted");
        }

        @Override
        public void put(String name, String value) {
        }

        @Override
        public void remove(String name) {
        }

        @Override
        public void clear() {
        }
    }
}
