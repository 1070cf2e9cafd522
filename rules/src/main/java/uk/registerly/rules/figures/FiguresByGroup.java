package uk.registerly.rules.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * A school's figures over a period, by group and week by week, from the same per-pupil evaluation every other
 * screen shows (one evaluation, so the numbers cannot disagree): each pupil's marks in the period are tallied
 * once into their {@link PupilFigures}, which are added into the pupil's group, the total and the pupil's
 * weeks. Every pupil is in exactly one group (those whose group is unknown in {@link #UNKNOWN}), so the groups
 * add up to the total. Immutable.
 */
public final class FiguresByGroup {

    /** The group of pupils whose group (a characteristic not recorded, no class) is not known. */
    public static final String UNKNOWN = "unknown";
    /** The total's key. */
    public static final String ALL = "all";

    /** What a pupil's group is: a year group, a class, a characteristic. */
    public interface Grouping {
        /** The pupil's group, or null when not known. */
        String groupOf(PupilEvaluation pupil);
    }

    private final ReportingPeriod period;
    private final GroupFigures total;
    private final List<GroupFigures> groups;
    private final List<GroupFigures> weeks;

    private FiguresByGroup(ReportingPeriod period, GroupFigures total, List<GroupFigures> groups,
            List<GroupFigures> weeks) {
        this.period = period;
        this.total = total;
        this.groups = Collections.unmodifiableList(groups);
        this.weeks = Collections.unmodifiableList(weeks);
    }

    /**
     * @param pupils the school's evaluated pupils (an evaluation as of the period's end or later: sessions after
     *     its date were not evaluated and count for nothing)
     * @param period the dates counted, both included
     * @param grouping each pupil's group
     */
    public static FiguresByGroup of(Collection<PupilEvaluation> pupils, ReportingPeriod period, Grouping grouping) {
        GroupFigures.Tally total = new GroupFigures.Tally(ALL);
        Map<String, GroupFigures.Tally> groups = new TreeMap<>();
        Map<LocalDate, GroupFigures.Tally> weeks = new TreeMap<>();
        for (PupilEvaluation p : pupils) {
            String key = grouping.groupOf(p);
            String group = key == null || key.isEmpty() ? UNKNOWN : key;
            Map<LocalDate, List<EffectiveMark>> byWeek = new HashMap<>();
            List<EffectiveMark> inPeriod = new ArrayList<>();
            for (EffectiveMark mark : p.marks()) {
                LocalDate date = mark.session().date();
                if (period.contains(date)) {
                    inPeriod.add(mark);
                    byWeek.computeIfAbsent(monday(date), d -> new ArrayList<>()).add(mark);
                }
            }
            PupilFigures figures = period.figures(p.pupil().id(), inPeriod);
            int[] lates = lates(inPeriod);
            if (!figures.hasPossibleSessions()) {
                continue; // not on roll (or nothing possible) in the period: in no group
            }
            total.add(figures, lates[0], lates[1]);
            groups.computeIfAbsent(group, GroupFigures.Tally::new).add(figures, lates[0], lates[1]);
            for (Map.Entry<LocalDate, List<EffectiveMark>> week : byWeek.entrySet()) {
                PupilFigures weekFigures = period.figures(p.pupil().id(), week.getValue());
                int[] weekLates = lates(week.getValue());
                weeks.computeIfAbsent(week.getKey(), d -> new GroupFigures.Tally(d.toString()))
                        .add(weekFigures, weekLates[0], weekLates[1]);
            }
        }
        List<GroupFigures> groupList = new ArrayList<>();
        for (GroupFigures.Tally t : groups.values()) {
            groupList.add(t.build());
        }
        List<GroupFigures> weekList = new ArrayList<>();
        for (GroupFigures.Tally t : weeks.values()) {
            weekList.add(t.build());
        }
        return new FiguresByGroup(period, total.build(), groupList, weekList);
    }

    public ReportingPeriod period() {
        return period;
    }

    /** Every pupil with a possible session in the period. */
    public GroupFigures total() {
        return total;
    }

    /** One per group that has a pupil with a possible session, ordered by key; they add up to {@link #total()}. */
    public List<GroupFigures> groups() {
        return groups;
    }

    /**
     * The total week by week (key: the week's Monday, ISO), over the weeks of the period that hold a possible
     * session; a week's PA and SA judge each pupil on that week alone.
     */
    public List<GroupFigures> weeks() {
        return weeks;
    }

    private static int[] lates(List<EffectiveMark> marks) {
        int[] n = new int[2];
        for (EffectiveMark mark : marks) {
            if (mark.code() == AttendanceCode.L) {
                n[0]++;
            } else if (mark.code() == AttendanceCode.U) {
                n[1]++;
            }
        }
        return n;
    }

    static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }
}
