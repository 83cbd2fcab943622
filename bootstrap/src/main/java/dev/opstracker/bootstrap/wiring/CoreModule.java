package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.bootstrap.Settings;
import java.time.InstantSource;

/** The use-case services, the clock and the settings. */
public final class CoreModule extends AbstractModule {

    private final Settings settings;

    public CoreModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    protected void configure() {
        binder().disableCircularProxies();
        binder().requireAtInjectOnConstructors();
        binder().requireExplicitBindings();
        bind(Settings.class).toInstance(settings);
        bind(InstantSource.class).toInstance(InstantSource.system());
        bind(TaskService.class).in(Scopes.SINGLETON);
        bind(TokenService.class).in(Scopes.SINGLETON);
    }
}
