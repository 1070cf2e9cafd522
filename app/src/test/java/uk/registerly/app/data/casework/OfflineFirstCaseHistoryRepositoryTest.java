package uk.registerly.app.data.casework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.SignedInStaff;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.casework.DueKind;
import uk.registerly.rules.casework.NextDueAction;
import uk.registerly.rules.casework.OutcomeKind;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.ladder.StageAction;

/**
 * Issue 16 on the office tablet, offline: Daniel misses every Monday morning (90% attendance, below Millbrook's
 * stage 1 threshold of 92%); the office records the class teacher's chat as a CASE_ACTION in the journal, signed by
 * whoever is signed in, and the pupil's case (CaseworkRules over the journal) moves to stage 1. Nothing is written
 * for a form the server would refuse, and only the office may record one.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstCaseHistoryRepositoryTest {
    /** Friday 2 October 2026, 11:00 at the school. */
    private static final Instant NOW = Instant.parse("2026-10-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 2);

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;
    private OfflineFirstCaseHistoryRepository cases;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        layer = new FollowUpDataLayer(database, NOW).office();
        for (LocalDate day = LocalDate.of(2026, 9, 3); !day.isAfter(TODAY.minusDays(1)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                boolean monday = day.getDayOfWeek().getValue() == 1;
                layer.pulled.mark(TestSchool.DANIEL, day, uk.registerly.rules.calendar.Session.AM,
                        monday ? AttendanceCode.O : AttendanceCode.PRESENT_AM);
                layer.pulled.mark(TestSchool.DANIEL, day, uk.registerly.rules.calendar.Session.PM,
                        AttendanceCode.PRESENT_PM);
            }
        }
        cases = layer.data.caseHistory();
    }

    @After
    public void tearDown() {
        database.close();
    }

    private static StageAction chat(PupilCase pupilCase) {
        return stage(pupilCase, "STAGE_1").actions().get(0);
    }

    private static LadderStage stage(PupilCase pupilCase, String id) {
        for (LadderStage stage : pupilCase.stages) {
            if (stage.id().equals(id)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + id);
    }

    @Test
    public void stageOneIsDueThenTheRecordedChatPutsTheCaseAtStageOneAndWaitsInTheOutbox() {
        PupilCase before = LiveDataValues.latest(cases.pupilCase(TestSchool.DANIEL));
        assertNull("no action yet", before.currentStage());
        NextDueAction due = before.nextDue();
        assertNotNull("below 92%: the rules say stage 1 is due", due);
        assertEquals("STAGE_1", due.stage().id());
        assertTrue(due.isDueNow());
        assertTrue(before.historyNewestFirst().isEmpty());

        JournalEventEntity written = cases.record(new CaseActionDraft(TestSchool.DANIEL, "STAGE_1", chat(before),
                OutcomeKind.DONE, null, "Mum says Monday mornings are hard; agreed weekly check-ins",
                TODAY.plusDays(14)));

        assertEquals(EventType.CASE_ACTION.name(), written.type);
        assertEquals(JournalEventEntity.LOCAL, written.origin);
        assertEquals("waits for the normal push", 1, database.journal().countPending());
        assertEquals(TestSchool.DANIEL, written.pupilId);
        assertEquals("2026-10-02", written.factDate);
        JsonObject payload = JsonParser.parseString(written.payload).getAsJsonObject();
        assertEquals(TestSchool.DANIEL, payload.get("pupil").getAsString());
        assertEquals("STAGE_1", payload.get("stage").getAsString());
        assertEquals("MEETING", payload.getAsJsonObject("action").get("type").getAsString());
        assertEquals("the tablet's staff member signs it", "Rita Anand",
                payload.getAsJsonObject("by").get("name").getAsString());
        assertEquals("Attendance Officer", payload.getAsJsonObject("by").get("position").getAsString());
        assertEquals("2026-10-02T11:00", payload.get("at").getAsString());
        assertEquals("DONE", payload.get("outcome").getAsString());
        assertEquals("2026-10-16", payload.get("nextReview").getAsString());
        assertTrue(payload.get("notes").getAsString().startsWith("Mum says"));

        PupilCase after = LiveDataValues.latest(cases.pupilCase(TestSchool.DANIEL));
        assertEquals("STAGE_1", after.currentStage().id());
        assertEquals(1, after.historyNewestFirst().size());
        assertEquals(written.id, after.historyNewestFirst().get(0).id());
        NextDueAction next = after.nextDue();
        assertNotNull("the stage's review is what comes next", next);
        assertEquals(DueKind.REVIEW, next.kind());
        assertEquals(LocalDate.of(2026, 10, 16), next.dueOn());
        assertFalse("not before the review date", next.isDueNow());
    }

    @Test
    public void theStaffMemberSignedInSignsTheAction() {
        layer.data.staff.signIn(new SignedInStaff("5aff0000-0000-4000-8000-000000000031", "Sam Lee", "Deputy Head"),
                layer.data.clock.millis());
        PupilCase pupilCase = LiveDataValues.latest(cases.pupilCase(TestSchool.DANIEL));

        JournalEventEntity written = cases.record(new CaseActionDraft(TestSchool.DANIEL, "STAGE_1",
                StageAction.review("Reviewed"), OutcomeKind.CUSTOM, "Improving, keep monitoring", null, null));

        JsonObject by = JsonParser.parseString(written.payload).getAsJsonObject().getAsJsonObject("by");
        assertEquals("Sam Lee", by.get("name").getAsString());
        assertEquals("Deputy Head", by.get("position").getAsString());
        assertEquals("5aff0000-0000-4000-8000-000000000031", written.staffId);
        assertEquals("Improving, keep monitoring",
                JsonParser.parseString(written.payload).getAsJsonObject().get("outcomeText").getAsString());
        assertEquals(ActionType.MEETING, chat(pupilCase).type());
    }

    @Test
    public void aFormTheServerWouldRefuseSaysEveryProblemAndWritesNothing() {
        PupilCase pupilCase = LiveDataValues.latest(cases.pupilCase(TestSchool.DANIEL));
        StageAction contract = stage(pupilCase, "STAGE_4").actions().get(0);

        NotRecordableException empty = assertThrows(NotRecordableException.class, () -> cases.record(
                new CaseActionDraft(TestSchool.DANIEL, null, null, null, null, null, null)));
        assertTrue(empty.getMessage(), empty.getMessage().contains("Choose the stage"));
        assertTrue(empty.getMessage(), empty.getMessage().contains("Choose what was done"));
        assertTrue(empty.getMessage(), empty.getMessage().contains("Choose the outcome"));

        NotRecordableException wrongAction = assertThrows(NotRecordableException.class, () -> cases.record(
                new CaseActionDraft(TestSchool.DANIEL, "STAGE_1", contract, OutcomeKind.DONE, null, null, null)));
        assertTrue(wrongAction.getMessage(), wrongAction.getMessage().contains("not one of the stage's"));

        NotRecordableException noWords = assertThrows(NotRecordableException.class, () -> cases.record(
                new CaseActionDraft(TestSchool.DANIEL, "STAGE_1", chat(pupilCase), OutcomeKind.CUSTOM, " ", null,
                        null)));
        assertTrue(noWords.getMessage(), noWords.getMessage().contains("what the outcome was"));

        NotRecordableException past = assertThrows(NotRecordableException.class, () -> cases.record(
                new CaseActionDraft(TestSchool.DANIEL, "STAGE_1", chat(pupilCase), OutcomeKind.DONE, null, null,
                        TODAY.minusDays(1))));
        assertTrue(past.getMessage(), past.getMessage().contains("before today"));

        NotRecordableException unknownStage = assertThrows(NotRecordableException.class, () -> cases.record(
                new CaseActionDraft(TestSchool.DANIEL, "STAGE_9", chat(pupilCase), OutcomeKind.DONE, null, null,
                        null)));
        assertTrue(unknownStage.getMessage(), unknownStage.getMessage().contains("not on the school's ladder"));

        assertEquals("nothing written", 0, database.journal().countPending());
    }

    @Test
    public void aTeachersTabletCannotRecordACaseAction() {
        TestDataLayer teacher = new TestDataLayer(database, NOW).enrolledAs(DeviceIdentity.Role.TEACHER);
        PupilCase pupilCase = LiveDataValues.latest(cases.pupilCase(TestSchool.DANIEL));

        NotRecordableException refused = assertThrows(NotRecordableException.class, () -> teacher.caseHistory()
                .record(new CaseActionDraft(TestSchool.DANIEL, "STAGE_1", chat(pupilCase), OutcomeKind.DONE, null,
                        null, null)));

        assertTrue(refused.getMessage(), refused.getMessage().contains("CASE_ACTION"));
        assertEquals(0, database.journal().countPending());
    }
}
