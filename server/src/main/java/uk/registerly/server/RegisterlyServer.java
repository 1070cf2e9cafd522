package uk.registerly.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.registerly.server.accounts.SignInLimits;
import uk.registerly.server.accounts.StaffAccountRoutes;
import uk.registerly.server.accounts.StaffAccounts;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.AccessCheck;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.cache.SchoolStateCache;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.casework.CaseworkRoutes;
import uk.registerly.server.cover.CoverRoutes;
import uk.registerly.server.dashboard.DashboardRoutes;
import uk.registerly.server.db.Database;
import uk.registerly.server.demo.DemoSchools;
import uk.registerly.server.devices.DeviceClockRoutes;
import uk.registerly.server.devices.DeviceRoutes;
import uk.registerly.server.devices.Enrolment;
import uk.registerly.server.exports.ExportRoutes;
import uk.registerly.server.exports.push.MarksPusher;
import uk.registerly.server.figures.FigureRoutes;
import uk.registerly.server.health.HealthRoutes;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.ErrorResponses;
import uk.registerly.server.http.Json;
import uk.registerly.server.http.OpenApiRoute;
import uk.registerly.server.http.ParamTypes;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.ratelimit.RateLimiter;
import uk.registerly.server.parents.ParentAccounts;
import uk.registerly.server.letters.LetterRoutes;
import uk.registerly.server.parents.ParentRoutes;
import uk.registerly.server.roster.RosterRoutes;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolRoutes;
import uk.registerly.server.schoolday.SchoolDayRoutes;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.scope.DeviceScopes;
import uk.registerly.server.sync.PullService;
import uk.registerly.server.sync.PushService;
import uk.registerly.server.sync.SyncRoutes;
import uk.registerly.server.worklists.WorklistRoutes;

/**
 * The sync server as an object: {@link #start(ServerConfig)} opens the database (migrating it),
 * binds HTTP (port 0: a free port, see {@link #port()}) and returns; {@link #close()} stops both.
 * Tests and other modules' end-to-end tests start it in-process this way.
 */
