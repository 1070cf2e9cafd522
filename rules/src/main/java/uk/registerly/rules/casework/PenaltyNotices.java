package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.registerly.rules.ladder.ActionType;

/**
 * The national penalty-notice framework (Education (Penalty Notices) (England) (Amendment) Regulations 2024, from
 * 19 August 2024; domain reference statutory-data.md section 6), per parent and per child, from a child's case
 * history: "First notice: £80 if paid within 21 days, £160 within 28. A second notice to the same parent for the
 * same child within 3 years: £160 flat. At most two per parent per child in a rolling 3 years; then other tools
 * (prosecution, parenting order). The 3 years start at the first notice issued on or after 19 Aug 2024. A 'notice
 * to improve' is the final chance before a notice." and "the headteacher decides each case; the local authority
 * issues notices".
 *
 * <p>A notice is a case action of type PENALTY_NOTICE_REQUEST (or NOTICE_TO_IMPROVE) with outcome ISSUED and the
 * parent named, dated by its {@code at}; one withdrawn by a later WITHDRAWN action that refers to it does not
 * count. Stateless.
 */
public final class PenaltyNotices {
    /** The framework applies to notices issued from this day. */
    public static final LocalDate FRAMEWORK_START = LocalDate.of(2024, 8, 19);
    public static final int PERIOD_YEARS = 3;
    public static final int MAX_IN_PERIOD = 2;
    public static final List<PenaltyAmount> FIRST_NOTICE = Collections.unmodifiableList(Arrays.asList(
            new PenaltyAmount(80, 21), new PenaltyAmount(160, 28)));
    public static final List<PenaltyAmount> SECOND_NOTICE = Collections.singletonList(new PenaltyAmount(160, 28));

    private PenaltyNotices() {
    }

