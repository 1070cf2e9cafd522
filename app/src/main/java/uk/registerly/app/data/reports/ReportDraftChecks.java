package uk.registerly.app.data.reports;

import java.time.temporal.ChronoUnit;

import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;

/** What a parent's report must be before it is written: their child, dates in order, at most 31 days, school sessions. */
final class ReportDraftChecks {
    private final ParentChildren children;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;

    ReportDraftChecks(ParentChildren children, RosterDao roster, SchoolRulesLookup schools) {
        this.children = children;
        this.roster = roster;
        this.schools = schools;
    }

    /** @throws ParentRequestRefused with the problem the parent's screen words */
    void check(String child, AbsenceReportDraft draft) {
        children.require(child);
        if (draft.to.isBefore(draft.from)) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.DATES_REVERSED,
                    "The last day of the absence is before the first.");
        }
        if (ChronoUnit.DAYS.between(draft.from, draft.to) + 1 > AbsenceReportRepository.MAX_REPORT_DAYS) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.REPORT_TOO_LONG,
                    "A report covers at most " + AbsenceReportRepository.MAX_REPORT_DAYS
                            + " days; send another for the rest.");
        }
        if (draft.sessions.isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_SESSIONS,
                    "Choose the morning, the afternoon or both.");
        }
        PupilEntity pupil = roster.pupil(child);
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        if (rules == null) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.CALENDAR_MISSING,
                    "The school's calendar has not reached this phone yet: connect to the internet once.");
        }
        if (rules.schoolSessions(draft.from, draft.to, draft.sessions).isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_SCHOOL_SESSIONS,
                    "There is no school on those days.");
        }
    }
}
