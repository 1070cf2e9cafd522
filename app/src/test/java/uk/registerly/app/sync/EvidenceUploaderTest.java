package uk.registerly.app.sync;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;

/** A parent's report with a photo, made offline, reaches the server later: the photo first, then the report. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class EvidenceUploaderTest {
    private static final NetworkTimeouts QUICK = new NetworkTimeouts(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofSeconds(5));
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 'c', 'a', 'r', 'd'};

    /** A phone not enrolled yet: the test signs a parent in on it. */
    @Rule
    public final MockServerDevice device = new MockServerDevice(null, Instant.parse("2026-09-07T06:30:00Z"), QUICK);

    private FollowUpDataLayer phone;
    private SyncEngine engine;

    @Before
    public void setUp() {
        phone = new FollowUpDataLayer(device.data.withTestSchool())
                .parentOf(Collections.singletonMap(TestSchool.AMARA, TestSchool.SCHOOL), device.url());
        engine = device.data.syncEngine(device.context, QUICK);
    }

    private JournalEventEntity reportWithPhoto() {
        return phone.reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.AMARA),
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7), EnumSet.of(Session.AM),
                AbsenceCategory.MEDICAL_APPOINTMENT, "Orthodontist"), PHOTO).get(0);
    }

    @Test
    public void aReportMadeOfflineIsSentLaterWithItsPhotoUploadedFirst() {
        JournalEventEntity report = reportWithPhoto();
        String evidenceId = JsonParser.parseString(report.payload).getAsJsonObject().get("evidence").getAsString();
        device.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

        assertEquals("offline: the pass fails and keeps everything", SyncResult.Status.RETRY,
                engine.syncUntilIdle().status);
        assertEquals(Collections.singletonList(evidenceId), phone.evidence.pending());
        assertTrue(LiveDataValues.latest(phone.reports.reports()).get(0).unsent);

        AcceptingServer online = new AcceptingServer();
        device.server.setDispatcher(online);
        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        assertEquals("/api/v1/parents/evidence", online.paths.get(0));
        assertEquals("/api/v1/sync/push", online.paths.get(1));
        JsonObject upload = JsonParser.parseString(online.bodies.get(0)).getAsJsonObject();
        assertEquals(evidenceId, upload.get("id").getAsString());
        assertEquals(TestSchool.AMARA, upload.get("pupil").getAsString());
        assertEquals("image/jpeg", upload.get("contentType").getAsString());
        assertArrayEquals(PHOTO, Base64.getDecoder().decode(upload.get("data").getAsString()));
        assertTrue(online.bodies.get(1).contains("\"evidence\":\"" + evidenceId + "\""));
        assertTrue("the phone's copy is gone once the school has it", phone.evidence.pending().isEmpty());
        assertFalse(LiveDataValues.latest(phone.reports.reports()).get(0).unsent);
    }

    @Test
    public void aServerErrorOnThePhotoHoldsTheReportBack() {
        reportWithPhoto();
        AcceptingServer failing = new AcceptingServer();
        failing.evidenceStatus = 503;
        device.server.setDispatcher(failing);

        assertEquals(SyncResult.Status.RETRY, engine.syncUntilIdle().status);

        assertEquals(Collections.singletonList("/api/v1/parents/evidence"), failing.paths);
        assertEquals(1, phone.evidence.pending().size());
        assertEquals(1, device.database.journal().countPending());
    }

    @Test
    public void aPhotoTheServerCanNeverTakeIsDroppedSoTheReportStillGoes() {
        reportWithPhoto();
        AcceptingServer refusing = new AcceptingServer();
        refusing.evidenceStatus = 403;
        device.server.setDispatcher(refusing);

        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        assertTrue(refusing.paths.contains("/api/v1/sync/push"));
        assertTrue(phone.evidence.pending().isEmpty());
    }
}
