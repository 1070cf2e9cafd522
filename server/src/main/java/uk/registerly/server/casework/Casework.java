package uk.registerly.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseAssessment;
import uk.registerly.rules.casework.CaseworkRules;
import uk.registerly.rules.casework.NextDueAction;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.server.casework.CaseworkViews.Due;
import uk.registerly.server.casework.CaseworkViews.HistoryEntry;
import uk.registerly.server.casework.CaseworkViews.LetterSummary;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.worklists.PupilNames;
import uk.registerly.server.cache.RegisterFacts;

/**
 * A school's casework, as the rules module reads it (CaseworkRules.assess): figures from the event log's
 * register facts, the case from its CASE_ACTION events, the ladder from the school's set-up (its own, once
 * saved). This class only selects and presents.
 */
public final class Casework {

    /** A guardian of a pupil, as the casework shows them (penalty notices are per parent and child). */
    public record Guardian(UUID id, String name, String relationship, String preferredLanguage) {
    }

    private Casework() {
    }

    /** The due-now worklist: one line per pupil with something due, in the rules' order (most urgent first). */
    public static CaseworkViews.Worklist worklist(Handle h, SchoolSetup setup, Instant now) {
        LocalDate today = setup.today(now);
        Map<String, RegisterFacts.PupilRow> pupils = new LinkedHashMap<>();
        List<Pupil> forRules = new ArrayList<>();
        for (RegisterFacts.PupilRow row : RegisterFacts.pupils(h, setup.id(), null, today)) {
            pupils.put(row.id().toString(), row);
            forRules.add(row.forRules());
        }
        AttendanceEvaluation evaluation = setup.evaluator().evaluate(forRules,
                RegisterFacts.facts(h, setup.id(), null), today);
        CaseworkRules rules = new CaseworkRules(setup.policy());
        List<CaseAssessment> all = rules.assessAll(evaluation, CaseActions.of(h, setup.id(), null));
        List<CaseworkViews.WorklistEntry> due = new ArrayList<>();
        for (NextDueAction next : CaseworkRules.dueNow(all)) {
            RegisterFacts.PupilRow row = pupils.get(next.pupil());
            if (row == null) {
                continue; // no longer on roll
            }
            due.add(new CaseworkViews.WorklistEntry(PupilNames.of(row), percent(next.attendanceRate()), Due.of(next)));
        }
        return new CaseworkViews.Worklist(today, setup.policy().attendanceLadder().version(), due);
    }

    /** One pupil's assessment as of today (the pupil must be of the school). */
    public static CaseAssessment assess(Handle h, SchoolSetup setup, RegisterFacts.PupilRow pupil, LocalDate asOf) {
        List<AttendanceFact> facts = RegisterFacts.facts(h, setup.id(), pupil.id());
        PupilEvaluation evaluation = setup.evaluator().evaluatePupil(pupil.forRules(), facts, asOf);
        return new CaseworkRules(setup.policy()).assess(evaluation, CaseActions.of(h, setup.id(), pupil.id()));
    }

    public static CaseworkViews.PupilCasework pupil(Handle h, SchoolSetup setup, RegisterFacts.PupilRow pupil,
                                                    Instant now) {
        LocalDate today = setup.today(now);
        CaseAssessment a = assess(h, setup, pupil, today);
        List<Due> due = new ArrayList<>();
        for (NextDueAction d : a.due()) {
            due.add(Due.of(d));
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (CaseAction action : a.history()) {
            history.add(HistoryEntry.of(action));
        }
        List<CaseworkViews.PenaltyNotices> notices = new ArrayList<>();
        for (Guardian g : guardians(h, pupil.id())) {
            notices.add(CaseworkViews.PenaltyNotices.of(g.id(), g.name(), a.penaltyNoticeOptions(g.id().toString())));
        }
        CaseworkViews.Stage current = null;
        for (CaseworkViews.Stage s : CaseworkViews.stages(a)) {
            if (s.current()) {
                current = s;
            }
        }
        return new CaseworkViews.PupilCasework(PupilNames.of(pupil), today, a.ladderVersion(),
                percent(a.attendanceRate()), current, a.stageEnteredOn(), a.isClosed(), a.reopensOn(),
                Due.of(a.nextDue()), due, Due.of(a.upcoming()), CaseworkViews.stages(a), history,
                CaseworkViews.Warning.of(a.warningWindow()), notices, letters(h, setup.id(), pupil.id(), null, setup.zone()));
    }

    public static List<Guardian> guardians(Handle h, UUID pupil) {
        return h.createQuery("""
                        select g.id, g.name, g.relationship, g.preferred_language from guardians g
                        join guardian_pupils gp on gp.guardian_id = g.id where gp.pupil_id = :pupil order by g.name, g.id""")
                .bind("pupil", pupil)
                .map(ConstructorMapper.of(Guardian.class))
                .list();
    }

    /** A stored letter's listing row. */
    public record LetterRow(UUID id, UUID caseActionId, String stage, String template, String language,
                            UUID guardianId, String guardianName, String sha256, Instant createdAt) {
    }

    /** A parent's read receipt: the LETTER_READ event's letter and school-local time. */
    public record ReadRow(String letter, String at) {
    }

    /** The letters sent about a pupil (only those whose CASE_ACTION was recorded), with the parents' read receipts. */
    public static List<LetterSummary> letters(Handle h, UUID school, UUID pupil, UUID onlyGuardians, ZoneId zone) {
        List<LetterRow> rows = h.createQuery("""
                        select l.id, l.case_action_id, l.stage, l.template, l.language, l.guardian_id, g.name as guardian_name,
                               l.sha256, l.created_at
                        from letters l left join guardians g on g.id = l.guardian_id
                        where l.school_id = :school and l.pupil_id = :pupil
                          and exists (select 1 from events e where e.id = l.case_action_id and e.type = 'CASE_ACTION')
                        order by l.created_at, l.id""")
                .bind("school", school).bind("pupil", pupil)
                .map(ConstructorMapper.of(LetterRow.class))
                .list();
        Map<UUID, List<LocalDateTime>> reads = new HashMap<>();
        h.createQuery("""
                        select payload->>'letter' as letter, payload->>'at' as at from events
                        where school_id = :school and pupil_id = :pupil and type = 'LETTER_READ' order by tx_id, position""")
                .bind("school", school).bind("pupil", pupil)
                .map(ConstructorMapper.of(ReadRow.class))
                .forEach(r -> reads.computeIfAbsent(UUID.fromString(r.letter()), k -> new ArrayList<>())
                        .add(LocalDateTime.parse(r.at())));
        List<LetterSummary> list = new ArrayList<>();
        for (LetterRow r : rows) {
            list.add(new LetterSummary(r.id(), r.caseActionId(), r.stage(), r.template(), r.language(), r.guardianId(),
                    r.guardianName(), r.sha256(), LocalDateTime.ofInstant(r.createdAt(), zone),
                    reads.getOrDefault(r.id(), List.of())));
        }
        return list;
    }

    static String percent(uk.registerly.rules.figures.Fraction rate) {
        return rate == null ? null : rate.toPercent(1);
    }
}
