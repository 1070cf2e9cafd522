package uk.registerly.app.home;

import androidx.annotation.StringRes;

import uk.registerly.app.R;
import uk.registerly.app.security.DeviceIdentity;

/**
 * Where each role lands. The register, gate, office and parent screens are built next (their
 * engineers point {@code screen} at their activity); until then every role lands on the home
 * screen, which names the role and shows the sync status.
 */
public enum RoleHome {
    TEACHER(R.string.home_role_teacher),
    GATE(R.string.home_role_gate),
    OFFICE(R.string.home_role_office),
    PARENT(R.string.home_role_parent);

    @StringRes
    public final int title;

    RoleHome(@StringRes int title) {
        this.title = title;
    }

    public static RoleHome of(DeviceIdentity.Role role) {
        return valueOf(role.name());
    }
}
