package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Wraps the pool that every store writes through, so that a "disk full" error of any JDBC call (a
 * statement, a batch, a commit) leaves as {@link DomainException.StorageFull} rather than as a vendor
 * error: the one place where the database's disk-full errors are recognised, whether a store writes
 * through jOOQ or plain JDBC. A store's transaction is rolled back by jOOQ as for any failure, so the
 * refused change leaves no rows behind. Connections and statements are wrapped; results are not.
 */
final class DiskFullTranslation implements InvocationHandler {

    /** Returned objects of these types are wrapped too, most specific first. */
    private static final List<Class<?>> WRAPPED = List.of(CallableStatement.class, PreparedStatement.class, Statement.class, Connection.class);
    static final String MESSAGE = "the database's disk is full, so this change was not stored and nothing of it was kept; "
            + "free space on the database's volume and try again, while reading still works";

    private final Object target;
    private final Vendor vendor;
    private final Consumer<SQLException> onDiskFull;

    private DiskFullTranslation(Object target, Vendor vendor, Consumer<SQLException> onDiskFull) {
        this.target = target;
        this.vendor = vendor;
        this.onDiskFull = onDiskFull;
    }

    /** {@code dataSource} with its disk-full errors translated; {@code onDiskFull} hears of each one first (to log it, to evict connections). */
    static DataSource wrap(DataSource dataSource, Vendor vendor, Consumer<SQLException> onDiskFull) {
        return proxy(DataSource.class, requireNonNull(dataSource, "dataSource is null"), requireNonNull(vendor, "vendor is null"),
                requireNonNull(onDiskFull, "onDiskFull is null"));
    }

    private static <T> T proxy(Class<T> type, Object target, Vendor vendor, Consumer<SQLException> onDiskFull) {
        return type.cast(Proxy.newProxyInstance(DiskFullTranslation.class.getClassLoader(), new Class<?>[] {type},
                new DiskFullTranslation(target, vendor, onDiskFull)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "equals":
                if (method.getParameterCount() == 1) {
                    return proxy == arguments[0];
                }
                break;
            case "hashCode":
                if (method.getParameterCount() == 0) {
                    return System.identityHashCode(proxy);
                }
                break;
            default:
                break;
        }
        Object result;
        try {
            result = method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw translated(thrown.getCause());
        }
        return result == null || method.getName().equals("unwrap") ? result : wrapped(method.getReturnType(), result);
    }

    private Throwable translated(Throwable failure) {
        if (failure instanceof SQLException sql && DiskFullErrors.diskFull(vendor, sql)) {
            onDiskFull.accept(sql);
            DomainException.StorageFull full = new DomainException.StorageFull(MESSAGE);
            full.initCause(sql);
            return full;
        }
        return failure;
    }

    private Object wrapped(Class<?> declared, Object result) {
        for (Class<?> type : WRAPPED) {
            if (declared == type) {
                return proxy(type, result, vendor, onDiskFull);
            }
        }
        return result;
    }
}
