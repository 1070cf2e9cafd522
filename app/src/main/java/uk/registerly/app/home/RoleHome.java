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
 * office on its follow-up lists, each over the (English) staff home screen, which names the role
 * and shows the sync status. A parent's phone lands on their children, which replaces the home: it
 * shows the sync status itself, in the parent's language.
 */
public enum RoleHome {
    TEACHER(R.string.home_role_teacher, RegisterActivity.class, false),
    GATE(R.string.home_role_gate, GateActivity.class, false),
    OFFICE(R.string.home_role_office, OfficeActivity.class, false),
    PARENT(R.string.home_role_parent, ParentHomeActivity.class, true);

    @StringRes
    public final int title;
    /** The role's own screen, opened over the home screen; null: the home screen is the role's. */
    @Nullable
    public final Class<? extends Activity> screen;
    /** The role's screen is the whole app: the staff home is not kept under it. */
    public final boolean replacesHome;

    RoleHome(@StringRes int title, @Nullable Class<? extends Activity> screen, boolean replacesHome) {
        this.title = title;
        this.screen = screen;
        this.replacesHome = replacesHome;
    }

    public static RoleHome of(DeviceIdentity.Role role) {
        return valueOf(role.name());
    }
}
