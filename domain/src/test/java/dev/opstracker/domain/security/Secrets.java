package dev.opstracker.domain.security;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Generated secrets of every built-in rule of {@link SecretMasker}, each as the text that carries it
 * and the part that must not survive masking (what follows the kept, type-identifying prefix). Hidden
 * parts are 8 characters or more, so that finding one in masked text means it was not masked.
 */
final class Secrets {

    /** A secret as written in text, and the part of it that masking must remove. */
    record Secret(String rule, String text, String hidden) {
    }

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private Secrets() {
    }

    /** One secret of each rule, keyed by the rule's name. */
    static Map<String, Arbitrary<Secret>> byRule() {
        return Map.ofEntries(
                Map.entry("private-key", privateKey()),
                Map.entry("aws-access-key", prefixed("aws-access-key",
                        Arbitraries.oneOf(Arbitraries.of("AKIA", "ASIA", "ABIA", "ACCA"), chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 1).map("A3T"::concat)),
                        chars(BASE32, 16, 16))),
                Map.entry("github-token", prefixed("github-token", Arbitraries.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), alphanumeric(36, 36))),
                Map.entry("opstracker-token", prefixed("opstracker-token", Arbitraries.just("opt_"), chars(URL_SAFE, 20, 60))),
                Map.entry("github-fine-grained-pat", prefixed("github-fine-grained-pat", Arbitraries.just("github_pat_"), chars(URL_SAFE.replace("-", ""), 82, 82))),
                Map.entry("gitlab-pat", prefixed("gitlab-pat", Arbitraries.just("glpat-"), chars(URL_SAFE, 20, 20))),
                Map.entry("slack-token", prefixed("slack-token", Arbitraries.of("xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"),
                        chars("0123456789abcdefABCDEF-", 10, 50))),
                Map.entry("slack-webhook", prefixed("slack-webhook",
                        Arbitraries.of("https://hooks.slack.com/services/", "hooks.slack.com/workflows/", "http://hooks.slack.com/triggers/"),
                        chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 20, 56))),
                Map.entry("jwt", Combinators.combine(chars(URL_SAFE, 14, 40), chars(URL_SAFE, 17, 60), chars(URL_SAFE, 10, 60))
                        .as((header, payload, signature) -> new Secret("jwt", "eyJ" + header + ".ey" + payload + "." + signature, payload))),
                Map.entry("gcp-api-key", prefixed("gcp-api-key", Arbitraries.just("AIza"), chars(URL_SAFE, 35, 35))),
                Map.entry("stripe-key", prefixed("stripe-key", Arbitraries.of("sk_test_", "sk_live_", "rk_prod_", "rk_live_"), alphanumeric(10, 99))),
                Map.entry("npm-token", prefixed("npm-token", Arbitraries.just("npm_"), chars("abcdefghijklmnopqrstuvwxyz0123456789", 36, 36))),
                Map.entry("openai-key", prefixed("openai-key", Arbitraries.of("sk-proj-", "sk-svcacct-", "sk-admin-"), chars(URL_SAFE, 20, 80))),
                Map.entry("url-credentials", urlCredentials()),
                Map.entry("authorization", prefixed("authorization",
                        Combinators.combine(Arbitraries.of("Authorization", "authorization", "Proxy-Authorization", "AUTHORIZATION"),
                                        Arbitraries.of(": ", ":", "=", " : ", ": \""), Arbitraries.of("Bearer ", "Basic ", "token ", "Digest ", "BEARER  "))
                                .as((header, operator, scheme) -> header + operator + scheme),
                        chars(URL_SAFE + "+/=.~", 8, 60))),
                Map.entry("bearer", prefixed("bearer", Arbitraries.of("Bearer ", "bearer ", "BEARER\t"), chars(URL_SAFE + "._~+/", 8, 60))),
                Map.entry("password-flag", prefixed("password-flag",
                        Arbitraries.of("--password=", "--password ", "--passwd=", "--token ", "--secret=", "--api-key ", "--PASSWORD="),
                        chars(URL_SAFE + "!#$%&()*+./:<=>?@^", 8, 40))),
                Map.entry("secret-assignment", secretAssignment()));
    }

    private static Arbitrary<Secret> prefixed(String rule, Arbitrary<String> prefix, Arbitrary<String> hidden) {
        return Combinators.combine(prefix, hidden).as((kept, secret) -> new Secret(rule, kept + secret, secret));
    }

    private static Arbitrary<Secret> privateKey() {
        Arbitrary<String> kind = Arbitraries.of("", "RSA ", "EC ", "OPENSSH ", "DSA ", "ENCRYPTED ");
        Arbitrary<String> body = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 16, 64).list().ofMinSize(1).ofMaxSize(6)
                .map(lines -> String.join("\n", lines));
        return Combinators.combine(kind, body).as((type, lines) -> new Secret("private-key",
                "-----BEGIN " + type + "PRIVATE KEY-----\n" + lines + "\n-----END " + type + "PRIVATE KEY-----", lines));
    }

    private static Arbitrary<Secret> urlCredentials() {
        Arbitrary<String> scheme = Arbitraries.of("https", "http", "git+ssh", "postgres", "mysql", "redis", "amqp", "s3");
        Arbitrary<String> user = chars(URL_SAFE + ".", 1, 20);
        Arbitrary<String> password = chars(URL_SAFE + "!$%^&*()+=.~:", 8, 30);
        Arbitrary<String> host = Arbitraries.of("db.internal", "git.example.com/repo.git", "10.0.0.7:5432/app", "queue");
        return Combinators.combine(scheme, user, password, host)
                .as((s, u, p, h) -> new Secret("url-credentials", s + "://" + u + ":" + p + "@" + h, p));
    }

    private static Arbitrary<Secret> secretAssignment() {
        Arbitrary<String> name = Combinators.combine(Arbitraries.of("", "DB_", "AWS_", "app.", "client-", "my_", "GITHUB_"),
                Arbitraries.of("password", "PASSWORD", "passwd", "secret", "Secret", "token", "credentials", "creds", "api_key", "apikey", "API-KEY",
                        "private_key", "privateKey", "access_key", "auth-key", "client_secret", "session_key", "signing-key", "SECRET_ACCESS_KEY"),
                Arbitraries.of("", "_FILE", "s", ".value", "_2")).as((before, secretName, after) -> before + secretName + after);
        Arbitrary<String> assignment = Arbitraries.of("=", ": ", ":=", " => ", " = ", "=\"", ": '", "\": \"", "\":\"", ":\t");
        Arbitrary<String> value = chars(URL_SAFE + "!#$%&()*+./<>?@^~", 8, 40);
        return Combinators.combine(name, assignment, value).as((n, a, v) -> new Secret("secret-assignment", n + a + v, v));
    }

    private static Arbitrary<String> alphanumeric(int min, int max) {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", min, max);
    }

    private static StringArbitrary chars(String alphabet, int min, int max) {
        return Arbitraries.strings().withChars(alphabet).ofMinLength(min).ofMaxLength(max);
    }
}
