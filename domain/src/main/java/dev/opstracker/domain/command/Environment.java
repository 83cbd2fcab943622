package dev.opstracker.domain.command;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which environment variables of a run are kept, and how they are written down. Only names on
 * the allow-list are kept (a trailing {@code *} allows a prefix), everything else is dropped, and
 * kept values are masked as {@code NAME=value} would be in a log, so a secret-sounding name hides
 * its value and a token-shaped value hides itself.
 */
public record Environment(List<String> allowed) {

    /** What says where and as whom a command ran, and nothing that usually holds a secret. */
    public static final List<String> DEFAULT_ALLOWED = List.of("PATH", "PWD", "USER", "LOGNAME", "SHELL", "TERM", "LANG", "LC_*", "TZ", "HOSTNAME",
            "KUBECONFIG", "KUBE_CONTEXT", "HELM_NAMESPACE", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "CLOUDSDK_CORE_PROJECT",
            "CLOUDSDK_COMPUTE_REGION", "GOOGLE_CLOUD_PROJECT", "AZURE_SUBSCRIPTION_ID", "ARM_SUBSCRIPTION_ID", "TF_WORKSPACE", "ANSIBLE_INVENTORY",
            "DOCKER_HOST", "DOCKER_CONTEXT", "NOMAD_ADDR", "VAULT_ADDR", "CONSUL_HTTP_ADDR");

    public Environment {
        allowed = List.copyOf(allowed);
        for (String name : allowed) {
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('*') >= 0 && name.indexOf('*') != name.length() - 1) {
                throw new DomainException.InvalidInput("environment.allowed", name, "a name to keep holds no '=', and '*' only at its end");
            }
        }
    }

    public static Environment standard() {
        return new Environment(DEFAULT_ALLOWED);
    }

    /** The allowed variables of {@code environment}, masked, sorted by name. */
    public SortedMap<String, String> select(Map<String, String> environment, SecretMasker masker) {
        TreeMap<String, String> kept = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name != null && value != null && isAllowed(name)) {
                String masked = masker.mask(name + "=" + value);
                kept.put(name, masked.substring(masked.indexOf('=') + 1));
            }
        });
        return Collections.unmodifiableSortedMap(kept);
    }

    private boolean isAllowed(String name) {
        for (String pattern : allowed) {
            if (pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** One line per variable, {@code NAME=value}, sorted; '%', CR and LF in values written as %25, %0D, %0A. */
    public static String toText(Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(environment).forEach((name, value) -> text.append(name).append('=')
                .append(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")).append('\n'));
        return text.toString();
    }

    /** Reads {@link #toText}. */
    public static SortedMap<String, String> fromText(String text) {
        TreeMap<String, String> environment = new TreeMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                environment.put(line.substring(0, equals),
                        line.substring(equals + 1).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%"));
            }
        }
        return Collections.unmodifiableSortedMap(environment);
    }
}
