package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.opstracker.application.shared.ActivityListener;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.bootstrap.metrics.MetricsVariables;
import dev.opstracker.bootstrap.metrics.MicrometerActivity;
import dev.opstracker.bootstrap.metrics.OperationsGauges;
import dev.opstracker.http.metrics.MetricsEndpoint;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.StoredFigures;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The meters {@code GET /metrics} shows: the use cases' counts, the connection pool's, stored state, the disk and the
 * JVM. One registry per process; each node of a cluster is scraped on its own.
 */
public final class MetricsModule extends AbstractModule {

    private final Settings settings;

    public MetricsModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Provides
    @Singleton
    PrometheusMeterRegistry registry(Database database) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (database.dataSource() instanceof HikariDataSource pool) {
            // hikaricp_connections_active, _idle, _pending, _max, _timeout_total and the acquire and usage timings, per pool.
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
        OperationsGauges.register(registry, new StoredFigures(database), settings.dataDirectory());
        return registry;
    }

    @Provides
    @Singleton
    static ActivityListener activityListener(PrometheusMeterRegistry registry) {
        return new MicrometerActivity(registry);
    }

    /** From {@value MetricsVariables#UNAUTHENTICATED}: a token with metrics:read is needed unless it is {@code true}. */
    @Provides
    @Singleton
    static MetricsEndpoint metricsEndpoint(PrometheusMeterRegistry registry) {
        return new MetricsEndpoint(registry, MetricsVariables.unauthenticated(System::getenv));
    }
}
