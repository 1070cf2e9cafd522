package uk.registerly.server.sync;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.RosterKind;
import uk.registerly.server.scope.DeviceScope;

/**
 * The data of a SCOPE roster change: everything a TEACHER or GATE device may hold from this pull on,
 * so it can drop the rest (docs/sync-protocol.md section 6, "Scope"). Sent on the first page a device
 * pulls and whenever its scope changes; never stored in the roster log.
 *
 * @param day GATE: the one school-local day whose register facts it holds (null: every day)
 * @param everyPupil true: every pupil of the school ({@code pupils} is then empty)
 * @param pupils the only pupils whose PUPIL rows and events it holds
 * @param everyClass true: every class of the school ({@code classes} is then empty)
 * @param classes the only classes whose CLASS rows it holds, each with why (TEACHES, or COVER with its days)
 * @param eventTypes the only event types it holds
 * @param rosterKinds the only roster kinds it holds
 * @param withheldPayload per event type, the payload fields it never holds
 * @param withheldRoster per roster kind, the data fields it never holds
 */
public record ScopeNotice(UUID deviceId, Role role, UUID staffId, LocalDate day, boolean everyPupil, List<UUID> pupils,
                          boolean everyClass, List<DeviceScope.ClassGrant> classes, List<String> eventTypes,
                          List<String> rosterKinds, Map<String, List<String>> withheldPayload,
                          Map<String, List<String>> withheldRoster) {

    static ScopeNotice of(DevicePrincipal device, DeviceScope scope) {
        Role role = device.role();
        return new ScopeNotice(device.deviceId(), role, device.staffId(), scope.day(), scope.pupils() == null,
                scope.pupils() == null ? List.of() : List.copyOf(scope.pupils()), scope.classes() == null,
                scope.grants(), Arrays.asList(EventType.visibleTypes(role)),
                Arrays.asList(RosterKind.visibleKinds(role)), WithheldFields.payloadFields(role),
                WithheldFields.rosterFields(role));
    }
}
