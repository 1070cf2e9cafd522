package uk.registerly.server;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.demo.DemoSchool;

/**
 * {@code java -jar registerly-server.jar [--demo]}: runs the server until stopped (Ctrl-C). Settings
 * come from REGISTERLY_* environment variables (docs/server.md). {@code --demo} turns on demo mode
 * and creates (or finds) the demo school, printing its enrolment and invitation codes.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = Arrays.asList(args);
        for (String option : options) {
            if (!option.equals("--demo")) {
                System.err.println("unknown option " + option + "; usage: java -jar registerly-server.jar [--demo]");
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
        RegisterlyServer server = RegisterlyServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "registerly-shutdown"));
        if (demo) {
            DemoSchool school = server.demoSchools().standard();
            System.out.println(school.describe());
        }
        System.out.println("Registerly server listening on " + server.baseUrl() + " (OpenAPI: " + server.baseUrl()
                + "/openapi.json). Ctrl-C stops it.");
        stopped.await();
    }
}
