package uk.registerly.app.testing;

import java.io.IOException;
import java.util.Collections;

import okhttp3.mockwebserver.MockWebServer;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/** For Hilt tests of screens: enrols the device as a teacher of the {@link TestSchool} on a MockWebServer. */
public final class EnrolledDevice {
    private EnrolledDevice() {
    }

    public static MockWebServer teacherOn(DeviceIdentityStore identities) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new AcceptingServer());
        server.start();
        identities.save(new DeviceIdentity(server.url("/").toString(), true, DeviceIdentity.Role.TEACHER,
                "de71ce00-0000-4000-8000-000000000001", TestSchool.SCHOOL, "Registerly Test Primary",
                TestSchool.TEACHER, TestSchool.TEACHER_SIGNATURE, Collections.emptyMap()), "rgd_test-token");
        return server;
    }
}
