package dev.opstracker.bootstrap.archfixture.application;

import com.google.inject.Injector;

/** Breaks "Guice stays in bootstrap" and "application uses domain and jakarta.inject only". */
public final class GuiceAwareService {

    private final Injector injector;

    public GuiceAwareService(Injector injector) {
        this.injector = injector;
    }

    public Object lookUp(Class<?> type) {
        return injector.getInstance(type);
    }
}
