package uk.registerly.rules.rollcall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;

class OnSiteListTest {
    static final String DAY = "2026-11-18";
    static final OnSiteList LIST = new OnSiteList(AutumnTerm.POLICY);

    static Pupil pupil(String id) {
        return new Pupil(id, "5", null);
    }

    static EarlyDeparture out(String pupil, String time) {
        return new EarlyDeparture(Facts.newId(), pupil, Facts.at(DAY, time), DepartureReason.MEDICAL_APPOINTMENT,
                Collector.guardian("g"), null, true, "A Clerk, Office");
    }

    @Test
    void presentLateArrivedMinusSignedOutPlusUnmarked() {
        List<Pupil> pupils = Arrays.asList(pupil("present"), pupil("late"), pupil("gate"), pupil("absent"),
                pupil("out"), pupil("back"), pupil("nomark"), pupil("withdrawn"));
        AttendanceFact wrongCard = Facts.arrival("withdrawn", DAY, "09:30");
        List<AttendanceFact> facts = new ArrayList<>(Arrays.asList(
                Facts.mark("present", DAY, AM, "/", "08:45"),
                Facts.mark("late", DAY, AM, "L", "08:55"),
                Facts.mark("gate", DAY, AM, "N", "08:45"), Facts.arrival("gate", DAY, "09:40"),
                Facts.mark("absent", DAY, AM, "I", "08:45"),
                Facts.mark("out", DAY, AM, "/", "08:45"),
                Facts.mark("back", DAY, AM, "/", "08:45"),
                Facts.mark("withdrawn", DAY, AM, "N", "08:45"), wrongCard, Facts.withdrawal(wrongCard, "09:31"),
                // recorded after the roll call's time: not yet known
                Facts.mark("nomark", DAY, AM, "/", "11:30")));
        List<EarlyDeparture> departures = Arrays.asList(out("out", "10:30"), out("back", "10:00"));
        List<PupilReturn> returns = Arrays.asList(new PupilReturn("r", "back", Facts.at(DAY, "10:45")));
        List<OnSiteEntry> list = LIST.compute(pupils, facts, departures, returns, Facts.at(DAY, "11:00"));
        assertEquals(Arrays.asList(SiteStatus.ON_SITE, SiteStatus.ON_SITE, SiteStatus.ON_SITE, SiteStatus.ABSENT,
                SiteStatus.SIGNED_OUT, SiteStatus.ON_SITE, SiteStatus.NO_MARK, SiteStatus.ABSENT), statuses(list));
        assertEquals("present at the AM register", list.get(0).why());
        assertEquals("late at the AM register", list.get(1).why());
        assertEquals("arrived at the gate 09:40", list.get(2).why());
        assertEquals("signed out 10:30 \u2014 medical appointment", list.get(4).why());
        assertEquals("returned 10:45", list.get(5).why());
        assertEquals("no mark yet today", list.get(6).why());
    }

    @Test
    void theLatestRegisterDecides() {
        List<AttendanceFact> facts = Arrays.asList(Facts.mark("a", DAY, AM, "/", "08:45"),
                Facts.mark("a", DAY, PM, "M", "13:32"), Facts.mark("b", DAY, AM, "N", "08:45"),
                Facts.mark("b", DAY, PM, "\\", "13:32"));
        List<OnSiteEntry> list = LIST.compute(Arrays.asList(pupil("a"), pupil("b")), facts,
                new ArrayList<EarlyDeparture>(), new ArrayList<PupilReturn>(), Facts.at(DAY, "14:00"));
        assertEquals(Arrays.asList(SiteStatus.ABSENT, SiteStatus.ON_SITE), statuses(list));
        assertEquals("present at the PM register", list.get(1).why());
    }

    static List<SiteStatus> statuses(List<OnSiteEntry> list) {
        List<SiteStatus> out = new ArrayList<>();
        for (OnSiteEntry e : list) {
            out.add(e.status());
        }
        return out;
    }
}
