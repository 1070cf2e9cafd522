package uk.registerly.app.home;

import android.app.Activity;

import androidx.annotation.Nullable;
import androidx.annotation.StringRes;

import uk.registerly.app.R;
import uk.registerly.app.gate.GateActivity;
import uk.registerly.app.office.OfficeActivity;
import uk.registerly.app.parent.ParentHomeActivity;
import uk.registerly.app.register.RegisterActivity;
import uk.registerly.app.security.DeviceIdentity;

/**
 * Where each role lands: a teacher's tablet on the register, a gate device on the late gate, the
 * office on its follow-up lists, a parent's phone on their children. Each role's screen opens over
 * the home screen, which names the role and shows the sync status.
 */
public enum RoleHome {
    TEACHER(R.string.home_role_teacher, RegisterActivity.class),
    GATE(R.string.home_role_gate, GateActivity.class),
    OFFICE(R.string.home_role_office, OfficeActivity.class),
    PARENT(R.string.home_role_parent, ParentHomeActivity.class);

    @StringRes
    public final int title;
    /** The role's own screen, opened over the home screen; null: the home screen is the role's. */
    @Nullable
    public final Class<? extends Activity> screen;

    RoleHome(@StringRes int title, @Nullable Class<? extends Activity> screen) {
        this.title = title;
        this.screen = screen;
    }

    public static RoleHome of(DeviceIdentity.Role role) {
        return valueOf(role.name());
    }
}
