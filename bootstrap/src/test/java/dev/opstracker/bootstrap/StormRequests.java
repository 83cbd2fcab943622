package dev.opstracker.bootstrap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The request bodies of a storm, as monitoring and people send them: generic and Alertmanager alert
 * deliveries (distinct dedup keys; some share an alertname, so they fold into one task as a storm),
 * time entries with unique notes in slots of their own, timer starts, and recorded command runs.
 * Every body is built from a name that is unique in the run, so what it created can be found again.
 */
final class StormRequests {

    static final String GENERIC_PATH = "/api/v1/alerts/generic";
    static final String ALERTMANAGER_PATH = "/api/v1/alerts/alertmanager";
    /** Entries by hand live a month back, each in a two-minute slot of its own, so they never overlap. */
    private static final Instant ENTRY_BASE = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(30));
    private static final Instant STARTS_AT = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

    private final String run;

    /** {@code run} tells this storm's names from any other's on a shared database. */
    StormRequests(String run) {
        this.run = run;
    }

    /** One alert delivery to {@link #GENERIC_PATH} or {@link #ALERTMANAGER_PATH}, and the dedup keys it carries. */
    record Delivery(String path, String body, List<String> dedupKeys) {
    }

    /**
     * Delivery {@code n} of a sender: every third one joins a storm of up to ten alerts sharing an
     * alertname; Alertmanager deliveries carry one to three alerts.
     */
    Delivery alerts(String sender, int n, Random random) {
        String storm = n % 3 == 0 ? "WriteStorm-%s-%s-%d".formatted(run, sender, n / 30) : null;
        if (random.nextBoolean()) {
            String key = "%s-%s-g%d".formatted(run, sender, n);
            String labels = storm == null ? "{\"source\":\"crash\"}" : "{\"alertname\":\"%s\"}".formatted(storm);
            String body = "{\"title\":\"Crash storm %s\",\"dedup_key\":\"%s\",\"severity\":\"warning\",\"labels\":%s}".formatted(key, key, labels);
            return new Delivery(GENERIC_PATH, body, List.of(key));
        }
        int count = 1 + random.nextInt(3);
        List<String> keys = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            String fingerprint = HexFormat.of().toHexDigits(random.nextLong());
            keys.add(fingerprint);
            String alertName = storm == null ? "Crash-" + fingerprint : storm;
            alerts.add(("{\"status\":\"firing\",\"labels\":{\"alertname\":\"%s\",\"instance\":\"node-%d:9100\"},\"annotations\":{\"summary\":"
                    + "\"Crash storm %s\"},\"startsAt\":\"%s\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":\"http://prometheus:9090\","
                    + "\"fingerprint\":\"%s\"}").formatted(alertName, n, fingerprint, STARTS_AT, fingerprint));
        }
        String body = ("{\"version\":\"4\",\"status\":\"firing\",\"receiver\":\"opstracker\",\"groupKey\":\"{}:{sender=\\\"%s\\\"}\","
                + "\"externalURL\":\"http://alertmanager:9093\",\"truncatedAlerts\":0,\"alerts\":[%s]}").formatted(sender, String.join(",", alerts));
        return new Delivery(ALERTMANAGER_PATH, body, keys);
    }

    /** The note that names entry {@code n} of {@code user}. */
    String entryNote(String user, int n) {
        return "crash entry %s %s %d".formatted(run, user, n);
    }

    /** Entry {@code n} of {@code user} by hand, in its own minute. */
    String entry(long taskId, String user, int n) {
        Instant start = ENTRY_BASE.plus(Duration.ofMinutes(2L * n));
        return "{\"taskId\":%d,\"user\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"zone\":\"Europe/Berlin\",\"note\":\"%s\"}"
                .formatted(taskId, user, start, start.plus(Duration.ofMinutes(1)), entryNote(user, n));
    }

    String startTimer(long taskId, String user) {
        return "{\"taskId\":%d,\"user\":\"%s\",\"zone\":\"UTC\",\"activity\":\"incident\"}".formatted(taskId, user);
    }

    String stopTimer(String user) {
        return "{\"user\":\"%s\"}".formatted(user);
    }

    /** The output command run {@code n} prints. */
    String commandOutput(int n) {
        return "crash output %s %d%n".formatted(run, n);
    }

    String command(int n) {
        Instant ended = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String stdout = Base64.getEncoder().encodeToString(commandOutput(n).getBytes(StandardCharsets.UTF_8));
        return ("{\"argv\":[\"echo\",\"crash-%s-%d\"],\"cwd\":\"/\",\"host\":\"crash-host\",\"user\":\"ops\",\"exitCode\":0,"
                + "\"startedAt\":\"%s\",\"endedAt\":\"%s\",\"stdoutBase64\":\"%s\",\"stderrBase64\":\"\"}")
                .formatted(run, n, ended.minusMillis(20), ended, stdout);
    }
}
