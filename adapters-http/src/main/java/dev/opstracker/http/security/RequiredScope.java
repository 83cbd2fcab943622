package dev.opstracker.http.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.Scope;
import io.javalin.security.RouteRole;

/** The scope a route demands of the caller's token, declared with the route and checked by {@link BearerAuth}. */
public record RequiredScope(Scope scope) implements RouteRole {

    public static final RequiredScope TASKS_READ = new RequiredScope(Scope.TASKS_READ);
    public static final RequiredScope TASKS_WRITE = new RequiredScope(Scope.TASKS_WRITE);
    public static final RequiredScope INFRA_READ = new RequiredScope(Scope.INFRA_READ);
    public static final RequiredScope INFRA_WRITE = new RequiredScope(Scope.INFRA_WRITE);
    public static final RequiredScope ALERTS_WRITE = new RequiredScope(Scope.ALERTS_WRITE);
    public static final RequiredScope ALERTS_READ = new RequiredScope(Scope.ALERTS_READ);
    public static final RequiredScope COMMANDS_READ = new RequiredScope(Scope.COMMANDS_READ);
    public static final RequiredScope COMMANDS_WRITE = new RequiredScope(Scope.COMMANDS_WRITE);
    public static final RequiredScope TIME_READ = new RequiredScope(Scope.TIME_READ);
    public static final RequiredScope TIME_WRITE = new RequiredScope(Scope.TIME_WRITE);
    public static final RequiredScope BILLING_READ = new RequiredScope(Scope.BILLING_READ);
    public static final RequiredScope RUNBOOKS_READ = new RequiredScope(Scope.RUNBOOKS_READ);
    public static final RequiredScope RUNBOOKS_WRITE = new RequiredScope(Scope.RUNBOOKS_WRITE);
    public static final RequiredScope METRICS_READ = new RequiredScope(Scope.METRICS_READ);
    public static final RequiredScope ADMIN = new RequiredScope(Scope.ADMIN);

    public RequiredScope {
        requireNonNull(scope, "scope is null");
    }
}
