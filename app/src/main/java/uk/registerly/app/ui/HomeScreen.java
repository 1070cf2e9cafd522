package uk.registerly.app.ui;

import android.content.Context;
import android.content.Intent;

/**
 * The app's front door, the launcher activity of the manifest (the home screen, which routes each
 * role to its own screen), found by the package manager, so enrolment and notifications can open
 * it without depending on the home package, which depends on them.
 */
public final class HomeScreen {
    private HomeScreen() {
    }

    /** An explicit intent for the launcher activity, with no flags of its own. */
    public static Intent intent(Context context) {
        Intent launch = context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        if (launch == null || launch.getComponent() == null) {
            throw new IllegalStateException("the manifest declares no launcher activity");
        }
        return new Intent().setComponent(launch.getComponent());
    }
}
