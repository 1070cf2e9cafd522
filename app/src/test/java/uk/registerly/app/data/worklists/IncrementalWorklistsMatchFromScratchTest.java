package uk.registerly.app.data.worklists;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;

/**
 * The office's incremental worklists against a from-scratch evaluation of the whole journal
 * ({@code AttendanceRecordsRepository.schoolEvaluation()} sorted by {@link OfficeWorklists#build}),
 * after each of many rounds of random marks, reasons, amendments, gate arrivals and their
 * withdrawals, server rejections and roster changes; and a new fact re-evaluates its pupil alone.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class IncrementalWorklistsMatchFromScratchTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 15);
    private static final AttendanceCode[] CODES = {AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM,
            AttendanceCode.N, AttendanceCode.N, AttendanceCode.O, AttendanceCode.I, AttendanceCode.M, AttendanceCode.G,
            AttendanceCode.U, AttendanceCode.L, AttendanceCode.C};

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;
    private IncrementalWorklists incremental;
    private final List<String> pupils = new ArrayList<>();
    private final List<JournalEventEntity> written = new ArrayList<>();
    private final List<JournalEventEntity> arrivals = new ArrayList<>();

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        // Friday 16 October, 12:00 in London.
        layer = new FollowUpDataLayer(database, Instant.parse("2026-10-16T11:00:00Z")).office();
        incremental = new IncrementalWorklists(database, layer.data.schools, layer.data.clock);
        Collections.addAll(pupils, TestSchool.AMARA, TestSchool.DANIEL, TestSchool.ELSIE, TestSchool.FINN);
        for (int i = 0; i < 8; i++) {
            String id = String.format("5%07d-0000-4000-8000-%012d", i, i);
            layer.data.rosterChanges.apply("PUPIL", TestSchool.pupil(id, "P1" + i, "Pupil" + i, i % 3 == 0 ? "Same" : "Name" + i,
                    i % 2 == 0 ? "3" : "4", i % 2 == 0 ? TestSchool.CLASS_3A : TestSchool.CLASS_4A));
            pupils.add(id);
        }
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void afterEveryRandomRoundTheIncrementalListsEqualAFromScratchEvaluation() {
        Random random = new Random(19);
        // A term's background first: mostly present, so the figures are real figures.
        for (String pupil : pupils) {
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5 && random.nextInt(4) > 0) {
                    written.add(layer.pulled.mark(pupil, day, Session.AM, random.nextInt(6) == 0
                            ? AttendanceCode.N : AttendanceCode.PRESENT_AM));
                }
            }
        }
        assertSameAsFromScratch("the first build");
        for (int round = 1; round <= 25; round++) {
            int changes = 1 + random.nextInt(6);
            for (int i = 0; i < changes; i++) {
                randomChange(random);
            }
            assertSameAsFromScratch("round " + round);
        }
    }

    @Test
    public void aNewFactReEvaluatesItsPupilAlone() {
        layer.pulled.markDays(TestSchool.DANIEL, FIRST_DAY, LAST_DAY, AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM);
        incremental.advance();
        assertEquals(pupils.size(), incremental.pupilsEvaluatedLastAdvance());

        layer.pulled.mark(TestSchool.AMARA, LAST_DAY, Session.AM, AttendanceCode.N);
        assertNotNull(incremental.advance());
        assertEquals(1, incremental.pupilsEvaluatedLastAdvance());

        database.deliveries().rejected(Collections.singletonList(new RejectedEventEntity(
                layer.pulled.mark(TestSchool.FINN, LAST_DAY, Session.PM, AttendanceCode.O).id, "test", 0L)));
        incremental.advance();
        assertEquals(1, incremental.pupilsEvaluatedLastAdvance());

        incremental.advance();
        assertEquals(0, incremental.pupilsEvaluatedLastAdvance());
        assertSameAsFromScratch("after single facts");
    }

    private void randomChange(Random random) {
        String pupil = pupils.get(random.nextInt(pupils.size()));
        LocalDate day = randomSchoolDay(random);
        Session session = random.nextBoolean() ? Session.AM : Session.PM;
        AttendanceCode code = CODES[random.nextInt(CODES.length)];
        LocalDateTime later = LAST_DAY.atTime(10, random.nextInt(60));
        switch (random.nextInt(7)) {
            case 0:
            case 1:
                written.add(layer.pulled.mark(pupil, day, session, code));
                break;
            case 2:
                written.add(layer.pulled.add(EventType.REASON,
                        EventPayloads.reason(pupil, day, session, code, later, null), later));
                break;
            case 3:
                written.add(layer.pulled.add(EventType.AMENDMENT, EventPayloads.amendment(pupil, day, session, code, later,
                        "register taken wrongly", TestSchool.OFFICE_SIGNATURE), later));
                break;
            case 4:
                LocalDateTime at = day.atTime(8, 40).plusMinutes(random.nextInt(50));
                JournalEventEntity arrival = layer.pulled.add(EventType.ARRIVAL, EventPayloads.arrival(pupil, at), at);
                arrivals.add(arrival);
                written.add(arrival);
                break;
            case 5:
                if (!arrivals.isEmpty()) {
                    JournalEventEntity undone = arrivals.get(random.nextInt(arrivals.size()));
                    LocalDateTime when = LocalDateTime.parse(com.google.gson.JsonParser.parseString(undone.payload)
                            .getAsJsonObject().get("at").getAsString()).plusMinutes(2);
                    // Sometimes a withdrawal naming another pupil's arrival: the rules ignore it.
                    String of = random.nextInt(4) == 0 ? pupil : undone.pupilId;
                    written.add(layer.pulled.add(EventType.ARRIVAL_WITHDRAWN,
                            EventPayloads.arrivalWithdrawn(of, undone.id, when, "wrong card"), when));
                }
                break;
            default:
                if (random.nextBoolean() && !written.isEmpty()) {
                    JournalEventEntity refused = written.get(random.nextInt(written.size()));
                    database.deliveries().rejected(Collections.singletonList(
                            new RejectedEventEntity(refused.id, "refused in the test", 0L)));
                } else {
                    int n = pupils.indexOf(pupil);
                    layer.data.rosterChanges.apply("PUPIL", TestSchool.pupil(pupil, "P9" + n, "Renamed" + n,
                            "Moved" + random.nextInt(3), random.nextBoolean() ? "3" : "4", TestSchool.CLASS_4A));
                }
        }
    }

    private static LocalDate randomSchoolDay(Random random) {
        LocalDate day;
        do {
            day = FIRST_DAY.plusDays(random.nextInt(44));
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        return day;
    }

    private void assertSameAsFromScratch(String when) {
        SchoolWorklists advanced = incremental.advance();
        AttendanceEvaluation scratch = LiveDataValues.latest(layer.data.records.schoolEvaluation());
        List<RosterPupil> roster = LiveDataValues.latest(layer.data.roster.pupils());
        assertEquals(when, describe(OfficeWorklists.build(scratch, roster)), describe(advanced.lists));
        SchoolTotals totals = SchoolTotals.NONE;
        for (PupilEvaluation pupil : scratch.pupils()) {
            totals = totals.plus(pupil.figures());
        }
        assertEquals(when, totals, advanced.totals);
        assertEquals(when, scratch.asOf(), advanced.asOf);
    }

    private static String describe(Map<Worklist, List<WorklistEntry>> lists) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Worklist, List<WorklistEntry>> list : lists.entrySet()) {
            text.append(list.getKey()).append(":\n");
            for (WorklistEntry e : list.getValue()) {
                text.append("  ").append(e.pupil.id).append(' ').append(e.pupil.firstName).append(' ')
                        .append(e.pupil.lastName).append(' ').append(e.pupil.yearGroup).append(' ').append(e.date)
                        .append(' ').append(e.sessionDate).append(' ').append(e.session).append(' ').append(e.sessions)
                        .append(' ').append(e.rate).append('\n');
            }
        }
        return text.toString();
    }
}
