package uk.registerly.server.dashboard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.trusts.Trusts;

/** Which school a page is about, and for a trust director the picker between the trust's schools. */
final class SchoolPicker {

    private final Jdbi jdbi;

    SchoolPicker(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The school a page is about: the leader's own, or the one a trust director picked (the first by default). */
    static UUID school(Context ctx, StaffPrincipal staff) {
        String asked = ctx.queryParam("school");
        if (asked == null || asked.isBlank()) {
            if (staff.schoolId() != null) {
                return staff.schoolId();
            }
            if (staff.schools().isEmpty()) {
                throw ApiException.notFound("your trust has no schools yet");
            }
            return staff.schools().get(0);
        }
        UUID school;
        try {
            school = UUID.fromString(asked.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no such school.");
        }
        if (!staff.maySee(school)) {
            throw ApiException.notFound("There is no school of yours with that address.");
        }
        return school;
    }

    /** For a trust director on a school's page: the school picker (a GET form, so nothing to protect). */
    Map<String, Object> withSchool(Map<String, Object> scope, StaffPrincipal staff, UUID school) {
        scope.put("schoolId", school.toString());
        if (staff.role() == Role.TRUST) {
            List<Map<String, Object>> options = new ArrayList<>();
            jdbi.useHandle(h -> {
                for (Trusts.TrustSchool s : Trusts.schools(h, staff.trustId())) {
                    options.add(Map.of("id", s.id().toString(), "name", s.name(), "selected", s.id().equals(school)));
                }
            });
            scope.put("schoolPicker", options);
            scope.put("hasPicker", true);
        }
        return scope;
    }
}
