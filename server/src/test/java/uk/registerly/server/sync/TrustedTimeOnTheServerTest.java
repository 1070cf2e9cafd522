package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.Json;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.SettableClock;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * The server decides by trusted time — the device's clock corrected by the offset it measured — never by
 * the tablet's wall clock (issue 12, item 1). The demo registers: present until 08:50, late until the
 * close at 09:15, U after it; the afternoon's closes at 13:20. Each test sets the server's clock to its
 * own morning and makes a school whose term surrounds it.
 */
class TrustedTimeOnTheServerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();
    private static final long ONE_DAY = Duration.ofDays(1).toMillis();

    private static SettableClock clock;
    private static RegisterlyServer server;
    private static ApiClient api;

    @BeforeAll
    static void serverWithAClockToMove() {
        clock = new SettableClock(TestServers.NOW);
        server = RegisterlyServer.start(TestServers.config().clock(clock).build());
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A school whose term surrounds {@code now} (school-local), with the server's clock at it. */
    private static DemoSchool schoolAt(LocalDateTime now) {
        clock.set(now.atZone(LONDON).toInstant());
        return server.demoSchools().create(DemoSchoolOptions.small());
    }

    private static void at(LocalDateTime now) {
        clock.set(now.atZone(LONDON).toInstant());
    }

    /**
     * An event as a device whose clock reads {@code deviceClock} (school-local) when it records it, with
     * the offset it last measured ({@code offsetMs}: server - device; null when it never synced).
     */
    private static ObjectNode recorded(ObjectNode event, LocalDateTime deviceClock, Long offsetMs) {
        event.put("deviceTime", deviceClock.atZone(LONDON).toInstant().toString());
        if (offsetMs == null) {
            event.remove("clockOffsetMs");
        } else {
            event.put("clockOffsetMs", offsetMs);
        }
        ((ObjectNode) event.get("payload")).put("at", deviceClock.toString());
        return event;
    }

    private static Response push(String token, ObjectNode... events) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(events));
    }

    private static void accepted(Response r) {
        assertEquals(200, r.status(), r.toString());
    }

    private static void rejected(Response r, String code) {
        assertEquals(422, r.status(), r.toString());
        JsonNode result = r.body().get("results").get(0);
        assertEquals("REJECTED", result.get("status").asText(), r.toString());
        assertEquals(code, result.get("code").asText(), r.toString());
    }

    private static JsonNode mark(String office, UUID pupil, LocalDate date, String session) {
        Response r = api.get("/api/v1/pupils/" + pupil + "/attendance?from=" + date + "&to=" + date, office);
        assertEquals(200, r.status(), r.toString());
        for (JsonNode mark : r.body().get("marks")) {
            if (mark.get("session").asText().equals(session)) {
                return mark;
            }
        }
        return null;
    }

    private static String codeOf(String office, UUID pupil, LocalDate date, String session) {
        JsonNode mark = mark(office, pupil, date, session);
        return mark == null ? null : mark.get("code").asText();
    }

    private static JsonNode stored(UUID id) {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                        select json_build_object('payload', payload, 'deviceAt', device_at, 'clockCheck', clock_check,
                               'trustedTime', trusted_time, 'deviceTime', device_time,
                               'deviceTimeSent', device_time_sent)::text
                        from events where id = :id""")
                .bind("id", id).mapTo(String.class).findOne().map(Json::parse).orElse(null));
    }

    private static UUID idOf(ObjectNode event) {
        return UUID.fromString(event.get("id").asText());
    }

    // ------------------------------------------------------------------ a gate 10 minutes off

    @Test
    void aGateTenMinutesSlowRecordsUAtTheServersTimeNotTheLateItsClockShows() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        DemoSchool school = schoolAt(day.atTime(9, 20));
        UUID pupil = school.classes().get(0).pupils().get(0);
        String gate = api.enrol(school.gateCode());
        String office = api.enrol(school.officeCode());
        TestEvents e = new TestEvents();
        // Its clock says 09:10 (late), the server's 09:20: after the close.
        ObjectNode arrival = recorded(e.arrival(pupil, day, 9, 10), day.atTime(9, 10), TEN_MINUTES);
        accepted(push(gate, arrival));
        assertEquals("U", codeOf(office, pupil, day, "AM"), "by the server's clock the register had closed");
        JsonNode row = stored(idOf(arrival));
        assertEquals("2026-11-18T09:20:00", row.get("payload").get("at").asText(), "stored at the trusted time");
        assertEquals("2026-11-18T09:10", row.get("deviceAt").asText(), "the device's own reading is kept");
        assertEquals("OFFSET_TOO_LARGE", row.get("clockCheck").asText(), "more than 2 minutes off: clock unverified");
        assertEquals("DUPLICATE", push(gate, arrival).body().get("results").get(0).get("status").asText(),
                "a replay of a corrected event is told by what the device sent");

        Response clocks = api.get("/api/v1/devices/clocks", office);
        assertEquals(200, clocks.status(), clocks.toString());
        JsonNode listed = clocks.body().get("events");
        assertEquals(1, listed.size(), clocks.toString());
        assertEquals(arrival.get("id").asText(), listed.get(0).get("id").asText());
        assertEquals("OFFSET_TOO_LARGE", listed.get(0).get("clockCheck").asText());
        JsonNode gateClock = deviceOf(clocks, gate);
        assertEquals(TEN_MINUTES, gateClock.get("clockOffsetMs").asLong(), "the latest offset is kept per device");
        assertFalse(gateClock.get("clockVerified").asBoolean());
        assertEquals(1, gateClock.get("unverifiedEvents").asInt());
    }

    @Test
    void aGateTenMinutesFastRecordsPresentWhereItsClockShowsLate() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        DemoSchool school = schoolAt(day.atTime(8, 50));
        UUID pupil = school.classes().get(0).pupils().get(0);
        String gate = api.enrol(school.gateCode());
        String office = api.enrol(school.officeCode());
        // Its clock says 08:55 (late), the server's 08:45: before the register's late time.
        accepted(push(gate, recorded(new TestEvents().arrival(pupil, day, 8, 55), day.atTime(8, 55), -TEN_MINUTES)));
        assertEquals("/", codeOf(office, pupil, day, "AM"));
    }

    // ------------------------------------------------------------------ a teacher's tablet a day off

    @Test
    void aTeachersTabletADayAheadCannotWriteTomorrowsRegister() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        DemoSchool school = schoolAt(day.atTime(8, 55));
        UUID pupil = school.classes().get(0).pupils().get(0);
        String teacher = api.enrol(school.teacherCode());
        LocalDate tomorrow = day.plusDays(1);
        rejected(push(teacher, recorded(new TestEvents().mark(pupil, tomorrow, "AM", "/"), tomorrow.atTime(8, 55), -ONE_DAY)),
                "date_in_future");
    }

    @Test
    void aTeachersTabletADayBehindWritesYesterdaysRegisterAfterItClosed() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        DemoSchool school = schoolAt(day.atTime(8, 55));
        UUID pupil = school.classes().get(0).pupils().get(0);
        String teacher = api.enrol(school.teacherCode());
        LocalDate yesterday = day.minusDays(1);
        // 08:55 yesterday on its clock is 08:55 today on the server's: yesterday's register closed long ago.
        rejected(push(teacher, recorded(new TestEvents().mark(pupil, yesterday, "AM", "/"), yesterday.atTime(8, 55), ONE_DAY)),
                "register_closed");
        accepted(push(teacher, recorded(new TestEvents().mark(pupil, day, "AM", "/"), day.atTime(8, 55), 0L)));
    }

    // ------------------------------------------------------------------ a device that never synced

    @Test
    void aDeviceThatNeverSyncedIsAcceptedFlaggedAndListedForTheOffice() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        DemoSchool school = schoolAt(day.atTime(9, 0));
        UUID pupil = school.classes().get(0).pupils().get(0);
        String teacher = api.enrol(school.teacherCode());
        String office = api.enrol(school.officeCode());
        ObjectNode mark = recorded(new TestEvents().mark(pupil, day, "AM", "/"), day.atTime(8, 52), null);
        accepted(push(teacher, mark));
        JsonNode row = stored(idOf(mark));
        assertEquals("OFFSET_UNKNOWN", row.get("clockCheck").asText());
        assertEquals("2026-11-18T08:52:00", row.get("payload").get("at").asText(), "its own clock, uncorrected");

        JsonNode clocks = api.get("/api/v1/devices/clocks", office).body();
        assertEquals("OFFSET_UNKNOWN", clocks.get("events").get(0).get("clockCheck").asText());
        JsonNode teacherClock = deviceOf(clocks, teacher);
        assertTrue(teacherClock.get("clockOffsetMs").isNull(), "it never reported an offset");
        assertFalse(teacherClock.get("clockVerified").asBoolean());

        at(day.atTime(13, 5));
        ObjectNode synced = recorded(new TestEvents().mark(pupil, day, "PM", "\\"), day.atTime(13, 5), 1_200L);
        accepted(push(teacher, synced));
        assertEquals("VERIFIED", stored(idOf(synced)).get("clockCheck").asText(), "within 2 minutes");
        JsonNode after = deviceOf(api.get("/api/v1/devices/clocks", office).body(), teacher);
        assertEquals(1_200, after.get("clockOffsetMs").asLong());
        assertTrue(after.get("clockVerified").asBoolean());
    }

    // ------------------------------------------------------------------ the clock changes (BST and GMT)

    @Test
    void theSpringChangeDayDecidesByLondonTimeOnEitherSide() {
        // Last Sunday of March 2027 is the 28th: Friday the 26th is GMT, Monday the 29th BST.
        bothSidesOfAChange(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));
    }

    @Test
    void theAutumnChangeDayDecidesByLondonTimeOnEitherSide() {
        // Last Sunday of October 2026 is the 25th: Friday the 23rd is BST, Monday the 26th GMT.
        bothSidesOfAChange(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 26));
    }

    private static void bothSidesOfAChange(LocalDate friday, LocalDate monday) {
        DemoSchool school = schoolAt(friday.atTime(8, 40));
        UUID early = school.classes().get(0).pupils().get(0);
        UUID late = school.classes().get(0).pupils().get(1);
        String teacher = api.enrol(school.teacherCode());
        String gate = api.enrol(school.gateCode());
        String office = api.enrol(school.officeCode());
        TestEvents e = new TestEvents();
        for (LocalDate day : new LocalDate[] {friday, monday}) {
            // A gate 15 minutes slow: its 09:05 (late) is 09:20 in London, after the close.
            at(day.atTime(9, 21));
            accepted(push(gate, recorded(e.arrival(late, day, 9, 5), day.atTime(9, 5), Duration.ofMinutes(15).toMillis())));
            assertEquals("U", codeOf(office, late, day, "AM"), day + ": " + LONDON.getRules().getOffset(
                    day.atTime(9, 20)));
            // A tablet 10 minutes fast: its 09:25 is 09:15 in London, the close itself: still an original.
            ObjectNode mark = recorded(e.mark(early, day, "AM", "/"), day.atTime(9, 25), -TEN_MINUTES);
            at(day.atTime(9, 16));
            accepted(push(teacher, mark));
            assertEquals(day + "T09:15:00", stored(idOf(mark)).get("payload").get("at").asText());
            // and one minute later by the server's clock it is closed
            at(day.atTime(9, 17));
            rejected(push(teacher, recorded(e.mark(early, day, "AM", "N"), day.atTime(9, 26), -TEN_MINUTES)),
                    "register_closed");
        }
        // Friday's afternoon register, taken offline on Friday and pushed on Monday across the change, is an original.
        ObjectNode offline = recorded(e.mark(early, friday, "PM", "\\"), friday.atTime(13, 4), 0L);
        at(monday.atTime(10, 0));
        accepted(push(teacher, offline));
        assertEquals(friday + "T13:04:00", stored(idOf(offline)).get("payload").get("at").asText());
        assertEquals("\\", codeOf(office, early, friday, "PM"));
    }

    private static JsonNode deviceOf(Response clocks, String token) {
        return deviceOf(clocks.body(), token);
    }

    /** The office's line for the device enrolled with {@code token}. */
    private static JsonNode deviceOf(JsonNode clocks, String token) {
        String id = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id::text from devices where token_hash = sha256(convert_to(:t, 'UTF8'))")
                .bind("t", token).mapTo(String.class).one());
        for (JsonNode device : clocks.get("devices")) {
            if (device.get("deviceId").asText().equals(id)) {
                return device;
            }
        }
        throw new AssertionError("no device " + id + " in " + clocks);
    }

    @Test
    void theOfficesListStartsAWeekBackAndRefusesAFutureStart() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        DemoSchool school = schoolAt(day.atTime(10, 0));
        String office = api.enrol(school.officeCode());
        Response r = api.get("/api/v1/devices/clocks", office);
        assertEquals("2026-11-11", r.text("from"));
        assertNotNull(r.body().get("devices"));
        Response future = api.get("/api/v1/devices/clocks?from=2026-11-19", office);
        assertEquals(400, future.status(), future.toString());
        assertTrue(future.text("message").contains("from"), future.toString());
    }
}
