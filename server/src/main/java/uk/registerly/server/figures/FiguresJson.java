package uk.registerly.server.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.GroupFigures;

/** The figures as the API sends them: exact counts, and rates as decimals (absent when nothing was possible). */
public final class FiguresJson {

    private FiguresJson() {
    }

    /** One group's (or week's, or school's) figures. {@code small}: fewer than 5 pupils, show the count. */
    public record Group(String group, int pupils, boolean small, int possibleSessions, int attendanceSessions,
                        int authorisedAbsenceSessions, int unauthorisedAbsenceSessions, int persistentlyAbsentPupils,
                        int severelyAbsentPupils, int lateBeforeCloseSessions, int lateAfterCloseSessions,
                        Double attendanceRate, Double absenceRate, Double authorisedAbsenceRate,
                        Double unauthorisedAbsenceRate, Double persistentAbsenceRate, Double severeAbsenceRate) {

        public static Group of(GroupFigures g) {
            return new Group(g.group(), g.pupils(), g.isSmall(), g.possibleSessions(), g.attendanceSessions(),
                    g.authorisedAbsenceSessions(), g.unauthorisedAbsenceSessions(), g.persistentlyAbsentPupils(),
                    g.severelyAbsentPupils(), g.lateBeforeCloseSessions(), g.lateAfterCloseSessions(),
                    decimal(g.attendanceRate()), decimal(g.absenceRate()), decimal(g.authorisedAbsenceRate()),
                    decimal(g.unauthorisedAbsenceRate()), decimal(g.persistentAbsenceRate()),
                    decimal(g.severeAbsenceRate()));
        }

        static List<Group> of(List<GroupFigures> groups) {
            return groups.stream().map(Group::of).toList();
        }
    }

    /** A school named in an answer. */
    public record SchoolRef(UUID id, String name, String policy) {
    }

    /** GET /api/v1/figures: one school's figures by group and week by week, with the national figures. */
    public record SchoolFigures(SchoolRef school, LocalDate from, LocalDate to, LocalDate asOf, String groupBy,
                                Group total, List<Group> groups, List<Group> weeks,
                                List<NationalFigures.Figure> national, String nationalSource) {
    }

    /** A trust named in an answer. */
    public record TrustRef(UUID id, String name) {
    }

    /** One school of a trust: its total and its groups. */
    public record TrustSchool(SchoolRef school, LocalDate asOf, Group total, List<Group> groups) {
    }

    /** GET /api/v1/trust/figures: every school of the trust, the trust's groups (summed by key) and weeks. */
    public record TrustFigures(TrustRef trust, LocalDate from, LocalDate to, String groupBy, Group total,
                               List<Group> groups, List<Group> weeks, List<TrustSchool> schools,
                               List<NationalFigures.Figure> national, String nationalSource) {
    }

    static Double decimal(Fraction f) {
        return f == null ? null : f.toDouble();
    }
}
