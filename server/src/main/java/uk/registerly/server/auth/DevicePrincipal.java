package uk.registerly.server.auth;

import java.util.UUID;

/**
 * An enrolled school device. Teacher and office devices act for one staff member, whose name and
 * position sign their amendments; a gate device acts for the school ({@code staffId} null).
 */
public record DevicePrincipal(UUID deviceId, UUID schoolId, Role role, UUID staffId, String staffName,
                              String staffPosition) implements Principal {

    @Override
    public UUID actorId() {
        return deviceId;
    }

    /** "Name, Position": the form an AMENDMENT's {@code by} must take for this device. */
    public String signature() {
        return staffId == null ? null : staffName + ", " + staffPosition;
    }
}
