package uk.registerly.app.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.WorkManager;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestDataLayer;

/** Enrolment and parent sign-in against MockWebServer: what is stored, and the errors a person sees. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class EnrolmentRepositoryTest {
    /** A device not enrolled yet. */
    @Rule
    public final MockServerDevice device = new MockServerDevice(null, Instant.parse("2026-09-07T07:42:00Z"),
            NetworkTimeouts.DEFAULT);

    private final Context context = ApplicationProvider.getApplicationContext();
    private MockWebServer server;
    private TestDataLayer data;
    private EnrolmentRepository enrolment;
    private String address;

    @Before
    public void setUp() {
        server = device.server;
        address = device.url();
        data = device.data;
        enrolment = new EnrolmentRepository(new RegisterlyNetwork(data.identities, data.serverClock, data.clock,
                NetworkTimeouts.DEFAULT), data.identities, data.scheduler(context), data.status);
    }

    @Test
    public void aTeacherEnrolsWithACodeAndTheDeviceKeepsItsRoleTokenAndSignature() throws Exception {
        server.enqueue(AcceptingServer.json("{\"deviceId\":\"2fa9\",\"token\":\"rgd_kmZl\",\"role\":\"TEACHER\","
                + "\"school\":{\"id\":\"9866\",\"name\":\"Registerly Demo Primary\"},"
                + "\"staff\":{\"id\":\"a48f\",\"name\":\"Alice Patel\",\"position\":\"Class Teacher\"}}").setResponseCode(201));

        DeviceIdentity identity = enrolment.enrol(address, true, " DEMO-TEACHER-1 ", false);

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("/api/v1/devices", request.getPath());
        assertTrue(request.getBody().readUtf8().contains("\"enrolmentCode\":\"DEMO-TEACHER-1\""));
        assertEquals(DeviceIdentity.Role.TEACHER, identity.role());
        assertEquals("Alice Patel, Class Teacher", data.identities.current().staffSignature());
        assertEquals("9866", data.identities.current().schoolId());
        assertEquals("rgd_kmZl", data.identities.token());
        assertEquals("syncing starts at once", 1, WorkManager.getInstance(context)
                .getWorkInfosForUniqueWork("sync-now").get().size());
    }

    @Test
    public void aParentSignsInWithAnInvitationAndTheDeviceKnowsEachChildsSchool() throws Exception {
        server.enqueue(AcceptingServer.json("{\"parentId\":\"5c1e\",\"token\":\"rgp_x\",\"children\":["
                + "{\"id\":\"c1\",\"firstName\":\"Amara\",\"schoolId\":\"s1\"},"
                + "{\"id\":\"c2\",\"firstName\":\"Kofi\",\"schoolId\":\"s2\"}]}").setResponseCode(201));

        DeviceIdentity identity = enrolment.enrol(address, true, "DEMO-PARENT", true);

        assertEquals("/api/v1/parents/sign-in", server.takeRequest(1, TimeUnit.SECONDS).getPath());
        assertEquals(DeviceIdentity.Role.PARENT, identity.role());
        assertEquals("s2", identity.schoolOf("c2"));
        assertNull(identity.staffSignature());
    }

    /** What the screen says, in English or (a parent's phone set to Polish) in Polish. */
    private String said(EnrolmentException e, String language) {
        android.content.res.Configuration configuration = new android.content.res.Configuration(
                context.getResources().getConfiguration());
        configuration.setLocale(java.util.Locale.forLanguageTag(language));
        return EnrolmentTexts.problem(context.createConfigurationContext(configuration), e);
    }

    @Test
    public void aWrongCodeIsReportedOnTheCodeFieldInTheReadersLanguage() {
        server.enqueue(AcceptingServer.json("{\"error\":\"invalid_code\",\"message\":\"this enrolment code is unknown,"
                + " used or expired; ask the school office for a new one\"}").setResponseCode(401));

        EnrolmentException e = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, true, "NOPE", false));

        assertEquals(EnrolmentException.Problem.CODE_REFUSED, e.problem);
        assertEquals(EnrolmentException.Field.CODE, e.field);
        assertEquals("This enrolment code is unknown, used or expired. Ask the school office for a new one.",
                said(e, "en-GB"));
        assertTrue("the server's words stay in the detail", e.getMessage().contains("ask the school office"));
        assertNull(data.identities.current());
    }

    @Test
    public void aParentsWrongInvitationIsToldInPolishOnAPolishPhone() {
        server.enqueue(AcceptingServer.json("{\"error\":\"invalid_code\",\"message\":\"unknown invitation\"}")
                .setResponseCode(401));

        EnrolmentException e = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, true, "NOPE", true));

        assertEquals(EnrolmentException.Problem.INVITATION_REFUSED, e.problem);
        assertEquals("Ten kod zaproszenia jest nieznany, został już użyty lub wygasł. Poproś sekretariat szkoły o nowy.",
                said(e, "pl-PL"));
    }

    @Test
    public void tooManyAttemptsSaysWhenToTryAgain() {
        server.enqueue(AcceptingServer.json("{\"error\":\"too_many_requests\",\"message\":\"slow down\","
                + "\"retryAfterSeconds\":42}").setResponseCode(429));

        EnrolmentException e = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, true, "X", true));

        assertEquals(EnrolmentException.Field.GENERAL, e.field);
        assertEquals(42, e.number);
        assertEquals("Too many attempts. Try again in 42 seconds.", said(e, "en-GB"));
        assertEquals("Polish counts 42 with its 'few' form", "Zbyt wiele prób. Spróbuj ponownie za 42 sekundy.",
                said(e, "pl-PL"));
    }

    @Test
    public void plainHttpIsRefusedUnlessALocalDemoServerWasChosen() {
        EnrolmentException e = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, false, "X", false));

        assertEquals(EnrolmentException.Problem.SERVER_NOT_HTTPS, e.problem);
        assertEquals(EnrolmentException.Field.SERVER, e.field);
        assertTrue(said(e, "en-GB"), said(e, "en-GB").startsWith("The address must start with https://"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    public void anUnreachableServerIsReportedOnTheAddressField() throws IOException {
        server.shutdown();

        EnrolmentException e = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, true, "X", false));

        assertEquals(EnrolmentException.Field.SERVER, e.field);
        assertEquals("Cannot reach the server at " + address + ". Check the address and the network.",
                said(e, "en-GB"));
    }

    @Test
    public void anEmptyCodeIsAskedForBeforeAnyCall() {
        EnrolmentException staff = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, true, "  ", false));
        EnrolmentException parent = assertThrows(EnrolmentException.class, () -> enrolment.enrol(address, true, "", true));

        assertEquals(EnrolmentException.Problem.CODE_MISSING, staff.problem);
        assertEquals(EnrolmentException.Problem.INVITATION_MISSING, parent.problem);
        assertEquals(EnrolmentException.Field.CODE, parent.field);
        assertEquals(0, server.getRequestCount());
    }
}
