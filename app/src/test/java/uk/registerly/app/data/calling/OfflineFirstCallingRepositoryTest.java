package uk.registerly.app.data.calling;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.lifecycle.MutableLiveData;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** First-day calling on Monday 7 September 2026 (AM register closes 09:15, PM at 13:20). */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstCallingRepositoryTest {
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        layer = new FollowUpDataLayer(database, Instant.parse("2026-09-07T07:52:00Z")).office();
        layer.data.rosterChanges.apply("GUARDIAN", JsonParser.parseString("{\"id\":\"g1\",\"name\":\"Grace Singh\","
                + "\"relationship\":\"Mother\",\"phone\":\"07700 900123\",\"pupilIds\":[\"" + TestSchool.DANIEL
                + "\"]}").getAsJsonObject());
        layer.data.rosterChanges.apply("GUARDIAN", JsonParser.parseString("{\"id\":\"g2\",\"name\":\"Harj Singh\","
                + "\"relationship\":\"Father\",\"phone\":\"07700 900456\",\"pupilIds\":[\"" + TestSchool.DANIEL
                + "\"]}").getAsJsonObject());
        layer.pulled.mark(TestSchool.DANIEL, MON, Session.AM, AttendanceCode.N);
        layer.pulled.mark(TestSchool.AMARA, MON, Session.AM, AttendanceCode.PRESENT_AM);
    }

    @After
    public void tearDown() {
        database.close();
    }

    private List<CallRow> listAt(String instant) {
        layer.data.clock.set(Instant.parse(instant));
        tick.setValue(tick.getValue() + 1);
        return LiveDataValues.latest(layer.calling.callingList(tick));
    }

    @Test
    public void nobodyIsCalledBeforeTheRegisterClosesAndAnNPupilIsCalledAfter() {
        assertTrue("08:52: Daniel may still arrive", listAt("2026-09-07T07:52:00Z").isEmpty());

        List<CallRow> at0930 = listAt("2026-09-07T08:30:00Z");

        assertEquals(1, at0930.size());
        CallRow daniel = at0930.get(0);
        assertEquals(TestSchool.DANIEL, daniel.pupil.id);
        assertEquals(Arrays.asList(SchoolSession.of(MON, Session.AM)), daniel.unexplained);
        assertEquals("a reason now explains the afternoon too",
                Arrays.asList(SchoolSession.of(MON, Session.AM), SchoolSession.of(MON, Session.PM)), daniel.toExplain);
        assertEquals("Grace Singh", daniel.nextContact.name);
        assertEquals("07700 900123", daniel.contacts.get(0).phone);
    }

    @Test
    public void noAnswerMovesToTheNextContactThenToAHomeVisit() {
        CallRow daniel = listAt("2026-09-07T08:30:00Z").get(0);
        JournalEventEntity first = layer.calling.recordCall(TestSchool.DANIEL, ContactOutcome.NO_ANSWER,
                daniel.nextContact);
        assertTrue(first.payload, first.payload.contains("\"note\":\"Grace Singh (Mother)\""));

        daniel = listAt("2026-09-07T08:35:00Z").get(0);
        assertEquals("Harj Singh", daniel.nextContact.name);
        layer.calling.recordCall(TestSchool.DANIEL, ContactOutcome.MESSAGE_LEFT, daniel.nextContact);

        daniel = listAt("2026-09-07T08:40:00Z").get(0);
        assertNull(daniel.nextContact);
        assertTrue(daniel.allContactsTried());
        layer.calling.recordCall(TestSchool.DANIEL, ContactOutcome.HOME_VISIT_FLAGGED, null);
        assertTrue(listAt("2026-09-07T08:41:00Z").get(0).homeVisitFlagged);
        assertEquals(3, listAt("2026-09-07T08:41:00Z").get(0).attempts.size());
    }

    @Test
    public void aReasonGivenOnThePhoneExplainsTheDayAndTakesThePupilOffTheList() {
        CallRow daniel = listAt("2026-09-07T08:30:00Z").get(0);

        List<JournalEventEntity> written = layer.calling.recordReasonGiven(TestSchool.DANIEL, AttendanceCode.I,
                daniel.nextContact, daniel.toExplain);

        assertEquals(Arrays.asList("CONTACT_ATTEMPT", "REASON", "REASON"),
                Arrays.asList(written.get(0).type, written.get(1).type, written.get(2).type));
        assertTrue(written.get(0).payload.contains("\"outcome\":\"REACHED\""));
        assertTrue(listAt("2026-09-07T08:31:00Z").isEmpty());
        assertEquals(AttendanceCode.I, LiveDataValues.latest(layer.data.register.register(TestSchool.CLASS_3A, MON,
                Session.AM)).get(2).mark.code());
    }
}
