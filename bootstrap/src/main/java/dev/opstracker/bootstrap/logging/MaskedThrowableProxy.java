package dev.opstracker.bootstrap.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import dev.opstracker.domain.security.SecretMasker;
import java.util.Arrays;

/**
 * A logged exception with its messages masked, and those of its causes and suppressed exceptions:
 * exception messages carry what failed, such as a JDBC URL with its password or a header. Class
 * names and stack frames are code, not data, and are left as they are.
 */
final class MaskedThrowableProxy implements IThrowableProxy {

    private final IThrowableProxy proxy;
    private final SecretMasker masker;

    private MaskedThrowableProxy(IThrowableProxy proxy, SecretMasker masker) {
        this.proxy = proxy;
        this.masker = masker;
    }

    /** {@code proxy} masked; null stays null. */
    static IThrowableProxy of(IThrowableProxy proxy, SecretMasker masker) {
        return proxy == null ? null : new MaskedThrowableProxy(proxy, masker);
    }

    @Override
    public String getMessage() {
        return masker.mask(proxy.getMessage());
    }

    /** The first line of an exception whose {@code toString} says more than its class and message. */
    @Override
    public String getOverridingMessage() {
        return masker.mask(proxy.getOverridingMessage());
    }

    @Override
    public String getClassName() {
        return proxy.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return of(proxy.getCause(), masker);
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = proxy.getSuppressed();
        return suppressed == null ? null : Arrays.stream(suppressed).map(each -> of(each, masker)).toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
        return proxy.isCyclic();
    }
}
