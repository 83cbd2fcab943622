package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/** Reading a request body went past its route's limit; the API answers 413 naming {@link #limit()}. */
public final class RequestBodyTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient BodyLimits.Limit limit;

    RequestBodyTooLarge(BodyLimits.Limit limit) {
        super(requireNonNull(limit, "limit is null").describe());
        this.limit = limit;
    }

    public BodyLimits.Limit limit() {
        return limit;
    }
}
