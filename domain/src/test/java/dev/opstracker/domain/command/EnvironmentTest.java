package dev.opstracker.domain.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void onlyAllowedVariablesAreKeptAndEverythingElseIsDropped() {
        Map<String, String> kept = Environment.standard().select(Map.of("PATH", "/usr/bin", "LC_ALL", "C.UTF-8", "AWS_SECRET_ACCESS_KEY", "abc",
                "HOME", "/root", "KUBECONFIG", "/etc/kube"), SecretMasker.standard());

        assertThat(kept).containsExactly(Map.entry("KUBECONFIG", "/etc/kube"), Map.entry("LC_ALL", "C.UTF-8"), Map.entry("PATH", "/usr/bin"));
    }

    @Test
    void keptValuesThatHoldASecretAreMasked() {
        Environment environment = new Environment(List.of("DEPLOY_TOKEN", "DOCKER_HOST", "NOTE"));
        Map<String, String> kept = environment.select(Map.of("DEPLOY_TOKEN", "s3cr3t-value", "DOCKER_HOST", "tcp://ops:hunter22@docker:2376",
                "NOTE", "ghp_" + "a".repeat(36)), SecretMasker.standard());

        assertThat(kept.get("DEPLOY_TOKEN")).isEqualTo(SecretMasker.MASK);
        assertThat(kept.get("DOCKER_HOST")).isEqualTo("tcp://ops:****@docker:2376");
        assertThat(kept.get("NOTE")).isEqualTo("ghp_****");
    }

    @Test
    void theTextFormReadsBackExactlyWhateverTheValuesHold() {
        Map<String, String> environment = Map.of("A", "line one\nline two\r\n", "B", "100% = %0A literal", "C", "");

        assertThat(Environment.fromText(Environment.toText(environment))).isEqualTo(environment);
    }

    @Test
    void anAllowListEntryWithAMisplacedWildcardIsRefusedByName() {
        assertThatThrownBy(() -> new Environment(List.of("A*B"))).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("A*B");
    }
}
