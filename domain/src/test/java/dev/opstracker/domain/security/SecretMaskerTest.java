package dev.opstracker.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {

    private final SecretMasker masker = SecretMasker.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "key AKIAIOSFODNN7EXAMPLE here | key AKIA**** here",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789 | ghp_****",
        "glpat-abcdefghij0123456789 | glpat-****",
        "xoxb-1234567890-1234567890123-abcdef | xoxb-****",
        "https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX | https://hooks.slack.com/services/****",
        "AIzaSyA-1234567890abcdefghijklmnopqrstu | AIza****",
        "sk_live_abcdefghij0123456789 | sk_live_****",
        "npm_abcdefghijklmnopqrstuvwxyz0123456789 | npm_****",
        "git clone https://deploy:s3cr3tPass@git.example.com/repo.git | git clone https://deploy:****@git.example.com/repo.git",
        "Authorization: Bearer abc.def.ghi-123456 | Authorization: Bearer ****",
        "curl -H 'authorization: Basic dXNlcjpwYXNzd29yZA==' | curl -H 'authorization: Basic ****'",
        "mysql --password=hunter2222 db | mysql --password=**** db",
        "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG | export AWS_SECRET_ACCESS_KEY=****",
        "PGPASSWORD=hunter22 psql | PGPASSWORD=**** psql",
        "'{\"password\": \"hunter22\", \"user\": \"bob\"}' | '{\"password\": \"****\", \"user\": \"bob\"}'",
        "client_secret: abcd1234efgh | client_secret: ****",
        "issued opt_Qm9vdHN0cmFwLXRva2VuLXNlY3JldC0wMTIzNDU2Nzg5YWJj to ci | issued opt_**** to ci",
        "admin opt_supplied-admin-secret-0123456789 registered | admin opt_**** registered",
    })
    void wellKnownSecretsKeepTheirKindAndLoseTheRest(String text, String masked) {
        assertThat(masker.mask(text)).isEqualTo(masked);
    }

    @Test
    void aJwtAndAPrivateKeyBlockAreMasked() {
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        String key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA75\nabc\n-----END RSA PRIVATE KEY-----";

        assertThat(masker.mask("token " + jwt)).isEqualTo("token eyJ****");
        assertThat(masker.mask(key)).isEqualTo("-----BEGIN RSA PRIVATE KEY----- [MASKED] -----END RSA PRIVATE KEY-----");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "disk usage 97% on node-7", "kubectl rollout restart deploy/api", "the key point is", "mkdir -p /var/lib/app",
        "AKIAIOSFODNN7 is too short", "password reset requested", "adopt_the_rules_of_every_other_node", "opt_in_to_digest",
    })
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void aBackupPassphraseInAJsonBodyOrAnEnvironmentAssignmentIsMasked() {
        String json = masker.mask("body {\"passphrase\": \"correct horse battery staple\"}");
        String variable = masker.mask("OPSTRACKER_BACKUP_PASSPHRASE=correct-horse-battery-staple");

        assertThat(json).doesNotContain("correct").doesNotContain("staple").contains("passphrase").contains(SecretMasker.MASK);
        assertThat(variable).isEqualTo("OPSTRACKER_BACKUP_PASSPHRASE=" + SecretMasker.MASK);
    }

    @Test
    void maskingMaskedTextChangesNothing() {
        String text = "AKIAIOSFODNN7EXAMPLE Authorization: Bearer abcdefgh12345678 password=hunter22 https://u:p4ss@h/x "
                + "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";
        String once = masker.mask(text);

        assertThat(masker.mask(once)).isEqualTo(once);
        assertThat(once).doesNotContain("IOSFODNN7EXAMPLE", "abcdefgh12345678", "hunter22", "p4ss", "abc\n");
    }

    @Test
    void aSecretGluedToTheOneBeforeItIsMaskedTooSoThatMaskingTwiceChangesNothing() {
        String glued = "AIza" + "A".repeat(35) + "AIza" + "B".repeat(35);

        String once = masker.mask(glued);

        assertThat(once).isEqualTo("AIza****AIza****");
        assertThat(masker.mask(once)).isEqualTo(once);
    }

    @Test
    void nullAndEmptyTextStayAsTheyAre() {
        assertThat(masker.mask(null)).isNull();
        assertThat(masker.mask("")).isEmpty();
        assertThat(SecretMasker.ruleNames()).contains("aws-access-key", "private-key", "secret-assignment");
    }

    @Test
    void usersOwnPatternsMaskInternalNamesAndKeepAGroupAsPrefix() {
        SecretMasker masker = SecretMasker.standard().withPatterns(List.of("\\b[a-z0-9-]+\\.corp\\.example\\b", "(10\\.20\\.)\\d+\\.\\d+"));

        assertThat(masker.mask("ssh db-7.corp.example from 10.20.3.44 with ghp_" + "a".repeat(36)))
                .isEqualTo("ssh **** from 10.20.**** with ghp_****");
        assertThat(SecretMasker.standard().mask("ssh db-7.corp.example")).isEqualTo("ssh db-7.corp.example");
    }

    @Test
    void aUserPatternThatIsNoRegularExpressionOrMatchesNothingAtAllIsRefusedByValue() {
        assertThatThrownBy(() -> SecretMasker.standard().withPatterns(List.of("([a-z"))).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("([a-z");
        assertThatThrownBy(() -> SecretMasker.standard().withPatterns(List.of("x*"))).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("empty text");
    }

    @Test
    void aUserPatternThatMatchesTheMaskIsRefusedSinceMaskedTextWouldGrowWithEveryPass() {
        assertThatThrownBy(() -> SecretMasker.standard().withPatterns(List.of("\\*"))).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("must not match the mask ****");
    }

    @Test
    void anEmptyMatchOfAUserPatternMasksNothing() {
        SecretMasker masker = SecretMasker.standard().withPatterns(List.of("(?=db)", "\\bcorp\\b"));

        assertThat(masker.mask("ssh db01 at corp")).isEqualTo("ssh db01 at ****");
    }
}
