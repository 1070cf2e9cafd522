package uk.registerly.server.auth;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A parent's account and the children (pupil id to school id) its claimed invitations link it to. */
public record ParentPrincipal(UUID parentId, Map<UUID, UUID> childSchools) implements Principal {

    public ParentPrincipal {
        childSchools = Map.copyOf(childSchools);
    }

    @Override
    public UUID actorId() {
        return parentId;
    }

    @Override
    public Role role() {
        return Role.PARENT;
    }

    public boolean isParentOf(UUID pupilId) {
        return childSchools.containsKey(pupilId);
    }

    public Set<UUID> children() {
        return childSchools.keySet();
    }
}
