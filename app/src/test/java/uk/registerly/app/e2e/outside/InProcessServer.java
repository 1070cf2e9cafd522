package uk.registerly.app.e2e.outside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.config.DatabaseSettings;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;

/**
 * The real sync server, in this JVM but outside Robolectric's sandbox: this package is on the
 * sandbox's do-not-acquire list ({@link uk.registerly.app.e2e.ServerOutsideSandboxRunner}), so this
 * class, the server and everything it loads (Javalin, Jetty, Jackson, JDBI, Flyway, PostgreSQL's
 * driver) come from the normal class loader, uninstrumented, once per JVM. It starts on a thread
 * whose context class loader is the normal one, so the server's ServiceLoader look-ups and Jetty's
 * threads never see the sandbox. Only JDK types cross to the tests.
 *
 * <p>One embedded PostgreSQL and one server per test JVM, on a free port, in demo mode, with the
 * server's clock at {@link #NOW} until a tablet syncs ({@link #followTabletClock}); each test makes its own
 * demo school (fresh random codes).
 */
public final class InProcessServer {
    /** Wednesday 18 November 2026, 10:30 in London (UTC in November): a school day, after the AM register closed. */
    public static final Instant NOW = Instant.parse("2026-11-18T10:30:00Z");

    private static RegisterlyServer server;
    /**
     * The server's clock follows the tablet that talks to it (set before each of its syncs): the server
     * decides by trusted time (issue 12: the device's clock corrected by the offset it measured), so a
     * tablet whose test clock reads 08:52 must find a server at 08:52, as a real one would be.
     */
    private static volatile Instant now = NOW;
    private static final Clock FOLLOWING = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the server reads instants only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** The server's clock reads {@code tabletTime} from now on (until the next tablet syncs). */
    public static void followTabletClock(Instant tabletTime) {
        now = tabletTime;
    }

    private InProcessServer() {
    }

    public static synchronized String baseUrl() {
        return start().baseUrl() + "/";
    }

    /** A fresh small demo school: classes 3A and 4A with 4 pupils each, no history, random codes. */
    public static synchronized School newSchool() {
        return newSchool(DemoSchoolOptions.small());
    }

    /**
     * A demo school of two classes of {@code pupilsPerClass} with {@code historySchoolDays} school days of the
     * demo's register history before today (its one term starts early enough to hold them).
     */
    public static synchronized School newSchoolWithHistory(int pupilsPerClass, int historySchoolDays) {
        return newSchool(DemoSchoolOptions.small().withPupilsPerClass(pupilsPerClass)
                .withHistorySchoolDays(historySchoolDays));
    }

    private static School newSchool(DemoSchoolOptions options) {
        DemoSchool school = start().demoSchools().create(options.withName("E2E " + UUID.randomUUID()));
        List<String> pupils = new ArrayList<>();
        for (UUID pupil : school.classes().get(0).pupils()) {
            pupils.add(pupil.toString());
        }
        List<String> children = new ArrayList<>();
        for (UUID child : school.parentChildren()) {
            children.add(child.toString());
        }
        List<String> everyone = new ArrayList<>();
        school.classes().forEach(c -> c.pupils().forEach(p -> everyone.add(p.toString())));
        List<String> otherPupils = new ArrayList<>();
        for (UUID pupil : school.classes().get(1).pupils()) {
            otherPupils.add(pupil.toString());
        }
        School made = new School(school.classes().get(0).teacherCode(), school.gateCode(), school.officeCode(),
                school.classes().get(0).id().toString(), pupils, school.parentInvitationCode(), children, everyone);
        made.otherClassId = school.classes().get(1).id().toString();
        made.otherPupils = otherPupils;
        return made;
    }

    /** How many events with this id the server stored (0 or 1: the id is the primary key). */
    public static int storedCopies(String eventId) {
        return start().database().jdbi().withHandle(h -> h.createQuery("select count(*) from events where id = :id")
                .bind("id", UUID.fromString(eventId)).mapTo(Integer.class).one());
    }

    private static RegisterlyServer start() {
        if (server != null) {
            return server;
        }
        AtomicReference<Object> started = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                Path data = Files.createTempDirectory("registerly-app-e2e-pg");
                started.set(RegisterlyServer.start(ServerConfig.builder()
                        .port(0)
                        .database(DatabaseSettings.sharedEmbeddedForTests(data))
                        .demoMode(true)
                        .signInAttemptsPerMinute(10_000)
                        .clock(FOLLOWING)
                        .build()));
            } catch (IOException e) {
                started.set(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                started.set(e);
            }
        }, "registerly-e2e-server");
        starter.setContextClassLoader(InProcessServer.class.getClassLoader());
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the server", e);
        }
        Object result = started.get();
        if (result instanceof RuntimeException) {
            throw (RuntimeException) result;
        }
        if (result instanceof Error) {
            throw (Error) result;
        }
        server = (RegisterlyServer) result;
        RegisterlyServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "registerly-e2e-server-stop"));
        return server;
    }

    /** A demo school as the tests need it: codes, the first class and its pupils' ids. */
    public static final class School {
        public final String teacherCode;
        public final String gateCode;
        public final String officeCode;
        public final String classId;
        public final List<String> pupils;
        /** A parent's invitation code, and the children it links. */
        public final String parentCode;
        public final List<String> parentChildren;
        /** Every pupil of the school, all classes. */
        public final List<String> allPupils;
        /** The second class (another teacher's) and its pupils. */
        public String otherClassId;
        public List<String> otherPupils;

        School(String teacherCode, String gateCode, String officeCode, String classId, List<String> pupils,
               String parentCode, List<String> parentChildren, List<String> allPupils) {
            this.allPupils = allPupils;
            this.teacherCode = teacherCode;
            this.gateCode = gateCode;
            this.officeCode = officeCode;
            this.classId = classId;
            this.pupils = pupils;
            this.parentCode = parentCode;
            this.parentChildren = parentChildren;
        }
    }
}