    /**
     * @param history the child's case actions (others' are ignored), in any order
     * @param asOf notices after this date are not counted
     */
    public static PenaltyNoticeOptions options(String child, String parent, Collection<CaseAction> history,
            LocalDate asOf) {
        List<CaseAction> actions = new ArrayList<>();
        for (CaseAction a : history) {
            if (a.pupil().equals(child) && !a.date().isAfter(asOf)) {
                actions.add(a);
            }
        }
        Set<String> withdrawn = withdrawn(actions);
        List<IssuedNotice> notices = new ArrayList<>();
        for (CaseAction a : actions) {
            if (withdrawn.contains(a.id()) || !parent.equals(a.parent())) {
                continue;
            }
            if (a.isIssued(ActionType.PENALTY_NOTICE_REQUEST)) {
                notices.add(new IssuedNotice(a.id(), IssuedNotice.Kind.PENALTY_NOTICE, a.date()));
            } else if (a.isIssued(ActionType.NOTICE_TO_IMPROVE)) {
                notices.add(new IssuedNotice(a.id(), IssuedNotice.Kind.NOTICE_TO_IMPROVE, a.date()));
            }
        }
        notices.sort((x, y) -> x.issuedOn().compareTo(y.issuedOn()));

        // Periods: the first counted notice starts 3 years; the first one after they end starts the next.
        LocalDate start = null;
        List<IssuedNotice> inPeriod = new ArrayList<>();
        for (IssuedNotice n : notices) {
            if (n.kind() != IssuedNotice.Kind.PENALTY_NOTICE || !n.isUnderFramework()) {
                continue;
            }
            if (start == null || !n.issuedOn().isBefore(start.plusYears(PERIOD_YEARS))) {
                start = n.issuedOn();
                inPeriod.clear();
            }
            inPeriod.add(n);
        }
        LocalDate expired = null;
        if (start != null && !asOf.isBefore(start.plusYears(PERIOD_YEARS))) {
            expired = start;
            start = null;
            inPeriod.clear();
        }
        List<IssuedNotice> beforeFramework = new ArrayList<>();
        for (IssuedNotice n : notices) {
            if (n.kind() == IssuedNotice.Kind.PENALTY_NOTICE && !n.isUnderFramework()) {
                beforeFramework.add(n);
            }
        }
        boolean recentNoticeToImprove = false;
        for (IssuedNotice n : notices) {
            if (n.kind() == IssuedNotice.Kind.NOTICE_TO_IMPROVE
                    && n.issuedOn().isAfter(asOf.minusYears(PERIOD_YEARS))) {
                recentNoticeToImprove = true;
            }
        }
        PenaltyNoticeOptions.Step step;
        List<PenaltyAmount> amounts;
        StringBuilder why = new StringBuilder();
        if (inPeriod.size() >= MAX_IN_PERIOD) {
            step = PenaltyNoticeOptions.Step.OTHER_ACTION;
            amounts = Collections.emptyList();
            why.append(inPeriod.size()).append(" penalty notices to this parent for this child in the 3 years from ")
                    .append(Dates.format(start)).append(" (").append(dates(inPeriod)).append("): no further notice ")
                    .append("before ").append(Dates.format(start.plusYears(PERIOD_YEARS)))
                    .append("; other action instead, such as prosecution or a parenting order (the local authority ")
                    .append("decides).");
        } else if (inPeriod.size() == 1) {
            step = PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE;
            amounts = SECOND_NOTICE;
            why.append("One penalty notice to this parent for this child, on ").append(Dates.format(start))
                    .append(": a second before ").append(Dates.format(start.plusYears(PERIOD_YEARS)))
                    .append(" would be \u00a3160 (no reduced rate), and the last allowed in those 3 years.");
        } else {
            amounts = FIRST_NOTICE;
            why.append("No penalty notice to this parent for this child counts now");
            if (expired != null) {
                why.append(" (the 3 years from ").append(Dates.format(expired)).append(" ended on ")
                        .append(Dates.format(expired.plusYears(PERIOD_YEARS).minusDays(1))).append(")");
            }
            if (!beforeFramework.isEmpty()) {
                why.append(" (issued before 19 Aug 2024, so not counted: ").append(dates(beforeFramework)).append(")");
            }
            if (recentNoticeToImprove) {
                step = PenaltyNoticeOptions.Step.FIRST_PENALTY_NOTICE;
                why.append("; a notice to improve was issued on ").append(Dates.format(latestNoticeToImprove(notices)))
                        .append(". A first penalty notice would be \u00a380 if paid within 21 days, \u00a3160 within 28.");
            } else {
                step = PenaltyNoticeOptions.Step.NOTICE_TO_IMPROVE;
                why.append(" and no notice to improve: a notice to improve usually comes first (a final chance to ")
                        .append("engage with support, an improvement period of 3 to 6 weeks). A first penalty notice ")
                        .append("would then be \u00a380 if paid within 21 days, \u00a3160 within 28.");
            }
        }
        why.append(" The headteacher decides each case; the local authority issues notices.");
        return new PenaltyNoticeOptions(parent, child, asOf, step, amounts, notices, new ArrayList<>(inPeriod), start,
                why.toString());
    }

    /** The parents named by any notice on the child's case, in the order first named. */
    public static List<String> parents(Collection<CaseAction> history) {
        List<String> parents = new ArrayList<>();
        List<CaseAction> sorted = new ArrayList<>(history);
        sorted.sort(CaseAction.RECORDED_ORDER);
        for (CaseAction a : sorted) {
            if (a.parent() != null && !parents.contains(a.parent())
                    && (a.type() == ActionType.PENALTY_NOTICE_REQUEST || a.type() == ActionType.NOTICE_TO_IMPROVE)) {
                parents.add(a.parent());
            }
        }
        return parents;
    }

    /** Ids of actions withdrawn by a later WITHDRAWN action referring to them. */
    static Set<String> withdrawn(Collection<CaseAction> actions) {
        Set<String> ids = new HashSet<>();
        for (CaseAction a : actions) {
            if (a.refersTo() != null && a.outcome().kind() == OutcomeKind.WITHDRAWN) {
                ids.add(a.refersTo());
            }
        }
        return ids;
    }

    private static LocalDate latestNoticeToImprove(List<IssuedNotice> notices) {
        LocalDate latest = null;
        for (IssuedNotice n : notices) {
            if (n.kind() == IssuedNotice.Kind.NOTICE_TO_IMPROVE) {
                latest = n.issuedOn();
            }
        }
        return latest;
    }

    private static String dates(List<IssuedNotice> notices) {
        List<String> out = new ArrayList<>();
        for (IssuedNotice n : notices) {
            out.add(Dates.format(n.issuedOn()));
        }
        return String.join(", ", out);
    }
}
