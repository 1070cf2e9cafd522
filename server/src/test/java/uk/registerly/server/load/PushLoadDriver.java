package uk.registerly.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.Json;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.TestEvents;

/**
 * Load driver (not a test: run by hand, see docs/benchmarks.md). N devices each push batches of 30
 * REGISTER_MARK events over real HTTP to a server on a durable embedded PostgreSQL (fsync on); then
 * the same number of threads insert the same rows with a raw JDBC batch (30 rows, one commit per
 * batch) into the same table of the same database. Prints events/s and push latency percentiles.
 *
 * <p>Arguments: [devices=20] [batches per device=100] [warm-up batches per device=10].
 */
public final class PushLoadDriver {

    private static final int EVENTS_PER_BATCH = 30;

    private PushLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (ScratchServer scratch = ScratchServer.start("registerly-load-pg", Clock.systemUTC())) {
            RegisterlyServer server = scratch.server();
            int classesPerYear = (devices + 3) / 4;
            DemoSchool school = server.demoSchools().create(new DemoSchoolOptions("Load Test Academy",
                    List.of("3", "4", "5", "6"), classesPerYear, EVENTS_PER_BATCH, 0, false));
            List<LocalDate> days = schoolDays();
            ApiClient api = new ApiClient(server.baseUrl());
            List<String> tokens = new ArrayList<>();
            List<List<String>> bodies = new ArrayList<>();
            List<List<List<ObjectNode>>> rows = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                DemoSchool.DemoClass c = school.classes().get(d % school.classes().size());
                tokens.add(api.enrol(c.teacherCode()));
                TestEvents events = new TestEvents();
                List<String> deviceBodies = new ArrayList<>();
                List<List<ObjectNode>> deviceRows = new ArrayList<>();
                for (int b = 0; b < warmUp + batches; b++) {
                    LocalDate day = days.get((d + b) % days.size());
                    String session = b % 2 == 0 ? "AM" : "PM";
                    List<ObjectNode> batch = new ArrayList<>();
                    for (UUID pupil : c.pupils()) {
                        batch.add(events.mark(pupil, day, session, session.equals("AM") ? "/" : "\\"));
                    }
                    deviceBodies.add(TestEvents.batch(batch).toString());
                    deviceRows.add(batch);
                }
                bodies.add(deviceBodies);
                rows.add(deviceRows);
            }
            String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB heap, Java " + Runtime.version();
            System.out.println("Load driver: " + devices + " devices x " + batches + " batches x " + EVENTS_PER_BATCH
                    + " events (after " + warmUp + " warm-up batches each); " + machine);

            run(server, tokens, bodies, 0, warmUp);
            long[] latencies = new long[devices * batches];
            double pushSeconds = run(server, tokens, bodies, warmUp, warmUp + batches, latencies);
            int total = devices * batches * EVENTS_PER_BATCH;
            double pushRate = total / pushSeconds;
            Arrays.sort(latencies);

            double rawSeconds = rawInsert(server, school, rows, warmUp, warmUp + batches);
            double rawRate = total / rawSeconds;

            System.out.printf("push over HTTP: %,d events in %.2f s = %,.0f events/s; push latency p50 %.1f ms, p99 %.1f ms%n",
                    total, pushSeconds, pushRate, latencies[latencies.length / 2] / 1e6,
                    latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] / 1e6);
            System.out.printf("raw JDBC batch insert (same rows, %d threads, %d rows per commit): %,.0f events/s%n",
                    devices, EVENTS_PER_BATCH, rawRate);
            System.out.printf("push / raw = %.2f%n", pushRate / rawRate);
        }
    }

    private static double run(RegisterlyServer server, List<String> tokens, List<List<String>> bodies, int from, int to)
            throws Exception {
        return run(server, tokens, bodies, from, to, null);
    }

    /** Every device pushes its batches [from, to) one after another, on its own connection; all devices at once. */
    private static double run(RegisterlyServer server, List<String> tokens, List<List<String>> bodies, int from, int to,
                              long[] latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<List<byte[]>> requests = new ArrayList<>();
            for (int d = 0; d < tokens.size(); d++) {
                List<byte[]> deviceRequests = new ArrayList<>();
                for (int b = from; b < to; b++) {
                    deviceRequests.add(RawHttpConnection.post("localhost", server.port(), "/api/v1/sync/push",
                            tokens.get(d), bodies.get(d).get(b)));
                }
                requests.add(deviceRequests);
            }
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int d = 0; d < tokens.size(); d++) {
                int device = d;
                futures.add(pool.submit(() -> {
                    try (RawHttpConnection connection = new RawHttpConnection("localhost", server.port())) {
                        for (int b = 0; b < to - from; b++) {
                            long sent = System.nanoTime();
                            RawHttpConnection.Response response = connection.send(requests.get(device).get(b));
                            long took = System.nanoTime() - sent;
                            if (response.status() != 200) {
                                throw new IllegalStateException("push failed: " + response.status() + " " + response.body());
                            }
                            if (latencies != null) {
                                latencies[device * (to - from) + b] = took;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same rows (fresh ids), straight into the events table: what the database alone can do. */
    private static double rawInsert(RegisterlyServer server, DemoSchool school, List<List<List<ObjectNode>>> rows,
                                    int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(rows.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (List<List<ObjectNode>> deviceRows : rows) {
                futures.add(pool.submit(() -> {
                    UUID device = UUID.randomUUID();
                    try (Connection c = server.database().dataSource().getConnection()) {
                        c.setAutoCommit(false);
                        try (PreparedStatement insert = c.prepareStatement("""
                                insert into events (id, school_id, pupil_id, device_id, device_seq, type, payload, device_time)
                                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")) {
                            for (int b = from; b < to; b++) {
                                for (ObjectNode event : deviceRows.get(b)) {
                                    JsonNode payload = event.get("payload");
                                    insert.setObject(1, UUID.randomUUID());
                                    insert.setObject(2, school.schoolId());
                                    insert.setObject(3, UUID.fromString(payload.get("pupil").asText()));
                                    insert.setObject(4, device);
                                    insert.setLong(5, event.get("deviceSeq").asLong());
                                    insert.setString(6, event.get("type").asText());
                                    insert.setString(7, Json.write(payload));
                                    insert.setObject(8, java.time.OffsetDateTime.parse(event.get("deviceTime").asText()));
                                    insert.addBatch();
                                }
                                insert.executeBatch();
                                c.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** School days of the demo term up to today (its first Monday is an INSET day). */
    private static List<LocalDate> schoolDays() {
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneId.of("Europe/London"));
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2).plusDays(1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        return days;
    }
}
