package uk.registerly.server.auth;

import java.util.List;
import java.util.UUID;

/**
 * A signed-in staff account (issue 18): a school's leader ({@link Role#LEADER}, {@code schoolId} set) or a
 * trust's ({@link Role#TRUST}, {@code trustId} set). {@code schools} are the schools whose figures and lists
 * it may see: its own school, or every school of its trust (read with the session, so a school that joins or
 * leaves the trust counts from the next request).
 */
public record StaffPrincipal(UUID accountId, String email, String name, Role role, UUID schoolId, UUID trustId,
                             List<UUID> schools, String csrfToken) implements Principal {

    public StaffPrincipal {
        schools = List.copyOf(schools);
    }

    @Override
    public UUID actorId() {
        return accountId;
    }

    public boolean maySee(UUID school) {
        return schools.contains(school);
    }
}
