package uk.registerly.app.data.reports;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * Parents report, edit and cancel absences for their own children only; the office accepts
 * duplicates once with one REASON per covered school session, or declines with a note.
 * Monday 7 September 2026, 08:52 in London.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstAbsenceReportRepositoryTest {
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);
    private static final Set<Session> BOTH = EnumSet.allOf(Session.class);

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        layer = new FollowUpDataLayer(database, Instant.parse("2026-09-07T07:52:00Z"));
    }

    @After
    public void tearDown() {
        database.close();
    }

    private FollowUpDataLayer parentOfAmaraAndDaniel() {
        return layer.parentOf(TestSchool.amaraAndDaniel());
    }

    private static AbsenceReportDraft draft(Set<String> children, LocalDate from, LocalDate to, Set<Session> sessions,
                                            AbsenceCategory category) {
        return new AbsenceReportDraft(children, from, to, sessions, category, "Temperature of 39");
    }

    @Test
    public void aReportForTwoChildrenIsEditedAndCancelledUntilTheOfficeProcessesIt() {
        parentOfAmaraAndDaniel();
        List<JournalEventEntity> sent = layer.reports.report(draft(new HashSet<>(Arrays.asList(TestSchool.AMARA,
                TestSchool.DANIEL)), MON, MON, BOTH, AbsenceCategory.ILLNESS), null);
        assertEquals(2, sent.size());
        assertEquals("sent in one go", sent.get(0).deviceSeq + 1, sent.get(1).deviceSeq);

        String amaras = sent.get(0).pupilId.equals(TestSchool.AMARA) ? sent.get(0).id : sent.get(1).id;
        String daniels = amaras.equals(sent.get(0).id) ? sent.get(1).id : sent.get(0).id;
        layer.reports.update(amaras, draft(Collections.singleton(TestSchool.AMARA), MON, MON.plusDays(1), BOTH,
                AbsenceCategory.ILLNESS), null, false);
        layer.reports.cancel(daniels);

        Map<String, ReportLine> lines = byId(LiveDataValues.latest(layer.reports.reports()));
        assertEquals(MON.plusDays(1), lines.get(amaras).report.to);
        assertEquals(AbsenceReport.Status.OPEN, lines.get(amaras).report.status);
        assertTrue("nothing has been sent yet", lines.get(amaras).unsent);
        assertEquals(AbsenceReport.Status.CANCELLED, lines.get(daniels).report.status);

        // The office accepts Amara's report; the phone learns it from a pull.
        layer.pulled.add(EventType.ABSENCE_REPORT_PROCESSED,
                EventPayloads.absenceReportAccepted(TestSchool.AMARA, amaras, AttendanceCode.I),
                LocalDateTime.of(2026, 9, 7, 9, 30));
        assertEquals(AttendanceCode.I, byId(LiveDataValues.latest(layer.reports.reports())).get(amaras).report.code);
        ParentRequestRefused closed = assertThrows(ParentRequestRefused.class, () -> layer.reports.cancel(amaras));
        assertEquals(ParentRequestRefused.Problem.REPORT_CLOSED, closed.problem);
        assertThrows(ParentRequestRefused.class, () -> layer.reports.cancel(daniels));
    }

    @Test
    public void aParentNeverSeesNorReportsForAnotherFamilysChild() {
        parentOfAmaraAndDaniel();
        // Whatever reached the roster cache (Finn is another family's child), and a report about
        // him that should never have been pulled:
        layer.pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.FINN, MON, MON, BOTH,
                AbsenceCategory.ILLNESS, "not yours", null), LocalDateTime.of(2026, 9, 7, 8, 0));
        int before = database.journal().countPending();

        List<RosterPupil> children = LiveDataValues.latest(layer.children.observe());
        ParentRequestRefused refused = assertThrows(ParentRequestRefused.class, () -> layer.reports.report(
                draft(Collections.singleton(TestSchool.FINN), MON, MON, BOTH, AbsenceCategory.ILLNESS), null));
        ParentRequestRefused mixed = assertThrows(ParentRequestRefused.class, () -> layer.reports.report(
                draft(new HashSet<>(Arrays.asList(TestSchool.AMARA, TestSchool.FINN)), MON, MON, BOTH,
                        AbsenceCategory.ILLNESS), null));

        assertEquals(Arrays.asList("Okafor", "Singh"), Arrays.asList(children.get(0).lastName,
                children.get(1).lastName));
        assertEquals(2, children.size());
        assertTrue(LiveDataValues.latest(layer.reports.reports()).isEmpty());
        assertEquals(ParentRequestRefused.Problem.NOT_YOUR_CHILD, refused.problem);
        assertTrue(refused.getMessage(), refused.getMessage().contains("not linked to your account"));
        assertEquals(ParentRequestRefused.Problem.NOT_YOUR_CHILD, mixed.problem);
        assertEquals("nothing was written, not even Amara's half", before, database.journal().countPending());
    }

    @Test
    public void impossibleReportsAreRefusedWithTheirProblem() {
        parentOfAmaraAndDaniel();
        Set<String> amara = Collections.singleton(TestSchool.AMARA);

        assertProblem(ParentRequestRefused.Problem.DATES_REVERSED, draft(amara, MON, MON.minusDays(1), BOTH,
                AbsenceCategory.ILLNESS));
        assertProblem(ParentRequestRefused.Problem.REPORT_TOO_LONG, draft(amara, MON, MON.plusDays(31), BOTH,
                AbsenceCategory.ILLNESS));
        assertProblem(ParentRequestRefused.Problem.NO_SESSIONS, draft(amara, MON, MON,
                EnumSet.noneOf(Session.class), AbsenceCategory.ILLNESS));
        assertProblem(ParentRequestRefused.Problem.NO_SCHOOL_SESSIONS, draft(amara, MON.minusDays(2),
                MON.minusDays(1), BOTH, AbsenceCategory.ILLNESS));
        assertProblem(ParentRequestRefused.Problem.NO_CHILD, draft(Collections.<String>emptySet(), MON, MON, BOTH,
                AbsenceCategory.ILLNESS));
        assertEquals(0, database.journal().countPending());
    }

    private void assertProblem(ParentRequestRefused.Problem problem, AbsenceReportDraft draft) {
        ParentRequestRefused refused = assertThrows(ParentRequestRefused.class, () -> layer.reports.report(draft, null));
        assertEquals(refused.getMessage(), problem, refused.problem);
    }

    @Test
    public void aPhotoIsKeptEncryptedUntilUploadAndTheReportNamesIt() throws Exception {
        parentOfAmaraAndDaniel();
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'J', 'F', 'I', 'F', 'c', 'a', 'r', 'd'};

        JournalEventEntity report = layer.reports.report(draft(Collections.singleton(TestSchool.AMARA), MON,
                MON, EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT), photo).get(0);

        JsonObject payload = JsonParser.parseString(report.payload).getAsJsonObject();
        String evidence = payload.get("evidence").getAsString();
        assertEquals(Collections.singletonList(evidence), layer.evidence.pending());
        assertArrayEquals(photo, layer.evidence.read(evidence).jpeg);
        assertEquals(TestSchool.AMARA, layer.evidence.read(evidence).pupilId);
        byte[] onDisk = java.nio.file.Files.readAllBytes(layer.evidence.fileOf(evidence).toPath());
        assertFalse("the photo is not readable on disk", new String(onDisk, "ISO-8859-1").contains("JFIF"));
    }

    @Test
    public void theOfficeAcceptsDuplicatesOnceWithAReasonPerCoveredSchoolSession() {
        layer.office();
        // Mum reports Friday to Monday; Dad reports Monday morning: the same absence.
        JournalEventEntity mum = layer.pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(
                TestSchool.ELSIE, MON.minusDays(3), MON, BOTH, AbsenceCategory.ILLNESS, "Flu", null),
                LocalDateTime.of(2026, 9, 4, 7, 30));
        JournalEventEntity dad = layer.pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(
                TestSchool.ELSIE, MON, MON, EnumSet.of(Session.AM), AbsenceCategory.ILLNESS, null, null),
                LocalDateTime.of(2026, 9, 7, 7, 45));
        layer.pulled.mark(TestSchool.ELSIE, MON, Session.AM, AttendanceCode.N);

        List<InboxItem> inbox = LiveDataValues.latest(layer.reports.inbox());
        assertEquals(1, inbox.size());
        assertEquals(Arrays.asList(mum.id, dad.id), Arrays.asList(inbox.get(0).group.reports.get(0).id,
                inbox.get(0).group.reports.get(1).id));
        assertEquals(AttendanceCode.I, inbox.get(0).group.suggestedCode());

        List<JournalEventEntity> written = layer.reports.accept(Arrays.asList(mum.id, dad.id), AttendanceCode.I);

        assertEquals(Arrays.asList("ABSENCE_REPORT_PROCESSED", "ABSENCE_REPORT_PROCESSED", "REASON", "REASON",
                "REASON", "REASON"), types(written));
        // Friday AM and PM, Monday AM and PM: the weekend is not a school session.
        assertEquals(Arrays.asList("2026-09-04", "2026-09-04", "2026-09-07", "2026-09-07"),
                Arrays.asList(written.get(2).factDate, written.get(3).factDate, written.get(4).factDate,
                        written.get(5).factDate));
        for (JournalEventEntity reason : written.subList(2, 6)) {
            assertEquals("each reason names the first report covering it", mum.id, reason.refId);
        }
        assertTrue(LiveDataValues.latest(layer.reports.inbox()).isEmpty());
        PupilEvaluation record = LiveDataValues.latest(layer.data.records.pupilRecord(TestSchool.ELSIE));
        EffectiveMark monday = record.marks().get(record.marks().size() - 1);
        assertEquals("the teacher's N became I", AttendanceCode.I, monday.code());
    }

    @Test
    public void aDeclineNeedsANoteAndClosesTheReport() {
        layer.office();
        JournalEventEntity report = layer.pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(
                TestSchool.ELSIE, MON, MON, BOTH, AbsenceCategory.OTHER, "Birthday", null),
                LocalDateTime.of(2026, 9, 7, 7, 30));

        assertThrows(NotRecordableException.class, () -> layer.reports.decline(
                Collections.singletonList(report.id), "  "));
        layer.reports.decline(Collections.singletonList(report.id), "A birthday is not a reason for absence.");

        assertTrue(LiveDataValues.latest(layer.reports.inbox()).isEmpty());
        assertThrows(NotRecordableException.class, () -> layer.reports.accept(
                Collections.singletonList(report.id), AttendanceCode.I));
    }

    private static Map<String, ReportLine> byId(List<ReportLine> lines) {
        Map<String, ReportLine> byId = new HashMap<>();
        for (ReportLine line : lines) {
            byId.put(line.report.id, line);
        }
        return byId;
    }

    private static List<String> types(List<JournalEventEntity> events) {
        String[] types = new String[events.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = events.get(i).type;
        }
        return Arrays.asList(types);
    }
}
