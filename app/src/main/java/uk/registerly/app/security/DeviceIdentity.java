package uk.registerly.app.security;

import androidx.annotation.Nullable;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * Who this device is, from its enrolment (or a parent's sign-in): the server, the role that decides
 * the home screen and what may be written, and for staff devices the "Name, Position" that signs
 * amendments. The bearer token is kept apart (see {@link DeviceIdentityStore}).
 */
public final class DeviceIdentity {
    public enum Role { TEACHER, GATE, OFFICE, PARENT }

    private final String serverUrl;
    private final boolean cleartextAllowed;
    private final Role role;
    private final String deviceId;
    private final String schoolId;
    private final String schoolName;
    private final String staffId;
    private final String staffSignature;
    private final Map<String, String> childSchools;

    /**
     * @param childSchools a parent's children and the school of each (empty for staff devices)
     */
    public DeviceIdentity(String serverUrl, boolean cleartextAllowed, Role role, String deviceId,
                          @Nullable String schoolId, @Nullable String schoolName, @Nullable String staffId,
                          @Nullable String staffSignature, Map<String, String> childSchools) {
        this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
        this.cleartextAllowed = cleartextAllowed;
        this.role = Objects.requireNonNull(role, "role");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        this.staffId = staffId;
        this.staffSignature = staffSignature;
        this.childSchools = Collections.unmodifiableMap(childSchools);
    }

    public String serverUrl() {
        return serverUrl;
    }

    /** True only when the person enrolling chose a local demo server without TLS, explicitly. */
    public boolean cleartextAllowed() {
        return cleartextAllowed;
    }

    public Role role() {
        return role;
    }

    /** The device id (a parent's account id on a parent's phone). */
    public String deviceId() {
        return deviceId;
    }

    /** The school of a staff device; null on a parent's phone. */
    @Nullable
    public String schoolId() {
        return schoolId;
    }

    @Nullable
    public String schoolName() {
        return schoolName;
    }

    /** The enrolled member of staff (TEACHER, OFFICE); null on a gate or parent device. */
    @Nullable
    public String staffId() {
        return staffId;
    }

    /** "Name, Position" exactly as the server returned it: what an AMENDMENT's {@code by} must be. */
    @Nullable
    public String staffSignature() {
        return staffSignature;
    }

    public Map<String, String> childSchools() {
        return childSchools;
    }

    /** The school a pupil belongs to, as far as this device knows. */
    @Nullable
    public String schoolOf(String pupilId) {
        String school = childSchools.get(pupilId);
        return school != null ? school : schoolId;
    }
}
