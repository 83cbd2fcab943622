package dev.opstracker.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.Map;

/**
 * The yardstick the alert targets were set against ("a bare Javalin JSON POST"): a Javalin server
 * on platform threads, as the API runs, whose one route reads the posted JSON into a tree and
 * answers a small JSON object. No token, no rules, no database.
 */
final class BareJavalin implements AutoCloseable {

    private final Javalin app;

    BareJavalin(String path) {
        ObjectMapper mapper = new ObjectMapper();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.post(path, ctx -> {
                JsonNode body = mapper.readTree(ctx.bodyAsBytes());
                ctx.json(Map.of("received", body.path("alerts").size()));
            });
        });
        app.start();
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
