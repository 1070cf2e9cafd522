package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Application;
import android.content.ContentResolver;
import android.content.Context;
import android.net.Uri;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.evidence.EvidencePhotos;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.e2e.NginxProxy.Fault;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.sync.SyncResult;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.rules.calendar.Session;

/**
 * Issue 12 item 3 with a real proxy: Debian's nginx between the app's sync code and the real
 * server (in this JVM, over HTTP on loopback). A proxy's HTML 401 or 413, a captive portal's 200
 * page or its redirect leave every event pending and the device enrolled; once the proxy forwards
 * again, the same events are stored, once each. A photo goes through nginx's 1 MB body limit
 * because the phone compresses it to 500 KB, while the photo as taken could never pass.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ProxyFaultsEndToEndTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private final Context context = ApplicationProvider.getApplicationContext();
    private final List<RegisterlyDatabase> databases = new ArrayList<>();
    private InProcessServer.School school;
    private NginxProxy proxy;

    @Before
    public void setUp() throws Exception {
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
        school = InProcessServer.newSchool();
        proxy = NginxProxy.inFrontOf(InProcessServer.baseUrl());
    }

    @After
    public void tearDown() throws Exception {
        proxy.close();
        for (RegisterlyDatabase database : databases) {
            database.close();
        }
    }

    private E2eDevice device() {
        RegisterlyDatabase database = TestDatabases.inMemory(context);
        databases.add(database);
        return new E2eDevice(context, database, InProcessServer.NOW);
    }

    @Test
    public void aProxysOrPortalsAnswersLeaveEveryEventPendingAndTheDeviceEnrolledUntilTheProxyForwardsAgain()
            throws Exception {
        E2eDevice gate = device().enrol(school.gateCode, proxy.baseUrl(), false);
        gate.sync();
        List<String> ids = new ArrayList<>();
        int pupil = 0;
        for (Fault fault : new Fault[] {Fault.HTML_401, Fault.HTML_413, Fault.PORTAL_200, Fault.PORTAL_REDIRECT}) {
            ids.add(gate.data.arrivals.recordArrival(school.pupils.get(pupil++)).eventId);
            proxy.fault(fault);

            SyncResult result = gate.trySync();

            assertEquals(fault + ": " + result, SyncResult.Status.RETRY, result.status);
            assertEquals(fault + ": every event stays pending", ids.size(), gate.data.database.journal().countPending());
            assertTrue(fault + ": nothing quarantined", gate.data.database.deliveries().rejected().isEmpty());
            assertNotNull(fault + ": still enrolled", gate.identity());
            assertNotNull(fault + ": the roster is kept", gate.data.database.roster().firstSchool());
            for (String id : ids) {
                assertEquals(fault + ": nothing reached the server", 0, InProcessServer.storedCopies(id));
            }
        }

        proxy.fault(Fault.NONE);
        gate.sync();

        assertEquals(0, gate.data.database.journal().countPending());
        for (String id : ids) {
            assertEquals("stored once", 1, InProcessServer.storedCopies(id));
        }
    }

    @Test
    public void aPhotoCompressedOnThePhonePassesAProxysOneMegabyteLimitThatTheOriginalCannot() throws Exception {
        byte[] taken = noisyJpeg(2400, 1800);
        assertTrue("the photo as taken is over 1 MB: " + taken.length, taken.length > 1024 * 1024);
        try (Response refused = new OkHttpClient().newCall(new Request.Builder()
                .url(proxy.baseUrl() + "api/v1/parents/evidence")
                .post(RequestBody.create("{\"jpegBase64\":\"" + Base64.getEncoder().encodeToString(taken) + "\"}",
                        MediaType.get("application/json")))
                .build()).execute()) {
            assertEquals("the proxy's own limit is real", 413, refused.code());
            assertTrue(String.valueOf(refused.header("Content-Type")), refused.header("Content-Type").startsWith("text/html"));
        }

        E2eDevice phone = device().enrol(school.parentCode, proxy.baseUrl(), true);
        phone.sync();
        byte[] sent = EvidencePhotos.prepare(resolver(), picked(taken), EvidenceStore.MAX_BYTES);
        assertTrue("compressed on the phone to 500 KB: " + sent.length, sent.length <= 500_000);
        String child = school.parentChildren.get(0);
        reports(phone).report(new AbsenceReportDraft(Collections.singleton(child), THURSDAY, THURSDAY,
                EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT, "Dentist at 9:30"), sent);

        phone.sync();

        assertTrue("the photo reached the school through the proxy", phone.data.evidence.pending().isEmpty());
        assertEquals(0, phone.data.database.journal().countPending());
        assertTrue(phone.data.database.deliveries().rejected().isEmpty());
    }

    private static ContentResolver resolver() {
        return ApplicationProvider.<Application>getApplicationContext().getContentResolver();
    }

    private static Uri picked(byte[] content) {
        Uri uri = Uri.parse("content://media/picker/0/photo/" + content.length);
        shadowOf(resolver()).registerInputStreamSupplier(uri, () -> new ByteArrayInputStream(content));
        return uri;
    }

    /** A camera-sized photo of noise (the hardest case for JPEG), made with the JVM's encoder. */
    private static byte[] noisyJpeg(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random random = new Random(12);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    private static OfflineFirstAbsenceReportRepository reports(E2eDevice device) {
        ParentChildren children = new ParentChildren(device.data.identities, device.data.database.roster(),
                Runnable::run);
        return new OfflineFirstAbsenceReportRepository(device.data.database, device.data.schools,
                device.data.journal, children, device.data.evidence, device.data.readModels, device.data.clock);
    }
}
