package dev.opstracker.http.security;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * What a token limited to one client may see: that client's tasks, time, reports and billing setup,
 * and nothing of any other client's: another client's task, entry, client or project answers exactly
 * as a missing one (404), and naming another client in a filter is a 403. Such a token only reads (a
 * client's portal, an accountant's export job); time is recorded with tokens of the people doing the work.
 */
public final class ClientBinding {

    private ClientBinding() {
    }

    /**
     * The client a read covers: the one the caller named, or for a limited token its own client
     * (named or not).
     *
     * @throws DomainException.Forbidden when a limited token names another client
     */
    public static BillingCode restrict(Context ctx, BillingCode named, String field) {
        BillingCode bound = BearerAuth.caller(ctx).client();
        if (bound == null || named == null || named.equals(bound)) {
            return bound != null ? bound : named;
        }
        throw new DomainException.Forbidden(Scope.BILLING_READ.wireName(), "this token is limited to client %s and cannot read %s '%s'"
                .formatted(bound, field, named));
    }

    /**
     * The task, when the caller may see it.
     *
     * @throws DomainException.NotFound as for a missing task, when the caller's token is limited to another client
     */
    public static Task visible(Context ctx, Task task) {
        if (!sees(ctx, task.details().client())) {
            throw new DomainException.NotFound("task", task.id().toString());
        }
        return task;
    }

    /**
     * Refuses what hangs off task {@code id} (its history, its components) to a token limited to
     * another client, as if the task did not exist; {@code read} loads the task only for such a token.
     */
    public static void requireVisible(Context ctx, TaskId id, Function<TaskId, Task> read) {
        if (BearerAuth.caller(ctx).client() != null) {
            visible(ctx, read.apply(id));
        }
    }

    /** Whether the caller may see data billed to {@code client}. */
    public static boolean sees(Context ctx, BillingCode client) {
        return BearerAuth.caller(ctx).sees(client);
    }

    /** @throws DomainException.Forbidden when the caller's token is limited to a client: such tokens only read */
    public static void refuseWrites(Context ctx) {
        ApiToken caller = BearerAuth.caller(ctx);
        if (caller.client() != null) {
            throw new DomainException.Forbidden(Scope.TIME_WRITE.wireName(),
                    "token '%s' is limited to client %s and only reads; record time with a token of your own".formatted(caller.name(), caller.client()));
        }
    }
}
