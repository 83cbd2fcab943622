package dev.opstracker.domain.runbook;

import dev.opstracker.domain.security.SecretMasker;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tokens of a command are values that may differ from one run to the next (a host, a
 * namespace, an instance id, a version, a path, a number), and what to call them. The flag
 * before a token names it first ({@code -n prod} is a namespace), then its shape
 * ({@code i-0abc12345} is an instance id). Everything else is part of the command itself.
 */
final class ValueKinds {

    static final String HOST = "host";
    static final String VALUE = "value";

    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("--namespace", "namespace"), Map.entry("--host", HOST), Map.entry("--hostname", HOST),
            Map.entry("--version", "version"), Map.entry("--instance-id", "instance_id"), Map.entry("--instance-ids", "instance_id"),
            Map.entry("--region", "region"), Map.entry("--context", "context"), Map.entry("-f", "path"), Map.entry("--file", "path"),
            Map.entry("--filename", "path"), Map.entry("--path", "path"));
    /** {@code -n} is a namespace only for Kubernetes tools: {@code head -n 20} is a line count. */
    private static final Set<String> KUBERNETES_TOOLS = Set.of("kubectl", "helm", "oc", "istioctl", "kubectx", "kubens");
    /** The flags of ssh and scp that take a value, so the value is not mistaken for the target host. */
    private static final Set<String> SSH_VALUE_FLAGS = Set.of("-i", "-p", "-P", "-l", "-o", "-F", "-J", "-b", "-c", "-L", "-R", "-D");
    private static final Set<String> FILE_EXTENSIONS = Set.of("yaml", "yml", "json", "txt", "log", "conf", "cfg", "ini", "xml", "toml", "sh",
            "py", "rb", "go", "jar", "tf", "tfvars", "gz", "tgz", "tar", "zip", "md", "service", "socket", "timer", "target", "mount", "pem",
            "crt", "key", "csv", "sql", "env", "properties", "lock", "pid", "sock", "d");

    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    private static final Pattern SEMVER = Pattern.compile("v?\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?");
    private static final Pattern HOSTNAME = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.([a-z]{2,63})");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*=)(.+)");
    /** A URL: the host between the scheme (and user) and the port or path. */
    private static final Pattern URL = Pattern.compile("(['\"]?[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/@\\s]+@)?)([^/:?#@\\s'\"]+)(.*)");
    /** A remote path of scp or rsync: {@code user@host:/path}. */
    private static final Pattern REMOTE_PATH = Pattern.compile("([^\\s:@/]+@)?([^\\s:@/]+)(:.*)");
    private static final Set<String> COPY_TOOLS = Set.of("scp", "rsync");
    /** A version at the end of an image or package reference: {@code api=registry/api:v1.2.4}, {@code nginx=1.24.0}. */
    private static final Pattern TRAILING_VERSION = Pattern.compile("(.+[:=])(v?\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?)");

    private ValueKinds() {
    }

    /** The value at {@code index} of a command whose program is at {@code programIndex}, or null when it is not one. */
    static ParsedCommand.Slot slotAt(List<String> tokens, int index, int programIndex, String program) {
        String token = tokens.get(index);
        if (token.contains(SecretMasker.MASK) || index == programIndex) {
            return null; // a masked secret is never a variable: its value is gone
        }
        if (index < programIndex) {
            var assignment = ASSIGNMENT.matcher(token);
            return assignment.matches() ? slot(index, assignment.group(1), assignment.group(2), shapeKind(assignment.group(2))) : null;
        }
        if (token.startsWith("-")) {
            int equals = token.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String value = token.substring(equals + 1);
            String kind = FLAGS.get(token.substring(0, equals));
            return slot(index, token.substring(0, equals + 1), value, kind != null ? kind : shapeKind(value));
        }
        String previous = tokens.get(index - 1);
        String flagKind = index - 1 > programIndex ? flagKind(previous, token, program) : null;
        if (flagKind != null) {
            return slot(index, "", token, flagKind);
        }
        if (isRemoteTarget(tokens, index, programIndex, program)) {
            int at = token.lastIndexOf('@');
            return slot(index, token.substring(0, at + 1), token.substring(at + 1), HOST);
        }
        var url = URL.matcher(token);
        if (url.matches()) {
            return new ParsedCommand.Slot(index, url.group(1), url.group(2), url.group(3), HOST);
        }
        var version = TRAILING_VERSION.matcher(token);
        if (version.matches()) {
            return slot(index, version.group(1), version.group(2), "version");
        }
        var remote = REMOTE_PATH.matcher(token);
        if (remote.matches() && (COPY_TOOLS.contains(program) || HOST.equals(shapeKind(remote.group(2))))) {
            return new ParsedCommand.Slot(index, remote.group(1) == null ? "" : remote.group(1), remote.group(2), remote.group(3), HOST);
        }
        int at = token.lastIndexOf('@');
        if (at > 0 && HOST.equals(shapeKind(token.substring(at + 1)))) {
            return slot(index, token.substring(0, at + 1), token.substring(at + 1), HOST);
        }
        return slot(index, "", token, shapeKind(token));
    }

    /** The kind a value's shape tells, or null when it looks like part of the command. */
    static String shapeKind(String value) {
        if (INSTANCE_ID.matcher(value).matches()) {
            return "instance_id";
        }
        if (SEMVER.matcher(value).matches()) {
            return "version";
        }
        if (IPV4.matcher(value).matches()) {
            return HOST;
        }
        if (value.startsWith("/")) {
            return "path";
        }
        var hostname = HOSTNAME.matcher(value);
        if (hostname.matches() && !FILE_EXTENSIONS.contains(hostname.group(1).toLowerCase(Locale.ROOT))) {
            return HOST;
        }
        return NUMBER.matcher(value).matches() ? VALUE : null;
    }

    private static String flagKind(String flag, String value, String program) {
        if (value.startsWith("-")) {
            return null;
        }
        if (flag.equals("-n")) {
            return KUBERNETES_TOOLS.contains(program) ? "namespace" : null;
        }
        if (flag.equals("-h")) {
            // -h is --help or "human-readable" for most tools: a host only when the value looks like one
            return HOST.equals(shapeKind(value)) ? HOST : null;
        }
        return FLAGS.get(flag);
    }

    /** The first argument of ssh or scp that is not a flag's value is the machine it talks to. */
    private static boolean isRemoteTarget(List<String> tokens, int index, int programIndex, String program) {
        if (!program.equals("ssh")) {
            return false;
        }
        for (int i = programIndex + 1; i < index; i++) {
            String token = tokens.get(i);
            if (!token.startsWith("-") && !SSH_VALUE_FLAGS.contains(tokens.get(i - 1))) {
                return false;
            }
        }
        return !SSH_VALUE_FLAGS.contains(tokens.get(index - 1));
    }

    private static ParsedCommand.Slot slot(int index, String prefix, String value, String kind) {
        return kind == null || value.isEmpty() ? null : new ParsedCommand.Slot(index, prefix, value, "", kind);
    }
}
