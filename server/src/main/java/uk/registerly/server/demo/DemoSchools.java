package uk.registerly.server.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.calendar.Term;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.Secrets;
import uk.registerly.server.cover.Covers;
import uk.registerly.server.devices.EnrolmentCodes;
import uk.registerly.server.http.Json;
import uk.registerly.server.parents.Invitations;
import uk.registerly.server.roster.RosterStore;
import uk.registerly.server.school.CalendarSpec;
import uk.registerly.server.school.Schools;
import uk.registerly.server.sync.PushService;

/**
 * Creates demo schools: roster, calendar, registers, codes, and a register history pushed through the
 * same {@link PushService} devices use, so every demo event passed the same checks a real one does.
 * The history is seeded: the same options on the same day give the same school.
 */
public final class DemoSchools {

    public static final String OFFICE_CODE = "DEMO-OFFICE";
    public static final String GATE_CODE = "DEMO-GATE";
    public static final String TEACHER_CODE_PREFIX = "DEMO-TEACHER-";
    public static final String PARENT_CODE = "DEMO-PARENT";
    public static final String OFFICE_STAFF = "Rita Anand, Attendance Officer";
    public static final String COVER_CODE = "DEMO-COVER";
    private static final String SUPPLY_NAME = "Jordan Reid";
    private static final String SUPPLY_POSITION = "Supply Teacher";

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final RegisterWindow AM = RegisterWindow.forAll(Session.AM, "08:40", "08:50", "09:15", "12:00");
    private static final RegisterWindow PM = RegisterWindow.forAll(Session.PM, "13:00", "13:05", "13:20", "15:15");

    private final Jdbi jdbi;
    private final PushService push;
    private final Clock clock;
    private final int maxBatch;

    public DemoSchools(Jdbi jdbi, PushService push, Clock clock, int maxBatch) {
        this.jdbi = jdbi;
        this.push = push;
        this.clock = clock;
        this.maxBatch = maxBatch;
    }

    /** The standard demo school with the documented codes, created on first use and found afterwards. */
    public synchronized DemoSchool standard() {
        DemoSchoolOptions options = DemoSchoolOptions.standard();
        Optional<UUID> existing = jdbi.withHandle(h -> h.createQuery(
                        "select id from schools where demo and name = :name order by created_at limit 1")
                .bind("name", options.name()).mapTo(UUID.class).findOne());
        return existing.map(id -> jdbi.withHandle(h -> describeExisting(h, id))).orElseGet(() -> create(options));
    }

