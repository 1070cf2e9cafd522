package uk.registerly.app.data.evidence;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.graphics.Bitmap;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.sync.SyncResult;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;

/**
 * The office's tablet fetches a report's photo from the server (MockWebServer) once, keeps it
 * sealed for the next look, and says why when it cannot: offline, a busy server, no such photo, a
 * refusal, or something that is not an image. Real JPEG decoding (native graphics).
 */
@RunWith(AndroidJUnit4.class)
@Config(application = android.app.Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class NetworkViewedEvidenceRepositoryTest {
    private static final NetworkTimeouts QUICK = new NetworkTimeouts(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofSeconds(5));
    private static final String EVIDENCE = "e7d1a000-0000-4000-8000-000000000001";
    private static final String PATH = "/api/v1/evidence/" + EVIDENCE;

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.OFFICE, Instant.parse("2026-09-07T08:40:00Z"),
            QUICK);

    private MockWebServer server;
    private ViewedEvidenceRepository photos;
    private byte[] appointmentCard;

    @Before
    public void setUp() {
        server = device.server;
        photos = device.data.viewedEvidence(QUICK);
        Bitmap card = Bitmap.createBitmap(120, 80, Bitmap.Config.ARGB_8888);
        card.eraseColor(0xFF3366CC);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        card.compress(Bitmap.CompressFormat.JPEG, 90, jpeg);
        appointmentCard = jpeg.toByteArray();
    }

    private MockResponse photoAnswer(byte[] image) {
        return new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(image));
    }

    private static MockResponse error(int code, String message) {
        return AcceptingServer.json("{\"error\":\"" + AcceptingServer.errorCodeOf(code) + "\",\"message\":\"" + message + "\"}").setResponseCode(code);
    }

    @Test
    public void aPhotoIsFetchedOnceWithTheDevicesTokenAndKeptSealedForTheNextLook() throws Exception {
        server.enqueue(photoAnswer(appointmentCard));

        EvidencePhoto first = photos.photo(EVIDENCE);

        assertEquals(EvidencePhoto.Outcome.FOUND, first.outcome);
        assertArrayEquals(appointmentCard, first.image);
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("GET", request.getMethod());
        assertEquals(PATH, request.getPath());
        assertTrue(request.getHeader("Authorization"), request.getHeader("Authorization").startsWith("Bearer "));

        File kept = new File(device.data.viewedEvidenceDirectory, EVIDENCE + ".photo");
        assertTrue("kept on the tablet", kept.isFile());
        assertFalse("sealed: the JPEG is not readable in the file",
                contains(Files.readAllBytes(kept.toPath()), appointmentCard));

        server.shutdown();
        EvidencePhoto again = device.data.viewedEvidence(QUICK).photo(EVIDENCE);
        assertEquals("the second look needs no network", EvidencePhoto.Outcome.FOUND, again.outcome);
        assertArrayEquals(appointmentCard, again.image);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    public void offlineTheTabletSaysSoAndKeepsNothing() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

        EvidencePhoto photo = photos.photo(EVIDENCE);

        assertEquals(EvidencePhoto.Outcome.OFFLINE, photo.outcome);
        assertNull(photo.image);
        assertFalse(new File(device.data.viewedEvidenceDirectory, EVIDENCE + ".photo").exists());
    }

    @Test
    public void aServerThatCannotAnswerNowIsTriedAgainLaterAndThenShowsThePhoto() {
        server.enqueue(error(503, "database unavailable"));
        server.enqueue(photoAnswer(appointmentCard));

        assertEquals(EvidencePhoto.Outcome.SERVER_BUSY, photos.photo(EVIDENCE).outcome);
        assertEquals(EvidencePhoto.Outcome.FOUND, photos.photo(EVIDENCE).outcome);
    }

    @Test
    public void aPhotoTheServerDoesNotHaveForThisTabletIsNotFound() {
        server.enqueue(error(404, "no evidence " + EVIDENCE + " you may see"));

        EvidencePhoto photo = photos.photo(EVIDENCE);

        assertEquals(EvidencePhoto.Outcome.NOT_FOUND, photo.outcome);
        assertNull(photo.image);
    }

    @Test
    public void aRefusalCarriesTheServersWords() {
        server.enqueue(error(403, "only the office of the pupil's school may see this"));

        EvidencePhoto photo = photos.photo(EVIDENCE);

        assertEquals(EvidencePhoto.Outcome.REFUSED, photo.outcome);
        assertEquals("only the office of the pupil's school may see this", photo.detail);
    }

    @Test
    public void anAnswerThatIsNotAnImageIsUnreadableAndNotKept() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                .setBody("<html>Sign in to the guest Wi-Fi</html>"));

        assertEquals(EvidencePhoto.Outcome.UNREADABLE, photos.photo(EVIDENCE).outcome);
        assertFalse(new File(device.data.viewedEvidenceDirectory, EVIDENCE + ".photo").exists());
    }

    @Test
    public void aRevokedTabletForgetsThePhotosItViewed() {
        server.enqueue(photoAnswer(appointmentCard));
        assertEquals(EvidencePhoto.Outcome.FOUND, photos.photo(EVIDENCE).outcome);
        server.enqueue(AcceptingServer.json("{\"error\":\"device_revoked\",\"message\":\"this device was revoked\"}")
                .setResponseCode(401));

        assertEquals(SyncResult.Status.REVOKED, device.data.syncEngine(device.context, QUICK).syncUntilIdle().status);

        assertFalse(new File(device.data.viewedEvidenceDirectory, EVIDENCE + ".photo").exists());
    }

    @Test
    public void onlyTheMostRecentlyFetchedPhotosAreKept() {
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return photoAnswer(appointmentCard);
            }
        });
        ViewedEvidenceRepository three = new NetworkViewedEvidenceRepository(device.data.viewedEvidenceDirectory,
                device.data.secrets, new RegisterlyNetwork(device.data.identities, device.data.serverClock,
                device.data.clock, QUICK), 3);
        for (int i = 0; i < 4; i++) {
            String id = String.format("e7d1a000-0000-4000-8000-%012d", i);
            assertEquals(EvidencePhoto.Outcome.FOUND, three.photo(id).outcome);
            // File times may be whole seconds: set them apart, so the order of fetching decides what goes.
            assertTrue(new File(device.data.viewedEvidenceDirectory, id + ".photo").setLastModified(1_000_000L * (i + 1)));
        }

        assertEquals(3, device.data.viewedEvidenceDirectory.list().length);
        assertFalse("the earliest fetched went", new File(device.data.viewedEvidenceDirectory,
                "e7d1a000-0000-4000-8000-000000000000.photo").exists());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
