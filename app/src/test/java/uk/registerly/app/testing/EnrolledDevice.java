package uk.registerly.app.testing;

import java.io.IOException;
import java.util.Collections;

import okhttp3.mockwebserver.MockWebServer;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/** For Hilt tests of screens: enrols the device with a role of the {@link TestSchool} on a MockWebServer. */
public final class EnrolledDevice {
    private EnrolledDevice() {
    }

    public static MockWebServer teacherOn(DeviceIdentityStore identities) throws IOException {
        return on(DeviceIdentity.Role.TEACHER, identities, new AcceptingServer());
    }

    /**
     * A TEACHER acts for Alice Patel (class 3A); an OFFICE device for the attendance officer; a GATE
     * device for the school alone, as enrolment returns them.
     */
    public static MockWebServer on(DeviceIdentity.Role role, DeviceIdentityStore identities, AcceptingServer dispatcher)
            throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.start();
        String staffId = role == DeviceIdentity.Role.TEACHER ? TestSchool.TEACHER
                : role == DeviceIdentity.Role.OFFICE ? "0ff1ce00-0000-4000-8000-000000000009" : null;
        String signature = role == DeviceIdentity.Role.TEACHER ? TestSchool.TEACHER_SIGNATURE
                : role == DeviceIdentity.Role.OFFICE ? TestSchool.OFFICE_SIGNATURE : null;
        identities.save(new DeviceIdentity(server.url("/").toString(), true, role,
                "de71ce00-0000-4000-8000-00000000000" + (1 + role.ordinal()), TestSchool.SCHOOL,
                "Registerly Test Primary", staffId, signature, Collections.emptyMap()), "rgd_test-token");
        return server;
    }
}
