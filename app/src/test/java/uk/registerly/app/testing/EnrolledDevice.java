package uk.registerly.app.testing;

import java.io.IOException;
import java.util.Map;

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
     * device for the school alone, as enrolment returns them ({@link TestDataLayer#identity}).
     */
    public static MockWebServer on(DeviceIdentity.Role role, DeviceIdentityStore identities, AcceptingServer dispatcher)
            throws IOException {
        MockWebServer server = start(dispatcher);
        identities.save(TestDataLayer.identity(role, server.url("/").toString()), "rgd_test-token");
        return server;
    }

    /** A parent's phone signed in for {@code childSchools} (each child's school). */
    public static MockWebServer parentOn(Map<String, String> childSchools, DeviceIdentityStore identities,
                                         AcceptingServer dispatcher) throws IOException {
        MockWebServer server = start(dispatcher);
        identities.save(TestDataLayer.parentIdentity(childSchools, server.url("/").toString()), "rgp_test-token");
        return server;
    }

    private static MockWebServer start(AcceptingServer dispatcher) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.start();
        return server;
    }
}
