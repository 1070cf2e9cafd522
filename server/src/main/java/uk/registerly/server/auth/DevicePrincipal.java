package uk.registerly.server.auth;

import java.util.UUID;

/**
 * An enrolled school device. Teacher and office devices act for one staff member, whose name and
 * position sign their amendments; a gate device acts for the school ({@code staffId} null).
 * {@code setupVersion} is the school's roster and calendar version read with the token, so a push
 * can use cached rosters without another query.
 */
public record DevicePrincipal(UUID deviceId, UUID schoolId, Role role, UUID staffId, String staffName,
                              String staffPosition, int setupVersion) implements Principal {

    @Override
    public UUID actorId() {
        return deviceId;
    }

    public DevicePrincipal withSetupVersion(int version) {
        return new DevicePrincipal(deviceId, schoolId, role, staffId, staffName, staffPosition, version);
    }

    /** "Name, Position": the form an AMENDMENT's {@code by} must take for this device. */
    public String signature() {
        return staffId == null ? null : staffName + ", " + staffPosition;
    }
}
