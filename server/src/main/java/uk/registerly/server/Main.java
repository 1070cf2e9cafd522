package uk.registerly.server;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.server.config.HttpPort;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.config.StartupProblem;
import uk.registerly.server.db.DataDirectoryInUse;
import uk.registerly.server.db.Database;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoTrust;
import uk.registerly.server.school.NewSchool;

/**
 * {@code java -jar registerly-server.jar [--demo]}: runs the server until stopped (Ctrl-C). Settings
 * come from REGISTERLY_* environment variables (docs/server.md). {@code --demo} turns on demo mode
 * and creates (or finds) the demo school, printing its enrolment and invitation codes.
 * {@code create-school} sets up a real school and prints its first office enrolment code.
 *
 * <p>When it cannot start (a bad setting, a data directory the database cannot use or that a running
 * server holds, a port in use, a database that refuses), it prints one line on standard error naming the
 * problem and the fix and exits non-zero: {@value #EXIT_USAGE} for a bad command line or setting,
 * {@value #EXIT_CANNOT_START} otherwise. The stack trace goes to the debug log only.
 */
public final class Main {

    /** A bad command line or REGISTERLY_* setting. */
    static final int EXIT_USAGE = 2;
    /** The server (or create-school) cannot start: data directory, port, database. */
    static final int EXIT_CANNOT_START = 1;

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    private static final String USAGE = "usage: java -jar registerly-server.jar [--demo]\n"
            + "       java -jar registerly-server.jar create-school NAME OFFICE_STAFF_NAME OFFICE_STAFF_POSITION [PRESET]\n"
            + "       java -jar registerly-server.jar --totp-code KEY   (the current security code for an authenticator key)";

    public static void main(String[] args) throws InterruptedException {
        List<String> options = Arrays.asList(args);
        if (!options.isEmpty() && options.get(0).equals("create-school")) {
            createSchool(options.subList(1, options.size()));
            return;
        }
        if (options.size() == 2 && options.get(0).equals("--totp-code")) {
            // For the demo's printed key, where no authenticator app is at hand.
            byte[] key = org.bouncycastle.util.encoders.Base32.decode(padBase32(options.get(1)));
            System.out.println(uk.registerly.server.accounts.Totp.code(key, java.time.Instant.now()));
            return;
        }
        for (String option : options) {
            if (!option.equals("--demo")) {
                System.err.println("unknown option " + option + "; " + USAGE);
                System.exit(EXIT_USAGE);
            }
        }
        boolean demo = options.contains("--demo");
        ServerConfig config = configuration("Registerly server cannot start: ");
        config = config.toBuilder().demoMode(demo).build();
        System.out.println("Registerly server starting on port " + config.port() + " with " + config.database());
        RegisterlyServer server = null;
        try {
            HttpPort.requireFree(config.port());
            server = RegisterlyServer.starting(config); // /health: 503 until startupFinished()
            if (demo) {
                DemoSchool school = server.demoSchools().standard();
                System.out.println(school.describe());
                System.out.println(DemoTrust.ensure(server.database().jdbi(), server.demoSchools(), school)
                        .describe(server.baseUrl()));
            }
        } catch (RuntimeException | Error e) {
            if (server != null) {
                server.close();
            }
            exit(EXIT_CANNOT_START, "Registerly server cannot start: " + StartupProblem.describe(e, config.port())
                    .getMessage(), e);
            return;
        }
        RegisterlyServer running = server;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "registerly-shutdown"));
        running.startupFinished();
        System.out.println("Registerly server listening on " + running.baseUrl() + " (OpenAPI: " + running.baseUrl()
                + "/openapi.json). Ctrl-C stops it.");
        stopped.await();
    }

    private static String padBase32(String key) {
        String k = key.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return k + "=".repeat((8 - k.length() % 8) % 8);
    }

    /** Creates a school and prints its first office enrolment code; the server need not be running. */
    private static void createSchool(List<String> args) {
        if (args.size() < 3 || args.size() > 4) {
            System.err.println(USAGE);
            System.exit(EXIT_USAGE);
        }
        ServerConfig config = configuration("create-school: ");
        try (Database database = Database.open(config.database(), 2, "registerly/" + config.nodeName() + "/setup")) {
            NewSchool.Created created;
            try {
                created = NewSchool.create(database.jdbi(), args.get(0), args.get(1), args.get(2),
                        args.size() == 4 ? args.get(3) : SchoolPresets.MILLBROOK, config.clock().instant());
            } catch (IllegalArgumentException e) {
                exit(EXIT_USAGE, "create-school: " + StartupProblem.oneLine(e.getMessage()), e);
                return;
            }
            System.out.println("School " + args.get(0) + " created (" + created.schoolId() + ").");
            System.out.println("Office enrolment code for " + args.get(1) + ", " + args.get(2) + ": "
                    + created.officeEnrolmentCode() + " (single use, valid until " + created.codeExpiresAt() + ").");
            System.out.println("Next: enrol the office device, import the roster (POST /api/v1/roster/import/...)"
                    + " and set the calendar (PUT /api/v1/school/calendar).");
        } catch (DataDirectoryInUse e) {
            exit(EXIT_CANNOT_START, "create-school: the data directory " + e.dataDir() + " is in use by a running"
                    + " Registerly server, whose database create-school must not stop: stop that server (Ctrl-C) and"
                    + " run create-school again" + (e.port() == null ? "" : ", or run it against the running database"
                    + " with REGISTERLY_DB_URL=jdbc:postgresql://localhost:" + e.port() + "/postgres"
                    + " REGISTERLY_DB_USER=postgres"), e);
        } catch (RuntimeException | Error e) {
            exit(EXIT_CANNOT_START, "create-school: " + StartupProblem.describe(e, config.port()).getMessage(), e);
        }
    }

    /** The REGISTERLY_* settings, or exit with the one line naming the bad one. */
    private static ServerConfig configuration(String prefix) {
        try {
            return ServerConfig.fromEnvironment(System.getenv());
        } catch (StartupProblem | IllegalArgumentException e) {
            exit(EXIT_USAGE, prefix + StartupProblem.oneLine(e.getMessage()), e);
            throw new AssertionError("exited");
        }
    }

    /** One line on standard error, the stack trace to the debug log, and the exit status. */
    private static void exit(int status, String line, Throwable cause) {
        LOG.debug("{}", line, cause);
        System.err.println(line);
        System.exit(status);
    }
}
