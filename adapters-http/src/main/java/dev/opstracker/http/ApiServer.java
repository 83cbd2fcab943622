package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.http.alert.AlertRoutes;
import dev.opstracker.http.audit.AuditRoutes;
import dev.opstracker.http.backup.BackupRoutes;
import dev.opstracker.http.billing.ClientRoutes;
import dev.opstracker.http.billing.ProjectRoutes;
import dev.opstracker.http.command.CommandRoutes;
import dev.opstracker.http.infra.ComponentBulkRoutes;
import dev.opstracker.http.infra.ComponentKindRoutes;
import dev.opstracker.http.infra.ComponentRoutes;
import dev.opstracker.http.infra.ParentingRulesRoutes;
import dev.opstracker.http.infra.TaskLinkRoutes;
import dev.opstracker.http.infra.WorkOverviewRoutes;
import dev.opstracker.http.metrics.MetricsEndpoint;
import dev.opstracker.http.metrics.MetricsRoutes;
import dev.opstracker.http.metrics.RequestMetrics;
import dev.opstracker.http.openapi.OpenApiDocument;
import dev.opstracker.http.openapi.OpenApiRoutes;
import dev.opstracker.http.openapi.RouteCatalog;
import dev.opstracker.http.limit.BodyLimitCheck;
import dev.opstracker.http.limit.JettyLimits;
import dev.opstracker.http.limit.RateLimitFilter;
import dev.opstracker.http.runbook.RunbookRoutes;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.security.TokenRoutes;
import dev.opstracker.http.security.WebhookSignatures;
import dev.opstracker.http.task.TaskRoutes;
import dev.opstracker.http.time.DraftRoutes;
import dev.opstracker.http.time.OperationsCostRoutes;
import dev.opstracker.http.time.ReportRoutes;
import dev.opstracker.http.time.TimeRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpsTracker REST API on an embedded Jetty: {@code GET /health} and the token-protected
 * {@code /api/v1/...} routes, alert webhooks among them. Start it once; {@link #close()} stops accepting requests and lets
 * the ones in flight finish, for at most {@link HttpSettings#stopTimeout()}.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String API_PATHS = "/api/v1/*";
    private static final String METRICS_PATH = "/metrics";
    private static final String OPENAPI_PATH = "/openapi.json";
    private static final Duration IDLE_CONNECTION_GRACE = Duration.ofMillis(100);

    private final Javalin app;
    private final HttpSettings settings;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Route> routes = new ArrayList<>();
    /** Set before the start that reads it: whether requests come through memory only, not a network port. */
    private volatile boolean inMemory;
    private volatile LocalConnector localConnector;

    /** A server on which every webhook needs a bearer token. */
    public ApiServer(ApiServices services, HealthProbe health, HttpSettings settings) {
        this(services, health, settings, WebhookSignatures.none());
    }

    /** A server on which the webhooks of sources that sign may authenticate by their signature instead of a token. */
    public ApiServer(ApiServices services, HealthProbe health, HttpSettings settings, WebhookSignatures signatures) {
        this(services, health, settings, signatures, MetricsEndpoint.standalone());
    }

    /** A server that records its request timings in {@code metrics} and shows them, with the rest of its meters, on {@code GET /metrics}. */
    public ApiServer(ApiServices services, HealthProbe health, HttpSettings settings, WebhookSignatures signatures, MetricsEndpoint metrics) {
        requireNonNull(services, "services is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(signatures, "signatures is null");
        requireNonNull(health, "health is null");
        this.settings = requireNonNull(settings, "settings is null");
        ObjectMapper mapper = JsonMapping.create();
        TaskRoutes taskRoutes = new TaskRoutes(services.tasks(), services.work(), mapper);
        ComponentRoutes componentRoutes = new ComponentRoutes(services.infrastructure(), mapper);
        TaskLinkRoutes linkRoutes = new TaskLinkRoutes(services.links(), services.tasks(), mapper);
        ComponentBulkRoutes bulkRoutes = new ComponentBulkRoutes(services.componentImport(), mapper);
        WorkOverviewRoutes overviewRoutes = new WorkOverviewRoutes(services.overview());
        ComponentKindRoutes kindRoutes = new ComponentKindRoutes(services.rules(), mapper);
        ParentingRulesRoutes parentingRoutes = new ParentingRulesRoutes(services.rules(), mapper);
        AlertRoutes alertRoutes = new AlertRoutes(services.alerts(), services.deadLetters(), services.routing(), mapper, signatures);
        CommandRoutes commandRoutes = new CommandRoutes(services.commands(), services.commandHistory(), mapper);
        TimeRoutes timeRoutes = new TimeRoutes(services.time(), services.clock(), mapper);
        ReportRoutes reportRoutes = new ReportRoutes(services.exports());
        OperationsCostRoutes operationsRoutes = new OperationsCostRoutes(services.operationsCost());
        DraftRoutes draftRoutes = new DraftRoutes(services.drafts(), services.clock(), mapper);
        RunbookRoutes runbookRoutes = new RunbookRoutes(services.runbooks(), services.clock(), mapper);
        ClientRoutes clientRoutes = new ClientRoutes(services.billing(), mapper);
        ProjectRoutes projectRoutes = new ProjectRoutes(services.billing(), mapper);
        TokenRoutes tokenRoutes = new TokenRoutes(services.tokens(), services.clock(), mapper);
        AuditRoutes auditRoutes = new AuditRoutes(services.audit());
        BackupRoutes backupRoutes = new BackupRoutes(services.backups(), mapper);
        HealthRoutes healthRoutes = new HealthRoutes(health, settings.version());
        BearerAuth auth = new BearerAuth(services.tokens(), signatures);
        MetricsRoutes metricsRoutes = new MetricsRoutes(metrics.registry());
        OpenApiRoutes openApiRoutes = new OpenApiRoutes(() -> openApi(mapper, settings.version()));
        this.app = Javalin.create(config -> {
            configureServer(config, mapper);
            config.events.handlerAdded(added -> routes.add(new Route(added.getHttpMethod().name(), added.getPath(), Set.copyOf(added.getRoles()))));
            new Problems(settings.bodyLimits()).register(config.routes);
            config.routes.before(new BodyLimitCheck(settings.bodyLimits()));
            // A refused request's unread body is drained up to a JSON or webhook body's size, so its sender sees the answer.
            config.routes.after(new UnreadBodies(Math.max(settings.bodyLimits().api(), settings.bodyLimits().alerts()))::settle);
            config.routes.beforeMatched(API_PATHS, auth);
            config.requestLogger.http(new RequestMetrics(metrics.registry()));
            config.routes.beforeMatched(API_PATHS, new RateLimitFilter(settings.rateLimits()));
            config.routes.get("/health", healthRoutes::health);
            config.routes.get(OPENAPI_PATH, openApiRoutes::serve);
            if (metrics.unauthenticated()) {
                config.routes.get(METRICS_PATH, metricsRoutes::scrape);
            } else {
                config.routes.beforeMatched(METRICS_PATH, auth);
                config.routes.get(METRICS_PATH, metricsRoutes::scrape, RequiredScope.METRICS_READ);
            }
            config.routes.apiBuilder(taskRoutes::addEndpoints);
            config.routes.apiBuilder(componentRoutes::addEndpoints);
            config.routes.apiBuilder(linkRoutes::addEndpoints);
            config.routes.apiBuilder(bulkRoutes::addEndpoints);
            config.routes.apiBuilder(overviewRoutes::addEndpoints);
            config.routes.apiBuilder(kindRoutes::addEndpoints);
            config.routes.apiBuilder(parentingRoutes::addEndpoints);
            config.routes.apiBuilder(alertRoutes::addEndpoints);
            config.routes.apiBuilder(commandRoutes::addEndpoints);
            config.routes.apiBuilder(timeRoutes::addEndpoints);
            config.routes.apiBuilder(reportRoutes::addEndpoints);
            config.routes.apiBuilder(operationsRoutes::addEndpoints);
            config.routes.apiBuilder(draftRoutes::addEndpoints);
            config.routes.apiBuilder(runbookRoutes::addEndpoints);
            config.routes.apiBuilder(clientRoutes::addEndpoints);
            config.routes.apiBuilder(projectRoutes::addEndpoints);
            config.routes.apiBuilder(tokenRoutes::addEndpoints);
            config.routes.apiBuilder(auditRoutes::addEndpoints);
            config.routes.apiBuilder(backupRoutes::addEndpoints);
        });
    }

    /**
     * Binds the port and starts answering.
     *
     * @return the bound port, which is a free one when {@link HttpSettings#port()} is 0
     * @throws IllegalStateException when this server was started or closed before
     */
    public int start() {
        if (stopped.get() || !started.compareAndSet(false, true)) {
            throw new IllegalStateException("an ApiServer starts once; create a new one");
        }
        app.start();
        LOG.info("OpsTracker API {} listening on {}:{}", settings.version(), settings.host(), app.port());
        return app.port();
    }

    /**
     * Starts answering requests passed in memory, without opening any port: for the command line working on its own
     * data directory, which then goes through the same routes, checks and answers as a client of a running server.
     *
     * @throws IllegalStateException when this server was started or closed before
     */
    public InMemoryApi startInMemory() {
        if (stopped.get() || !started.compareAndSet(false, true)) {
            throw new IllegalStateException("an ApiServer starts once; create a new one");
        }
        inMemory = true;
        app.start();
        LOG.debug("OpsTracker API {} answering in memory only", settings.version());
        return new InMemoryApi(localConnector);
    }

    /** Stops accepting requests and waits for those in flight; does nothing the second time. */
    public void stop() {
        if (stopped.compareAndSet(false, true) && started.get()) {
            app.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void configureServer(JavalinConfig config, ObjectMapper mapper) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // Measured with 200 alert senders on 2 cores: on virtual threads some connections were served hundreds of
        // times while others waited seconds (p99 1.9 s); Jetty's pool of platform threads serves them in turn (p99 0.36 s).
        config.concurrency.useVirtualThreads = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.jetty.modifyServer(this::drainOnStop);
        JettyLimits.configure(config.jetty, this::connector, settings.bodyLimits(), settings.connectionLimits());
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(mapper)));
        // Each route's own limit is enforced below Javalin (JettyLimits); Javalin's single one must not cut in first.
        config.http.maxRequestSize = settings.bodyLimits().largest();
        // Recorded command outputs come as multipart parts: past 1 MB a part waits in a temporary file, not in memory.
        config.jetty.multipartConfig.cacheDirectory(System.getProperty("java.io.tmpdir"));
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.multipartConfig.maxFileSize(settings.bodyLimits().uploads(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.bodyLimits().uploads(), SizeUnit.BYTES);
        config.http.strictContentTypes = true;
        config.http.prefer405over404 = true;
        config.jsonMapper(new JavalinJackson(mapper, true));
    }

    /** The OpenAPI document of the routes described in {@link RouteCatalog}, with the scopes the declared routes demand. */
    private String openApi(ObjectMapper mapper, String version) {
        Map<String, Set<RouteRole>> roles = new HashMap<>();
        routes().forEach(route -> roles.put(route.method() + " " + route.path(), route.roles()));
        try {
            return mapper.writeValueAsString(new OpenApiDocument(mapper).write(RouteCatalog.all(), roles, version));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree failed to serialize", impossible);
        }
    }

    /** Every route and filter the server declared, in the order declared: for tests that must cover each route. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Every route (no filter) as {@code METHOD path}, in the order declared: for tests that must cover each route. */
    List<String> routeKeys() {
        return routes.stream().filter(route -> !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER"))
                .map(route -> route.method() + " " + route.path()).toList();
    }

    /** A declared route: its method (such as {@code GET}, or {@code BEFORE_MATCHED} for a filter), path and roles. */
    record Route(String method, String path, Set<RouteRole> roles) {
    }

    /** The connector requests come through: memory after {@link #startInMemory()}, else the configured host and port. */
    private AbstractConnector connector(Server server, HttpConnectionFactory http) {
        if (inMemory) {
            localConnector = new LocalConnector(server, http);
            return localConnector;
        }
        ServerConnector connector = new ServerConnector(server, http);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    /** Jetty drains only through a graceful handler and with a positive stop timeout. */
    private void drainOnStop(Server server) {
        GracefulHandler graceful = new GracefulHandler();
        // Idle keep-alive connections carry no work; Jetty's default waits a second for each before closing it.
        graceful.setShutdownIdleTimeout(IDLE_CONNECTION_GRACE.toMillis());
        server.insertHandler(graceful);
        server.setStopTimeout(settings.stopTimeout().toMillis());
    }
}