    /** A new demo school. With fixed codes it must be the only one in the database (codes are unique). */
    public DemoSchool create(DemoSchoolOptions options) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        Built built = jdbi.inTransaction(h -> build(h, options, today));
        int version = jdbi.withHandle(h -> h.createQuery("select setup_version from schools where id = :id")
                .bind("id", built.school().schoolId()).mapTo(Integer.class).one());
        Built current = built.atVersion(version);
        new History(current, options, today).push();
        new DemoCasework(jdbi, push, clock).add(current.school(), current.office(), current.calendar(), today,
                options.historySchoolDays());
        DemoSchoolDay.push(jdbi, push, clock, ZONE, current.calendar(), current.school(), current.teacherOfClass(),
                current.gate(), current.office());
        return built.school;
    }

    /** What the set-up transaction made: the school, and the devices that write its history. */
    private record Built(DemoSchool school, SchoolCalendar calendar, Map<UUID, DevicePrincipal> teacherOfClass,
                         DevicePrincipal gate, DevicePrincipal office, ParentPrincipal family) {

        /** The history devices as the authenticator would see them once the roster is complete. */
        Built atVersion(int version) {
            Map<UUID, DevicePrincipal> teachers = new HashMap<>();
            teacherOfClass.forEach((c, d) -> teachers.put(c, d.withSetupVersion(version)));
            return new Built(school, calendar, teachers, gate.withSetupVersion(version),
                    office.withSetupVersion(version), family);
        }
    }

    private Built build(Handle h, DemoSchoolOptions options, LocalDate today) {
        UUID school = Schools.create(h, options.name(), ZONE, "millbrook", true);
        CalendarSpec calendar = calendar(today, options.historySchoolDays());
        Schools.replaceCalendar(h, school, calendar);

        DemoNames names = new DemoNames(options.name().hashCode());
        UUID officeStaff = RosterStore.upsertStaff(h, school, "S-OFFICE", "Rita Anand", "Attendance Officer").id();
        String officeCode = options.fixedCodes() ? OFFICE_CODE : Secrets.newCode();
        EnrolmentCodes.createDemo(h, officeCode, school, Role.OFFICE, officeStaff);
        String gateCode = options.fixedCodes() ? GATE_CODE : Secrets.newCode();
        EnrolmentCodes.createDemo(h, gateCode, school, Role.GATE, null);

        List<DemoSchool.DemoClass> classes = new ArrayList<>();
        Map<UUID, DevicePrincipal> teacherOfClass = new HashMap<>();
        int classIndex = 0;
        int pupilNumber = 0;
        for (String yearGroup : options.yearGroups()) {
            for (int k = 0; k < options.classesPerYearGroup(); k++) {
                String teacherName = DemoNames.teacher(classIndex);
                UUID teacher = RosterStore.upsertStaff(h, school, "S-T" + (classIndex + 1), teacherName,
                        "Class Teacher").id();
                String className = yearGroup + (char) ('A' + k);
                UUID classId = RosterStore.upsertClass(h, school, "C-" + className, className, yearGroup,
                        List.of(teacher)).id();
                String teacherCode = options.fixedCodes() ? TEACHER_CODE_PREFIX + (classIndex + 1) : Secrets.newCode();
                EnrolmentCodes.createDemo(h, teacherCode, school, Role.TEACHER, teacher);
                teacherOfClass.put(classId, historyDevice(h, school, Role.TEACHER, teacher, teacherName, "Class Teacher"));
                List<UUID> pupils = new ArrayList<>();
                for (int p = 0; p < options.pupilsPerClass(); p++) {
                    pupilNumber++;
                    UUID pupil = RosterStore.upsertPupil(h, school, new RosterStore.PupilData(
                            String.format("P%04d", pupilNumber), names.firstName(), names.lastName(),
                            dateOfBirth(yearGroup, today, names.random()), yearGroup, classId, null,
                            DemoExports.leavingDay(options, pupilNumber, calendar))).id();
                    pupils.add(pupil);
                }
                classes.add(new DemoSchool.DemoClass(classId, className, yearGroup, teacher,
                        teacherName + ", Class Teacher", teacherCode, List.copyOf(pupils)));
                classIndex++;
            }
        }
        // Families: one guardian per pupil, except the demo parent, who has a child in the first and the last class.
        List<UUID> parentChildren = new ArrayList<>();
        parentChildren.add(classes.get(0).pupils().get(0));
        UUID sibling = classes.get(classes.size() - 1).pupils().get(0);
        if (!sibling.equals(parentChildren.get(0))) {
            parentChildren.add(sibling);
        }
        UUID demoGuardian = RosterStore.upsertGuardian(h, school, "G-DEMO", "Sam Demo-Parent", "Mother",
                "parent@example.org", "07700 900001", parentChildren).id();
        int guardianNumber = 1;
        UUID familyGuardian = null;
        for (DemoSchool.DemoClass c : classes) {
            for (UUID pupil : c.pupils()) {
                if (parentChildren.contains(pupil)) {
                    continue;
                }
                guardianNumber++;
                UUID guardian = RosterStore.upsertGuardian(h, school, "G" + guardianNumber,
                        names.firstName() + " " + names.lastName(), guardianNumber % 3 == 0 ? "Father" : "Mother",
                        "family" + guardianNumber + "@example.org",
                        String.format("07700 900%03d", guardianNumber % 1000), List.of(pupil)).id();
                if (familyGuardian == null) {
                    familyGuardian = guardian;
                }
            }
        }
        String parentCode = options.fixedCodes() ? PARENT_CODE : Secrets.newCode();
        Invitations.createDemo(h, parentCode, school, demoGuardian);

        DevicePrincipal gate = historyDevice(h, school, Role.GATE, null, null, null);
        DevicePrincipal office = historyDevice(h, school, Role.OFFICE, officeStaff, "Rita Anand", "Attendance Officer");
        DemoSchool.DemoCover cover = cover(h, options, office, classes.get(classes.size() > 1 ? 1 : 0), today);
        ParentPrincipal family = familyGuardian == null ? null : familyAccount(h, school, familyGuardian);
        DemoExports.apply(h, school, classes);
        AuditLog.recordSystem(h, school, "demo.created", options.name(),
                Map.of("pupils", pupilNumber, "classes", classes.size()));
        DemoSchool demo = new DemoSchool(school, options.name(), officeCode, OFFICE_STAFF, gateCode, classes,
                parentCode, List.copyOf(parentChildren), cover);
        SchoolCalendar.Builder rulesCalendar = SchoolCalendar.builder();
        calendar.terms().forEach(t -> rulesCalendar.term(t.from(), t.to()));
        calendar.closures().forEach(rulesCalendar::closure);
        return new Built(demo, rulesCalendar.build(), teacherOfClass, gate, office, family);
    }

    /**
     * A supply teacher, with a tablet code of their own, covering {@code covered} from today to this
     * week's Friday, assigned by the office as a real cover is (the office's COVER roster change, audited).
     */
    private DemoSchool.DemoCover cover(Handle h, DemoSchoolOptions options, DevicePrincipal office,
                                       DemoSchool.DemoClass covered, LocalDate today) {
        UUID school = office.schoolId();
        UUID supply = RosterStore.upsertStaff(h, school, "S-SUPPLY", SUPPLY_NAME, SUPPLY_POSITION).id();
        String code = options.fixedCodes() ? COVER_CODE : Secrets.newCode();
        EnrolmentCodes.createDemo(h, code, school, Role.TEACHER, supply);
        LocalDate to = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Covers.CoverAssignment assigned = Covers.assign(h, office, covered.id(), supply, today, to, today,
                clock.instant(), null);
        return new DemoSchool.DemoCover(assigned.id(), supply, SUPPLY_NAME + ", " + SUPPLY_POSITION, code, covered.id(),
                today, to);
    }

    /**
     * One term around today: it starts far enough back to hold the history (plus an INSET day on its
     * first Monday) and runs eight weeks on.
     */
    static CalendarSpec calendar(LocalDate today, int historySchoolDays) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = thisMonday.minusWeeks(historySchoolDays / 5 + 2L);
        LocalDate end = thisMonday.plusWeeks(8).plusDays(4);
        Closure inset = new Closure(start, EnumSet.allOf(Session.class), AttendanceCode.CLOSED);
        return new CalendarSpec(List.of(AM, PM), List.of(new Term(start, end)), List.of(inset));
    }

    private static LocalDate dateOfBirth(String yearGroup, LocalDate today, Random random) {
        int year = switch (yearGroup) {
            case "N" -> -1;
            case "R" -> 0;
            default -> Integer.parseInt(yearGroup);
        };
        int academicYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        // Year Y in the school year starting in September A: born September A-Y-5 to August A-Y-4.
        return LocalDate.of(academicYear - year - 5, 9, 1).plusDays(random.nextInt(365));
    }

    /** A device row standing for the tablet that recorded the history (its token is never handed out). */
    private static DevicePrincipal historyDevice(Handle h, UUID school, Role role, UUID staff, String name,
                                                 String position) {
        UUID id = UUID.randomUUID();
        h.createUpdate("""
                        insert into devices (id, school_id, role, staff_id, name, token_hash)
                        values (:id, :school, :role, :staff, 'demo history', :hash)""")
                .bind("id", id).bind("school", school).bind("role", role.name()).bind("staff", staff)
                .bind("hash", Secrets.hashToken(Secrets.newDeviceToken()))
                .execute();
        return new DevicePrincipal(id, school, role, staff, name, position, 0);
    }

    /** Another family's account, whose report for today keeps their child off the calling list. */
    private static ParentPrincipal familyAccount(Handle h, UUID school, UUID guardian) {
        UUID id = UUID.randomUUID();
        h.createUpdate("insert into parent_accounts (id, token_hash) values (:id, :hash)")
                .bind("id", id).bind("hash", Secrets.hashToken(Secrets.newParentToken())).execute();
        h.createUpdate("insert into parent_guardians (parent_id, guardian_id) values (:p, :g)")
                .bind("p", id).bind("g", guardian).execute();
        Map<UUID, UUID> children = new HashMap<>();
        h.createQuery("select pupil_id from guardian_pupils where guardian_id = :g").bind("g", guardian)
                .mapTo(UUID.class).forEach(p -> children.put(p, school));
        return new ParentPrincipal(id, children);
    }

    /** The demo's cover, as stored. */
    public record DemoCoverRow(UUID id, UUID staffId, UUID classId, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A demo class and its teacher, as stored. */
    public record ClassRow(UUID id, String name, String yearGroup, UUID teacher, String teacherName, String position) {
    }

    private static DemoSchool describeExisting(Handle h, UUID school) {
        String name = h.createQuery("select name from schools where id = :id").bind("id", school).mapTo(String.class).one();
        List<ClassRow> rows = h.createQuery("""
                        select c.id, c.name, c.year_group, s.id as teacher, s.name as teacher_name, s.position
                        from classes c join class_teachers ct on ct.class_id = c.id join staff s on s.id = ct.staff_id
                        where c.school_id = :school order by c.mis_id""")
                .bind("school", school)
                .map(ConstructorMapper.of(ClassRow.class))
                .list();
        List<DemoSchool.DemoClass> classes = new ArrayList<>();
        for (ClassRow row : rows) {
            List<UUID> pupils = h.createQuery("select id from pupils where class_id = :c order by mis_id")
                    .bind("c", row.id()).mapTo(UUID.class).list();
            classes.add(new DemoSchool.DemoClass(row.id(), row.name(), row.yearGroup(), row.teacher(),
                    row.teacherName() + ", " + row.position(), TEACHER_CODE_PREFIX + (classes.size() + 1), pupils));
        }
        List<UUID> children = h.createQuery("""
                        select gp.pupil_id from guardian_pupils gp join guardians g on g.id = gp.guardian_id
                        join pupils p on p.id = gp.pupil_id
                        where g.school_id = :school and g.mis_id = 'G-DEMO' order by p.mis_id""")
                .bind("school", school).mapTo(UUID.class).list();
        DemoCoverRow row = h.createQuery("""
                        select a.id, a.staff_id, a.class_id, a.starts_on, a.ends_on
                        from cover_assignments a join staff s on s.id = a.staff_id
                        where a.school_id = :school and s.mis_id = 'S-SUPPLY' order by a.created_at limit 1""")
                .bind("school", school).map(ConstructorMapper.of(DemoCoverRow.class)).one();
        DemoSchool.DemoCover cover = new DemoSchool.DemoCover(row.id(), row.staffId(), SUPPLY_NAME + ", " + SUPPLY_POSITION,
                COVER_CODE, row.classId(), row.startsOn(), row.endsOn());
        return new DemoSchool(school, name, OFFICE_CODE, OFFICE_STAFF, GATE_CODE, classes, PARENT_CODE, children, cover);
    }

    /**
     * The register history: every pupil marked for every school session of the last days, with the
     * patterns an office meets (late arrivals, illness explained the next day, a persistent absentee,
     * an N never explained, a run of unexplained absence) and, after today's morning register has
     * closed, today's register with unexplained absences for the first-day calling list.
     */
    private final class History {
        private final Built built;
        private final DemoSchoolOptions options;
        private final LocalDate today;
        private final Random random;
        private final Map<UUID, List<ObjectNode>> batches = new LinkedHashMap<>();
        private final Map<UUID, Principal> principals = new HashMap<>();
        private final Map<UUID, Long> sequences = new HashMap<>();

        History(Built built, DemoSchoolOptions options, LocalDate today) {
            this.built = built;
            this.options = options;
            this.today = today;
            this.random = new Random(options.name().hashCode() * 31L + today.toEpochDay());
        }

        void push() {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day : built.calendar.schoolDays()) {
                if (day.isBefore(today)) {
                    days.add(day);
                }
            }
            days = days.subList(Math.max(0, days.size() - options.historySchoolDays()), days.size());
            List<UUID> pupils = built.school.allPupils();
            // Roles some pupils play in the story (only in a school big enough to have them).
            UUID persistent = pupils.size() > 8 ? pupils.get(5) : null;
            UUID overdue = pupils.size() > 8 ? pupils.get(7) : null;
            UUID missing = pupils.size() > 8 ? pupils.get(8) : null;
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                LocalDate next = d + 1 < days.size() ? days.get(d + 1) : today;
                for (DemoSchool.DemoClass c : built.school.classes()) {
                    for (UUID pupil : c.pupils()) {
                        boolean absent;
                        String explanation;
                        if (pupil.equals(missing) && d >= days.size() - 10) {
                            absent = true;
                            explanation = null;
                        } else if (pupil.equals(overdue) && d == days.size() - 7) {
                            absent = true;
                            explanation = null;
                        } else if (pupil.equals(persistent)) {
                            absent = random.nextInt(100) < 40;
                            explanation = "O";
                        } else {
                            absent = random.nextInt(100) < 3;
                            explanation = "I";
                        }
                        markDay(c, pupil, day, next, absent, explanation);
                    }
                }
            }
            todaysRegister();
            flush();
        }

        private void markDay(DemoSchool.DemoClass c, UUID pupil, LocalDate day, LocalDate next, boolean absent,
                             String explanation) {
            DevicePrincipal teacher = built.teacherOfClass.get(c.id());
            for (Session session : Session.values()) {
                if (!built.calendar.isSchoolSession(day, session)) {
                    continue;
                }
                LocalDateTime at = day.atTime(session == Session.AM ? LocalTime.of(8, 48) : LocalTime.of(13, 3))
                        .plusSeconds(random.nextInt(240));
                if (absent) {
                    add(teacher, mark("REGISTER_MARK", pupil, day, session, "N", at));
                    if (explanation != null && !next.isAfter(today)) {
                        add(built.office, mark("REASON", pupil, day, session, explanation, next.atTime(10, 5)));
                    }
                } else if (session == Session.AM && random.nextInt(100) < 4) {
                    // Late: the teacher marks N at the register, the gate records the arrival.
                    add(teacher, mark("REGISTER_MARK", pupil, day, session, "N", at));
                    int minutes = random.nextInt(100) < 80 ? 3 + random.nextInt(20) : 32 + random.nextInt(40);
                    add(built.gate, arrival(pupil, day.atTime(8, 50).plusMinutes(minutes)));
                } else {
                    add(teacher, mark("REGISTER_MARK", pupil, day, session, session == Session.AM ? "/" : "\\", at));
                }
            }
        }

        private void todaysRegister() {
            LocalTime now = LocalDateTime.ofInstant(clock.instant(), ZONE).toLocalTime();
            if (!built.calendar.isSchoolSession(today, Session.AM) || !now.isAfter(AM.closes())
                    || options.historySchoolDays() == 0) {
                return;
            }
            List<UUID> reported = built.family == null ? List.of() : List.copyOf(built.family.children());
            int absentees = 0;
            for (DemoSchool.DemoClass c : built.school.classes()) {
                if (DemoSchoolDay.registerLeftUntaken(built.school, c)) {
                    continue; // issue 15: a register not taken, for the office to chase
                }
                for (int i = 0; i < c.pupils().size(); i++) {
                    UUID pupil = c.pupils().get(i);
                    // Two unexplained absences per class, and the reporting family's child.
                    boolean absent = reported.contains(pupil) || i == 2 || i == 3;
                    LocalDateTime at = today.atTime(8, 49);
                    add(built.teacherOfClass.get(c.id()),
                            mark("REGISTER_MARK", pupil, today, Session.AM, absent ? "N" : "/", at));
                    if (absent && !reported.contains(pupil) && absentees++ == 0) {
                        ObjectNode contact = payload(pupil);
                        contact.put("date", today.toString());
                        contact.put("outcome", "NO_ANSWER");
                        contact.put("note", "Rang both numbers");
                        contact.put("at", today.atTime(9, 40).toString());
                        add(built.office, envelope("CONTACT_ATTEMPT", contact, today.atTime(9, 40)));
                    }
                }
            }
            for (UUID child : reported) {
                ObjectNode report = payload(child);
                report.put("from", today.toString());
                report.put("to", today.toString());
                ArrayNode sessions = report.putArray("sessions");
                sessions.add("AM");
                sessions.add("PM");
                report.put("category", "ILLNESS");
                report.put("note", "Temperature overnight");
                add(built.family, envelope("ABSENCE_REPORT", report, today.atTime(7, 45)));
            }
        }

        private ObjectNode mark(String type, UUID pupil, LocalDate day, Session session, String code, LocalDateTime at) {
            ObjectNode p = payload(pupil);
            p.put("date", day.toString());
            p.put("session", session.name());
            p.put("code", code);
            p.put("at", at.toString());
            return envelope(type, p, at);
        }

        private ObjectNode arrival(UUID pupil, LocalDateTime at) {
            ObjectNode p = payload(pupil);
            p.put("at", at.toString());
            return envelope("ARRIVAL", p, at);
        }

        private ObjectNode payload(UUID pupil) {
            ObjectNode p = Json.object();
            p.put("pupil", pupil.toString());
            return p;
        }

        private ObjectNode envelope(String type, ObjectNode payload, LocalDateTime at) {
            ObjectNode e = Json.object();
            e.put("id", UUID.randomUUID().toString());
            e.put("type", type);
            e.put("deviceTime", at.atZone(ZONE).toInstant().toString());
            // The demo's devices have synced: their clocks are the server's (a measured offset of 0), so
            // the history keeps its own times however long ago (trusted time, issue 12).
            e.put("clockOffsetMs", 0);
            e.set("payload", payload);
            return e;
        }

        private void add(Principal principal, ObjectNode event) {
            UUID device = principal.actorId();
            long seq = sequences.merge(device, 1L, Long::sum);
            event.put("deviceSeq", seq);
            principals.put(device, principal);
            List<ObjectNode> batch = batches.computeIfAbsent(device, k -> new ArrayList<>());
            batch.add(event);
            if (batch.size() >= maxBatch) {
                send(device);
            }
        }

        private void flush() {
            // Marks first, then arrivals and reasons (which refer to them), then parents' and office's follow-ups.
            for (UUID device : new ArrayList<>(batches.keySet())) {
                if (!batches.get(device).isEmpty() && principals.get(device).role() == Role.TEACHER) {
                    send(device);
                }
            }
            for (UUID device : new ArrayList<>(batches.keySet())) {
                if (!batches.get(device).isEmpty()) {
                    send(device);
                }
            }
        }

        private void send(UUID device) {
            ObjectNode body = Json.object();
            ArrayNode events = body.putArray("events");
            batches.get(device).forEach(events::add);
            batches.get(device).clear();
            push.push(principals.get(device), body);
        }
    }
}
