package dev.opstracker.http.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.GrafanaSignature;
import dev.opstracker.domain.security.SignatureCheck;
import dev.opstracker.domain.security.StandardWebhookSignature;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/** How one alert source signs its deliveries: the scheme, its secrets and the headers it reads. */
public sealed interface SourceSigning {

    /** The scheme's name in the configuration, such as {@code standard-webhooks}. */
    String scheme();

    /** Whether the request carries this scheme's signature header, and so asks to be let in by it rather than by a token. */
    boolean offeredBy(Context ctx);

    /** Checks the request's headers against the exact body bytes. */
    SignatureCheck check(Context ctx, byte[] body, Instant now);

    /** The id under which a verified delivery is single-use, and until when; empty when the scheme has no id. */
    Optional<SingleUse> singleUse(Context ctx);

    /** A delivery id that may be accepted once before {@code until}, after which its timestamp is stale anyway. */
    record SingleUse(String id, Instant until) {
    }

    /** Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}. */
    record StandardWebhooks(StandardWebhookSignature signature) implements SourceSigning {

        public static final String SCHEME = "standard-webhooks";
        static final String ID_HEADER = "webhook-id";
        static final String TIMESTAMP_HEADER = "webhook-timestamp";
        static final String SIGNATURE_HEADER = "webhook-signature";

        public StandardWebhooks {
            requireNonNull(signature, "signature is null");
        }

        @Override
        public String scheme() {
            return SCHEME;
        }

        @Override
        public boolean offeredBy(Context ctx) {
            return ctx.header(SIGNATURE_HEADER) != null;
        }

        @Override
        public SignatureCheck check(Context ctx, byte[] body, Instant now) {
            return signature.verify(ctx.header(ID_HEADER), ctx.header(TIMESTAMP_HEADER), ctx.header(SIGNATURE_HEADER), body, now);
        }

        @Override
        public Optional<SingleUse> singleUse(Context ctx) {
            String id = ctx.header(ID_HEADER);
            return StandardWebhookSignature.acceptedUntil(ctx.header(TIMESTAMP_HEADER)).map(until -> new SingleUse(id, until));
        }

        @Override
        public String toString() {
            return "%s (secrets: %d)".formatted(SCHEME, signature.secrets().size());
        }
    }

    /**
     * Grafana's {@code hmacConfig}: a bare hex HMAC in {@code signatureHeader}, over {@code timestamp:body} when
     * {@code timestampHeader} is set (null otherwise). Grafana sends no delivery id, so only the timestamp limits
     * replays; within its window a replayed delivery is folded by the intake's dedup like any repeat.
     */
    record GrafanaHmac(GrafanaSignature signature, String signatureHeader, String timestampHeader) implements SourceSigning {

        public static final String SCHEME = "grafana-hmac";
        public static final String DEFAULT_SIGNATURE_HEADER = "X-Grafana-Alerting-Signature";

        public GrafanaHmac {
            requireNonNull(signature, "signature is null");
            requireNonNull(signatureHeader, "signatureHeader is null");
            if (signature.timestamped() != (timestampHeader != null)) {
                throw new IllegalArgumentException("a timestamped signature needs a timestamp header, and only it");
            }
        }

        @Override
        public String scheme() {
            return SCHEME;
        }

        @Override
        public boolean offeredBy(Context ctx) {
            return ctx.header(signatureHeader) != null;
        }

        @Override
        public SignatureCheck check(Context ctx, byte[] body, Instant now) {
            String timestamp = timestampHeader == null ? null : ctx.header(timestampHeader);
            return signature.verify(ctx.header(signatureHeader), timestamp, body, now);
        }

        @Override
        public Optional<SingleUse> singleUse(Context ctx) {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "%s (secrets: %d, signature header %s, %s)".formatted(SCHEME, signature.secrets().size(), signatureHeader,
                    timestampHeader == null ? "no timestamp" : "timestamp header " + timestampHeader);
        }
    }
}