public final class RegisterlyServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterlyServer.class);

    private final ServerConfig config;
    private final Database database;
    private final Javalin javalin;
    private final List<ApiRoutes.Route> routes;
    private final DemoSchools demoSchools;
    private final HealthRoutes health;
    private final DashboardRoutes dashboard;
    private final MarksPusher marksPusher;

    private RegisterlyServer(ServerConfig config, Database database, Javalin javalin, List<ApiRoutes.Route> routes,
                             DemoSchools demoSchools, HealthRoutes health, DashboardRoutes dashboard,
                             MarksPusher marksPusher) {
        this.dashboard = dashboard;
        this.marksPusher = marksPusher;
        this.config = config;
        this.database = database;
        this.javalin = javalin;
        this.routes = routes;
        this.demoSchools = demoSchools;
        this.health = health;
    }

    /** Starts the server ready: /health answers 200 as soon as this returns (while the database answers). */
    public static RegisterlyServer start(ServerConfig config) {
        RegisterlyServer server = starting(config);
        server.startupFinished();
        return server;
    }

    /**
     * Starts the server with start-up still under way: it serves every route, but /health answers 503
     * {@code not_ready} until {@link #startupFinished()}, so a load balancer sends no traffic to a
     * server still creating its demo school.
     */
    public static RegisterlyServer starting(ServerConfig config) {
        Database database = Database.open(config.database(), config.dbPoolSize(), "registerly/" + config.nodeName());
        try {
            Clock clock = config.clock();
            StaffAccounts staffAccounts = new StaffAccounts(database.jdbi(), clock);
            Authenticator auth = new Authenticator(database.jdbi(), database.dataSource(), staffAccounts::principal);
            SchoolSetups setups = new SchoolSetups();
            RateLimiter signInLimiter = new RateLimiter(database.jdbi(), "sign-in", config.signInAttemptsPerMinute(), clock,
                    config.trustedProxies());
            DeviceRoutes devices = new DeviceRoutes(database.jdbi(),
                    new Enrolment(database.jdbi(), config.demoMode()), signInLimiter, clock);
            SchoolRosters rosters = new SchoolRosters();
            DeviceScopes scopes = new DeviceScopes(rosters, setups);
            PushService push = new PushService(database.jdbi(), setups, rosters, clock, config.maxBatchEvents());
            SyncRoutes sync = new SyncRoutes(push, new PullService(database.jdbi(), scopes, clock), clock);
            CoverRoutes cover = new CoverRoutes(database.jdbi(), setups, clock);
            RosterRoutes roster = new RosterRoutes(database.jdbi(), clock);
            SchoolRoutes school = new SchoolRoutes(database.jdbi(), setups);
            ParentRoutes parents = new ParentRoutes(database.jdbi(),
                    new ParentAccounts(database.jdbi(), config.demoMode()), signInLimiter, clock,
                    config.maxEvidenceBytes());
            // One cache of evaluated schools, shared by the worklists, the figures API and the dashboard.
            SchoolStateCache stateCache = new SchoolStateCache(config.cacheMaxFacts());
            WorklistRoutes worklists = new WorklistRoutes(database.jdbi(), setups, scopes, stateCache, clock);
            ExportRoutes exports = new ExportRoutes(database.jdbi(), setups, clock);
            SchoolDayRoutes schoolDay = new SchoolDayRoutes(database.jdbi(), setups, clock);
            DemoSchools demoSchools = new DemoSchools(database.jdbi(), push, clock, config.maxBatchEvents());
            HealthRoutes health = new HealthRoutes(database.dataSource(), clock);
            SignInLimits staffSignIn = new SignInLimits(database.jdbi(), config.signInAttemptsPerMinute(), clock,
                    config.trustedProxies());
            FigureRoutes figures = new FigureRoutes(database.jdbi(), setups, stateCache, clock);
            StaffAccountRoutes staff = new StaffAccountRoutes(database.jdbi(), staffAccounts, staffSignIn);
            DashboardRoutes dashboard = new DashboardRoutes(database.jdbi(), staffAccounts, staffSignIn,
                    figures.service(), clock);
            ApiRoutes[] registered = new ApiRoutes[1];
            Javalin javalin = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
                ParamTypes.register(cfg.validation);
                cfg.http.maxRequestSize = config.maxBodyBytes();
                cfg.http.prefer405over404 = true;
                cfg.jetty.port = config.port();
                // Devices learn their clock offset from this header on every response, errors included.
                cfg.routes.before(ctx -> ctx.header("X-Server-Time", clock.instant().toString()));
                // Who is asking, trusted-proxy aware: rate limits and the audit log key on the same address.
                cfg.routes.before(ClientAddress.resolveOnEveryRequest(config.trustedProxies()));
                cfg.requestLogger.http((ctx, ms) -> {
                    // Paths hold only ids; bodies (names) and headers (tokens) are never logged.
                    if (LOG.isInfoEnabled()) {
                        LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                    }
                });
                ErrorResponses.install(cfg.routes, clock);
                cfg.routes.beforeMatched(new AccessCheck(auth));
                ApiRoutes api = new ApiRoutes(cfg.routes);
                health.register(api);
                OpenApiRoute.register(api, Access.PUBLIC);
                devices.register(api);
                new DeviceClockRoutes(database.jdbi(), clock).register(api);
                sync.register(api);
                school.register(api);
                roster.register(api);
                cover.register(api);
                parents.register(api);
                worklists.register(api);
                exports.register(api);
                figures.register(api);
                staff.register(api);
                dashboard.register(cfg.routes);
                schoolDay.register(api);
                new CaseworkRoutes(database.jdbi(), setups, clock).register(api);
                new LetterRoutes(database.jdbi(), setups, push, clock).register(api);
                registered[0] = api;
            });
            javalin.start(config.port());
            // Off unless REGISTERLY_MARKS_PUSH_URL is set (issue 17, item 5).
            MarksPusher marksPusher = config.marksPush()
                    .map(s -> MarksPusher.forAllSchools(database.jdbi(), setups, s, clock)).orElse(null);
            if (marksPusher != null) {
                marksPusher.start();
            }
            return new RegisterlyServer(config, database, javalin, registered[0].registered(), demoSchools, health,
                    dashboard, marksPusher);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Start-up (the demo school, when asked for) has finished: /health may answer 200. */
    public void startupFinished() {
        health.startupFinished();
    }

    /** The bound HTTP port (the real one when started on port 0). */
    public int port() {
        return javalin.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public ServerConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    /**
     * Creates demo schools (the standard one with the documented DEMO-* codes, or fresh ones with random
     * codes). Their codes work only in demo mode, so this refuses to run without it.
     */
    public DemoSchools demoSchools() {
        if (!config.demoMode()) {
            throw new IllegalStateException("demo schools need a server started with demoMode(true)");
        }
        return demoSchools;
    }

    /** Every dashboard page served, with who may open it (issue 18: not API routes, not in the OpenAPI). */
    public List<DashboardRoutes.Page> dashboardPages() {
        return dashboard.pages();
    }

    /** Every route served, with who may call it. */
    public List<ApiRoutes.Route> routes() {
        return routes;
    }

    /** The marks push's job, when configured. */
    public Optional<MarksPusher> marksPusher() {
        return Optional.ofNullable(marksPusher);
    }

    @Override
    public void close() {
        if (marksPusher != null) {
            marksPusher.close();
        }
        javalin.stop();
        health.close();
        database.close();
    }
}
