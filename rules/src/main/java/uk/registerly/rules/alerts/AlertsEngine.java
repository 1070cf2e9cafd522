package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.age.CompulsorySchoolAge;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.policy.SchoolPolicy;

/**
 * The follow-up duties of the national rules (penalty threshold, N overdue, continuous
 * absence, sickness return) and the school's own (medical evidence, U-mark warning),
 * over one pupil's evaluated marks.
 */
public final class AlertsEngine {
    private final SchoolCalendar calendar;
    private final List<AlertRule> rules;

    public AlertsEngine(SchoolCalendar calendar, SchoolPolicy policy) {
        this.calendar = calendar;
        List<AlertRule> rules = new ArrayList<>();
        rules.add(new PenaltyThresholdRule());
        rules.add(new NOverdueRule());
        rules.add(new ConsecutiveDaysRule.ContinuousAbsence());
        rules.add(new SicknessReturnRule());
        if (policy.medicalEvidenceAfterDays() != null) {
            rules.add(new ConsecutiveDaysRule.MedicalEvidence(policy.medicalEvidenceAfterDays()));
        }
        if (policy.lateMarksWarning() != null) {
            rules.add(new UMarksWarningRule(policy.lateMarksWarning()));
        }
        this.rules = Collections.unmodifiableList(rules);
    }

    /**
     * @param age null when the date of birth is unknown: the pupil is then treated as of
     *     compulsory school age, so no penalty alert is missed
     * @param marks the pupil's marks of sessions up to {@code asOf}
     * @return alerts dated on or before {@code asOf}, in {@link Alert#ORDER}
     */
    public List<Alert> alertsFor(String pupil, CompulsorySchoolAge age, List<EffectiveMark> marks, LocalDate asOf) {
        return assess(pupil, age, marks, asOf).alerts();
    }

    /** As {@link #alertsFor}, with the penalty window's count as of {@code asOf}. */
    public PupilAlerts assess(String pupil, CompulsorySchoolAge age, List<EffectiveMark> marks, LocalDate asOf) {
        PupilSchoolDays days = new PupilSchoolDays(pupil, calendar, age, marks, asOf);
        List<Alert> alerts = new ArrayList<>();
        for (AlertRule rule : rules) {
            rule.detect(days, alerts);
        }
        alerts.sort(Alert.ORDER);
        return new PupilAlerts(alerts, days.penaltyWindow().sessionsAsOf(), PenaltyWindowHistory.of(days));
    }
}
