package uk.registerly.server;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.db.Database;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.school.NewSchool;

/**
 * {@code java -jar registerly-server.jar [--demo]}: runs the server until stopped (Ctrl-C). Settings
 * come from REGISTERLY_* environment variables (docs/server.md). {@code --demo} turns on demo mode
 * and creates (or finds) the demo school, printing its enrolment and invitation codes.
 * {@code create-school} sets up a real school and prints its first office enrolment code.
 */
public final class Main {

    private Main() {
    }

    private static final String USAGE = "usage: java -jar registerly-server.jar [--demo]\n"
            + "       java -jar registerly-server.jar create-school NAME OFFICE_STAFF_NAME OFFICE_STAFF_POSITION [PRESET]";

    public static void main(String[] args) throws InterruptedException {
        List<String> options = Arrays.asList(args);
        if (!options.isEmpty() && options.get(0).equals("create-school")) {
            createSchool(options.subList(1, options.size()));
            return;
        }
        for (String option : options) {
            if (!option.equals("--demo")) {
                System.err.println("unknown option " + option + "; " + USAGE);
                System.exit(2);
            }
        }
        boolean demo = options.contains("--demo");
        ServerConfig config;
        try {
            config = ServerConfig.fromEnvironment(System.getenv()).toBuilder().demoMode(demo).build();
        } catch (IllegalArgumentException e) {
            System.err.println("configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Registerly server starting on port " + config.port() + " with " + config.database());
        RegisterlyServer server = RegisterlyServer.starting(config); // /health: 503 until startupFinished()
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "registerly-shutdown"));
        if (demo) {
            DemoSchool school = server.demoSchools().standard();
            System.out.println(school.describe());
        }
        server.startupFinished();
        System.out.println("Registerly server listening on " + server.baseUrl() + " (OpenAPI: " + server.baseUrl()
                + "/openapi.json). Ctrl-C stops it.");
        stopped.await();
    }

    /** Creates a school and prints its first office enrolment code; the server need not be running. */
    private static void createSchool(List<String> args) {
        if (args.size() < 3 || args.size() > 4) {
            System.err.println(USAGE);
            System.exit(2);
        }
        ServerConfig config = ServerConfig.fromEnvironment(System.getenv());
        try (Database database = Database.open(config.database(), 2, "registerly/" + config.nodeName() + "/setup")) {
            NewSchool.Created created = NewSchool.create(database.jdbi(), args.get(0), args.get(1), args.get(2),
                    args.size() == 4 ? args.get(3) : SchoolPresets.MILLBROOK, config.clock().instant());
            System.out.println("School " + args.get(0) + " created (" + created.schoolId() + ").");
            System.out.println("Office enrolment code for " + args.get(1) + ", " + args.get(2) + ": "
                    + created.officeEnrolmentCode() + " (single use, valid until " + created.codeExpiresAt() + ").");
            System.out.println("Next: enrol the office device, import the roster (POST /api/v1/roster/import/...)"
                    + " and set the calendar (PUT /api/v1/school/calendar).");
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
