package uk.registerly.app.lock;

import android.app.Activity;
import android.app.Application;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import android.os.Build;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.MotionEvent;
import android.view.KeyEvent;
import android.view.Window;
import android.view.WindowManager;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.view.WindowCallbackWrapper;

import java.lang.ref.WeakReference;
import java.time.Clock;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.StaffSession;

/**
 * Every screen's guard, registered once by the application (issue 13, section 2; MASVS-AUTH-2/3,
 * PLATFORM-3):
 * <ul>
 * <li>{@code FLAG_SECURE} on every window, so no screenshot, screen recording or cast shows a pupil,
 * and the recents thumbnail is blank (also asked for directly on Android 13+);</li>
 * <li>the staff lock: a screen that needs a PIN ({@link LockPolicy}) is covered by
 * {@link StaffLockActivity} while nobody is signed in; the person signed in is signed out after the
 * role's idle time without a touch, when the screen turns off and when the app goes to the
 * background (no screen of it started any more);</li>
 * <li>on a gate, returning to the kiosk screen signs the staff member out.</li>
 * </ul>
 */
@Singleton
public class ScreenGuard implements Application.ActivityLifecycleCallbacks {
    private final StaffSession session;
    private final DeviceIdentityStore identities;
    private final Clock clock;
    private final Handler main = new Handler(Looper.getMainLooper());
    private final Runnable idleCheck = this::checkIdle;
    private int started;
    @Nullable
    private WeakReference<Activity> resumed;
    /** A lock screen was asked for or is showing: never stack a second one. */
    private boolean lockShowing;

    @Inject
    public ScreenGuard(StaffSession session, DeviceIdentityStore identities, Clock clock) {
        this.session = session;
        this.identities = identities;
        this.clock = clock;
    }

    /** Guards every activity of {@code application} from now on. */
    public void register(Application application) {
        application.registerActivityLifecycleCallbacks(this);
        IntentFilter screenOff = new IntentFilter(Intent.ACTION_SCREEN_OFF);
        BroadcastReceiver receiver = new BroadcastReceiver() {
            @Override
            public void onReceive(Context context, Intent intent) {
                onScreenOff();
            }
        };
        if (Build.VERSION.SDK_INT >= 33) {
            application.registerReceiver(receiver, screenOff, Context.RECEIVER_NOT_EXPORTED);
        } else {
            application.registerReceiver(receiver, screenOff);
        }
    }

    /** The screen turned off: whoever was signed in is signed out (the tablet may be carried away). */
    public void onScreenOff() {
        session.signOut();
    }

    /** Signs out after the role's idle time, and puts the lock over the screen if it needs one. */
    public void checkIdle() {
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            return;
        }
        session.signOutIfIdle(clock.millis(), LockPolicy.idleMillis(identity.role()));
        Activity activity = resumed == null ? null : resumed.get();
        if (activity != null) {
            lockIfNeeded(activity);
        }
        scheduleIdleCheck();
    }

    @Override
    public void onActivityCreated(@NonNull Activity activity, @Nullable Bundle savedInstanceState) {
        Window window = activity.getWindow();
        window.addFlags(WindowManager.LayoutParams.FLAG_SECURE);
        if (Build.VERSION.SDK_INT >= 33) {
            activity.setRecentsScreenshotEnabled(false);
        }
        Window.Callback callback = window.getCallback();
        if (callback != null) {
            window.setCallback(new TouchCallback(callback));
        }
        if (activity instanceof StaffLockActivity) {
            lockShowing = true;
        }
    }

    @Override
    public void onActivityStarted(@NonNull Activity activity) {
        started++;
    }

    @Override
    public void onActivityResumed(@NonNull Activity activity) {
        resumed = new WeakReference<>(activity);
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            return;
        }
        if (identity.role() == DeviceIdentity.Role.GATE && activity instanceof KioskScreen) {
            session.signOut(); // back at the kiosk: the next staff screen asks again
            return;
        }
        session.signOutIfIdle(clock.millis(), LockPolicy.idleMillis(identity.role()));
        if (!lockIfNeeded(activity)) {
            scheduleIdleCheck();
        }
    }

    @Override
    public void onActivityPaused(@NonNull Activity activity) {
        if (resumed != null && resumed.get() == activity) {
            resumed = null;
        }
    }

    @Override
    public void onActivityStopped(@NonNull Activity activity) {
        started = Math.max(0, started - 1);
        if (started == 0 && !activity.isChangingConfigurations()) {
            session.signOut(); // the app went to the background
        }
    }

    @Override
    public void onActivitySaveInstanceState(@NonNull Activity activity, @NonNull Bundle outState) {
    }

    @Override
    public void onActivityDestroyed(@NonNull Activity activity) {
        if (activity instanceof StaffLockActivity && !activity.isChangingConfigurations()) {
            lockShowing = false;
        }
    }

    private boolean lockIfNeeded(Activity activity) {
        DeviceIdentity identity = identities.current();
        if (identity == null || session.current() != null || activity instanceof StaffLockActivity
                || !LockPolicy.needsPin(identity.role(), activity.getClass())) {
            return false;
        }
        if (!lockShowing) {
            lockShowing = true;
            activity.startActivity(new Intent(activity, StaffLockActivity.class)
                    .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP));
        }
        return true;
    }

    private void scheduleIdleCheck() {
        main.removeCallbacks(idleCheck);
        if (session.current() == null || resumed == null) {
            return;
        }
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            return;
        }
        long due = session.lastInteractionMillis() + LockPolicy.idleMillis(identity.role()) - clock.millis();
        main.postDelayed(idleCheck, Math.max(1_000L, due));
    }

    /** Every touch and key press restarts the idle time. */
    private final class TouchCallback extends WindowCallbackWrapper {
        TouchCallback(Window.Callback wrapped) {
            super(wrapped);
        }

        @Override
        public boolean dispatchTouchEvent(MotionEvent event) {
            session.touched(clock.millis());
            return super.dispatchTouchEvent(event);
        }

        @Override
        public boolean dispatchKeyEvent(KeyEvent event) {
            session.touched(clock.millis());
            return super.dispatchKeyEvent(event);
        }
    }
}
