package uk.registerly.server.scope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import uk.registerly.server.auth.Role;

/**
 * What a TEACHER or GATE device may hold now (issue 13, data minimisation enforced by the server):
 *
 * <ul>
 * <li>TEACHER: the pupils of the classes its staff member teaches (class_teachers) or covers today
 *     (cover_assignments), every fact and report about them, their PUPIL rows and those classes' CLASS
 *     rows (plus SCHOOL and STAFF, which every device holds).</li>
 * <li>GATE: every pupil and class of the school, but only the register facts about {@code day}, the
 *     school-local today.</li>
 * </ul>
 *
 * The pull serves only rows inside the scope; the scope's {@link #hash()} travels in the cursor, so the
 * next pull sees when it changed (a class moved, a cover began or ended, a new day at the gate).
 *
 * @param pupils the pupils held (null: every pupil of the school)
 * @param classes the classes held (null: every class)
 * @param day the only day whose facts are held (null: every day)
 * @param grants why a TEACHER holds each class
 */
public record DeviceScope(Role role, LocalDate day, SortedSet<UUID> pupils, SortedSet<UUID> classes,
                          List<ClassGrant> grants) {

    /**
     * Bumped whenever what a role receives changes (types, fields, kinds): every device is then told its
     * scope again, and drops what it may no longer hold.
     */
    static final String RULES_VERSION = "scope-2"; // scope-2: issue 15's roll calls, sign-outs and returns

    /** Why a TEACHER device holds a class: it teaches it, or covers it (cover id and days). */
    public record ClassGrant(UUID classId, Grant grant, UUID coverId, LocalDate from, LocalDate to) {
    }

    public enum Grant { TEACHES, COVER }

    public DeviceScope {
        pupils = pupils == null ? null : new TreeSet<>(pupils);
        classes = classes == null ? null : new TreeSet<>(classes);
        grants = grants.stream().sorted(Comparator.comparing((ClassGrant g) -> g.classId())
                .thenComparing(g -> g.grant()).thenComparing(g -> String.valueOf(g.coverId()))).toList();
    }

    /** A gate on {@code today}: the whole roster, today's facts. */
    public static DeviceScope gate(LocalDate today) {
        return new DeviceScope(Role.GATE, today, null, null, List.of());
    }

    /** A teacher holding {@code grants}' classes and {@code pupils} (the pupils of those classes). */
    public static DeviceScope teacher(Collection<ClassGrant> grants, Collection<UUID> pupils) {
        Set<UUID> classes = new HashSet<>();
        grants.forEach(g -> classes.add(g.classId()));
        return new DeviceScope(Role.TEACHER, null, new TreeSet<>(pupils), new TreeSet<>(classes), List.copyOf(grants));
    }

    public boolean holdsPupil(UUID pupil) {
        return pupils == null || pupils.contains(pupil);
    }

    /** The rows inside the scope. */
    public RowFilter rows() {
        return new RowFilter(pupils, day, pupils, classes, true);
    }

    /**
     * The rows inside this scope that were outside {@code before}: what a device that held
     * {@code before} up to its cursor must be served from behind it. A superset is fine (the device
     * ignores what it already has); a subset would lose rows.
     */
    public RowFilter gainedSince(ScopeSnapshot before) {
        boolean dayGained = day == null ? before.day() != null : before.day() != null && !day.equals(before.day());
        Set<UUID> eventPupils = dayGained || pupils == null && before.pupils() != null
                ? pupils : minus(pupils, before.pupils());
        Set<UUID> rosterPupils = pupils == null ? (before.pupils() == null ? Set.of() : null)
                : minus(pupils, before.pupils());
        Set<UUID> rosterClasses = classes == null ? (before.classes() == null ? Set.of() : null)
                : minus(classes, before.classes());
        return new RowFilter(eventPupils, day, rosterPupils, rosterClasses, false);
    }

    /** {@code of} less {@code less}; nothing when {@code less} is every one. */
    private static Set<UUID> minus(Set<UUID> of, Set<UUID> less) {
        if (less == null) {
            return Set.of();
        }
        Set<UUID> rest = new HashSet<>(of);
        rest.removeAll(less);
        return rest;
    }

    /** What the snapshot of this scope keeps: enough to tell, later, what a device had. */
    public ScopeSnapshot snapshot() {
        return new ScopeSnapshot(pupils, classes, day);
    }

    /** Names the scope in cursors: 16 hex digits of a SHA-256 over its canonical text. */
    public String hash() {
        StringBuilder text = new StringBuilder(RULES_VERSION).append('|').append(role).append('|').append(day).append('|');
        if (pupils == null) {
            text.append('*');
        } else {
            pupils.forEach(p -> text.append(p).append(','));
        }
        text.append('|');
        if (classes == null) {
            text.append('*');
        } else {
            classes.forEach(c -> text.append(c).append(','));
        }
        text.append('|');
        for (ClassGrant g : grants) {
            text.append(g.classId()).append(':').append(g.grant()).append(':').append(g.coverId()).append(':')
                    .append(g.from()).append(':').append(g.to()).append(',');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
