package dev.opstracker.http.time;

import static io.javalin.apibuilder.ApiBuilder.get;
import static java.util.Objects.requireNonNull;

import dev.opstracker.application.time.ReportRequest;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.ClientBinding;
import dev.opstracker.http.security.RequiredScope;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/reports/time}: a time report or its entries in any {@linkplain dev.opstracker.application.time.ExportFormat
 * export format}, over {@link TimeExports}. Needs {@code billing:read}, the billing role: a report covers every user's
 * entries (narrowed by {@code user=} when given), since invoicing a client needs everyone's time on it. Each export is
 * recorded in the audit log (the calling token, the filter and the format) before its first byte.
 * <ul>
 *   <li>200, streamed as the store is read: {@code Content-Type} the format's media type with {@code charset=utf-8},
 *       and for the CSV formats {@code Content-Disposition: attachment} with a name such as {@code time-2026-06-01-2026-12-01.csv}.</li>
 *   <li>400 naming the parameter and value for an unknown parameter, a bad {@code tz}, {@code groupBy}, {@code format},
 *       {@code from}/{@code to} (dates mean their midnight in {@code tz}; {@code to} must come after {@code from}),
 *       {@code rounding} ({@code mode/minutes/scope[/minimumMinutes]}), {@code dateFormat} or {@code timeFormat}.</li>
 *   <li>403 without {@code billing:read}.</li>
 * </ul>
 * Public only so that the server in the parent package can mount it.
 */
public final class ReportRoutes {

    static final String PATH = "/api/v1/reports/time";

    private final TimeExports exports;

    public ReportRoutes(TimeExports exports) {
        this.exports = requireNonNull(exports, "exports is null");
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        get(PATH, this::report, RequiredScope.BILLING_READ);
    }

    private void report(Context ctx) throws IOException {
        ReportQuery query = ReportQuery.parse(ctx.queryParamMap());
        HeadersFirst body = new HeadersFirst(ctx, query);
        // Not closed on failure: closing would commit the headers of a 200 before the problem response is written.
        Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        // A token limited to one client gets that client's report whatever it names, and a 403 for naming another.
        ReportRequest request = query.request().forClient(ClientBinding.restrict(ctx, query.request().client(), "client"));
        exports.export(BearerAuth.actor(ctx), request, query.format(), query.options(), out);
        out.flush();
        body.finish();
    }

    /**
     * The response body, whose headers are set on the first byte written (or when the report is
     * finished, if empty): an error the use case raises before writing still gets a clean problem response.
     */
    private static final class HeadersFirst extends OutputStream {

        private final Context ctx;
        private final ReportQuery query;
        private OutputStream body;

        HeadersFirst(Context ctx, ReportQuery query) {
            this.ctx = ctx;
            this.query = query;
        }

        @Override
        public void write(int oneByte) throws IOException {
            body().write(oneByte);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            body().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (body != null) {
                body.flush();
            }
        }

        /** Sends the headers even when nothing was written; Javalin closes the stream after the handler. */
        void finish() throws IOException {
            body().flush();
        }

        private OutputStream body() {
            if (body == null) {
                ctx.contentType(query.format().mediaType() + "; charset=utf-8");
                if (query.format().mediaType().equals("text/csv")) {
                    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"%s\"".formatted(query.fileName()));
                }
                body = ctx.outputStream();
            }
            return body;
        }
    }
}
