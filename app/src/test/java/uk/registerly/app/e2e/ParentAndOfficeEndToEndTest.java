package uk.registerly.app.e2e;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.RejectedEvent;
import uk.registerly.app.data.evidence.EvidencePhoto;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * A parent's phone and the office against the real server (in this JVM, real HTTP): a report with
 * a photo goes up (the photo first), the office sees it and its photo, accepts it as M, and the parent's phone
 * learns the code; and a report for another family's child, refused by the app, is refused by the
 * server too if a tampered app writes it anyway.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ParentAndOfficeEndToEndTest {
    /** The server's fixed clock: Wednesday 18 November 2026, 10:30. */
    private static final Instant NOW = InProcessServer.NOW;
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final byte[] APPOINTMENT_CARD = appointmentCard();

    private final Context context = ApplicationProvider.getApplicationContext();
    private final List<RegisterlyDatabase> databases = new ArrayList<>();
    private InProcessServer.School school;

    @Before
    public void setUp() {
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
        school = InProcessServer.newSchool();
    }

    @After
    public void closeDatabases() {
        for (RegisterlyDatabase database : databases) {
            database.close();
        }
    }

    private E2eDevice device() {
        RegisterlyDatabase database = TestDatabases.inMemory(context);
        databases.add(database);
        return new E2eDevice(context, database, NOW);
    }

    /** A real (small) JPEG, made with the JVM's encoder: the office's tablet decodes what it is sent. */
    private static byte[] appointmentCard() {
        java.awt.image.BufferedImage card = new java.awt.image.BufferedImage(64, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(card, "jpg", jpeg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    private static OfflineFirstAbsenceReportRepository reports(E2eDevice device) {
        ParentChildren children = new ParentChildren(device.data.identities, device.data.database.roster(),
                Runnable::run);
        return new OfflineFirstAbsenceReportRepository(device.data.database, device.data.schools,
                device.data.journal, children, device.data.evidence, device.data.readModels, device.data.clock);
    }

    @Test
    public void aReportWithAPhotoIsAcceptedByTheOfficeAndThePhoneLearnsTheCode() throws Exception {
        E2eDevice phone = device().signInParent(school.parentCode);
        phone.sync();
        String child = school.parentChildren.get(0);
        OfflineFirstAbsenceReportRepository parentReports = reports(phone);
        JournalEventEntity report = parentReports.report(new AbsenceReportDraft(Collections.singleton(child),
                THURSDAY, THURSDAY, EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT,
                "Orthodontist at 9:30"), APPOINTMENT_CARD).get(0);
        phone.sync();
        assertTrue("the photo reached the school", phone.data.evidence.pending().isEmpty());
        assertEquals(0, phone.data.database.journal().countPending());

        E2eDevice office = device().enrol(school.officeCode);
        office.sync();
        OfflineFirstAbsenceReportRepository officeReports = reports(office);
        List<InboxItem> inbox = LiveDataValues.latest(officeReports.inbox());
        assertEquals(1, inbox.size());
        AbsenceReport received = inbox.get(0).group.first();
        assertEquals(report.id, received.id);
        assertTrue("the office sees that a photo came with it", received.evidenceId != null);
        EvidencePhoto photo = office.data.viewedEvidence(NetworkTimeouts.DEFAULT).photo(received.evidenceId);
        assertEquals(EvidencePhoto.Outcome.FOUND, photo.outcome);
        assertArrayEquals("and can look at it", APPOINTMENT_CARD, photo.image);
        assertEquals(AttendanceCode.M, inbox.get(0).group.suggestedCode());
        officeReports.accept(Collections.singletonList(received.id), AttendanceCode.M);
        office.sync();
        assertTrue(office.data.database.deliveries().rejected().isEmpty());

        phone.sync();
        AbsenceReport seen = LiveDataValues.latest(parentReports.reports()).get(0).report;
        assertEquals(AbsenceReport.Status.ACCEPTED, seen.status);
        assertEquals(AttendanceCode.M, seen.code);
    }

    @Test
    public void anotherFamilysChildIsRefusedByTheAppAndByTheServer() throws Exception {
        E2eDevice phone = device().signInParent(school.parentCode);
        phone.sync();
        String notTheirs = null;
        for (String pupil : school.pupils) {
            if (!school.parentChildren.contains(pupil)) {
                notTheirs = pupil;
            }
        }
        String stranger = notTheirs;
        assertTrue("the phone never received another family's child",
                phone.data.database.roster().pupil(stranger) == null);

        ParentRequestRefused refused = assertThrows(ParentRequestRefused.class, () -> reports(phone).report(
                new AbsenceReportDraft(Collections.singleton(stranger), THURSDAY, THURSDAY,
                        EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, null), null));
        assertEquals(ParentRequestRefused.Problem.NOT_YOUR_CHILD, refused.problem);

        // A tampered app writes it to the journal anyway: the server refuses it and nothing is stored.
        JournalEventEntity forged = phone.data.journal.append(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(
                stranger, THURSDAY, THURSDAY, EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, null, null));
        phone.sync();

        List<RejectedEvent> rejected = phone.data.database.deliveries().rejected();
        assertEquals(1, rejected.size());
        assertEquals(forged.id, rejected.get(0).event.id);
        assertTrue(rejected.get(0).reason, rejected.get(0).reason.contains("is not one of your children"));
        assertEquals(0, InProcessServer.storedCopies(forged.id));
    }
}
