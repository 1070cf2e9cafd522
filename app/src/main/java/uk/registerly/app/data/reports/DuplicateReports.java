package uk.registerly.app.data.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges open reports that are about the same absence: the same pupil and at least one common
 * session (two parents reporting the same illness, or a parent reporting again). Overlap is
 * followed through: if A overlaps B and B overlaps C, all three are one line, because one
 * decision must cover each session once.
 */
public final class DuplicateReports {
    private DuplicateReports() {
    }

    /** Groups, ordered by their first report; each group's reports are ordered by when they were made. */
    public static List<ReportGroup> merge(List<AbsenceReport> openReports) {
        List<AbsenceReport> ordered = new ArrayList<>(openReports);
        ordered.sort(Comparator.comparing((AbsenceReport r) -> r.reportedAt).thenComparing(r -> r.id));
        int[] parent = new int[ordered.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                if (ordered.get(i).overlaps(ordered.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        List<List<AbsenceReport>> byRoot = new ArrayList<>();
        int[] groupOfRoot = new int[ordered.size()];
        java.util.Arrays.fill(groupOfRoot, -1);
        for (int i = 0; i < ordered.size(); i++) {
            int root = find(parent, i);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = byRoot.size();
                byRoot.add(new ArrayList<>());
            }
            byRoot.get(groupOfRoot[root]).add(ordered.get(i));
        }
        List<ReportGroup> groups = new ArrayList<>(byRoot.size());
        for (List<AbsenceReport> reports : byRoot) {
            groups.add(new ReportGroup(reports));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The smaller index stays the root, so a group's root is its first report. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
