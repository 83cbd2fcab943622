package dev.opstracker.domain.security;

import java.util.Map;
import dev.opstracker.domain.testing.Gen;

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
    static Map<String, Gen<Secret>> byRule() {
        return Map.ofEntries(
                Map.entry("private-key", privateKey()),
                Map.entry("aws-access-key", prefixed("aws-access-key",
                        Gen.oneOf(Gen.of("AKIA", "ASIA", "ABIA", "ACCA"), chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 1).map("A3T"::concat)),
                        chars(BASE32, 16, 16))),
                Map.entry("github-token", prefixed("github-token", Gen.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), alphanumeric(36, 36))),
                Map.entry("opstracker-token", prefixed("opstracker-token", Gen.just("opt_"), chars(URL_SAFE, 20, 60))),
                Map.entry("github-fine-grained-pat", prefixed("github-fine-grained-pat", Gen.just("github_pat_"), chars(URL_SAFE.replace("-", ""), 82, 82))),
                Map.entry("gitlab-pat", prefixed("gitlab-pat", Gen.just("glpat-"), chars(URL_SAFE, 20, 20))),
                Map.entry("slack-token", prefixed("slack-token", Gen.of("xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"),
                        chars("0123456789abcdefABCDEF-", 10, 50))),
                Map.entry("slack-webhook", prefixed("slack-webhook",
                        Gen.of("https://hooks.slack.com/services/", "hooks.slack.com/workflows/", "http://hooks.slack.com/triggers/"),
                        chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 20, 56))),
                Map.entry("jwt", Gen.combine(chars(URL_SAFE, 14, 40), chars(URL_SAFE, 17, 60), chars(URL_SAFE, 10, 60),
                        (header, payload, signature) -> new Secret("jwt", "eyJ" + header + ".ey" + payload + "." + signature, payload))),
                Map.entry("gcp-api-key", prefixed("gcp-api-key", Gen.just("AIza"), chars(URL_SAFE, 35, 35))),
                Map.entry("stripe-key", prefixed("stripe-key", Gen.of("sk_test_", "sk_live_", "rk_prod_", "rk_live_"), alphanumeric(10, 99))),
                Map.entry("npm-token", prefixed("npm-token", Gen.just("npm_"), chars("abcdefghijklmnopqrstuvwxyz0123456789", 36, 36))),
                Map.entry("openai-key", prefixed("openai-key", Gen.of("sk-proj-", "sk-svcacct-", "sk-admin-"), chars(URL_SAFE, 20, 80))),
                Map.entry("url-credentials", urlCredentials()),
                Map.entry("authorization", prefixed("authorization",
                        Gen.combine(Gen.of("Authorization", "authorization", "Proxy-Authorization", "AUTHORIZATION"),
                                        Gen.of(": ", ":", "=", " : ", ": \""), Gen.of("Bearer ", "Basic ", "token ", "Digest ", "BEARER  "), (header, operator, scheme) -> header + operator + scheme),
                        chars(URL_SAFE + "+/=.~", 8, 60))),
                Map.entry("bearer", prefixed("bearer", Gen.of("Bearer ", "bearer ", "BEARER\t"), chars(URL_SAFE + "._~+/", 8, 60))),
                Map.entry("password-flag", prefixed("password-flag",
                        Gen.of("--password=", "--password ", "--passwd=", "--token ", "--secret=", "--api-key ", "--PASSWORD="),
                        chars(URL_SAFE + "!#$%&()*+./:<=>?@^", 8, 40))),
                Map.entry("secret-assignment", secretAssignment()));
    }

    private static Gen<Secret> prefixed(String rule, Gen<String> prefix, Gen<String> hidden) {
        return Gen.combine(prefix, hidden, (kept, secret) -> new Secret(rule, kept + secret, secret));
    }

    private static Gen<Secret> privateKey() {
        Gen<String> kind = Gen.of("", "RSA ", "EC ", "OPENSSH ", "DSA ", "ENCRYPTED ");
        Gen<String> body = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 16, 64).joined("\n", 1, 6);
        return Gen.combine(kind, body, (type, lines) -> new Secret("private-key",
                "-----BEGIN " + type + "PRIVATE KEY-----\n" + lines + "\n-----END " + type + "PRIVATE KEY-----", lines));
    }

    private static Gen<Secret> urlCredentials() {
        Gen<String> scheme = Gen.of("https", "http", "git+ssh", "postgres", "mysql", "redis", "amqp", "s3");
        Gen<String> user = chars(URL_SAFE + ".", 1, 20);
        Gen<String> password = chars(URL_SAFE + "!$%^&*()+=.~:", 8, 30);
        Gen<String> host = Gen.of("db.internal", "git.example.com/repo.git", "10.0.0.7:5432/app", "queue");
        return Gen.combine(scheme, user, password, host, (s, u, p, h) -> new Secret("url-credentials", s + "://" + u + ":" + p + "@" + h, p));
    }

    private static Gen<Secret> secretAssignment() {
        Gen<String> name = Gen.combine(Gen.of("", "DB_", "AWS_", "app.", "client-", "my_", "GITHUB_"),
                Gen.of("password", "PASSWORD", "passwd", "secret", "Secret", "token", "credentials", "creds", "api_key", "apikey", "API-KEY",
                        "private_key", "privateKey", "access_key", "auth-key", "client_secret", "session_key", "signing-key", "SECRET_ACCESS_KEY"),
                Gen.of("", "_FILE", "s", ".value", "_2"), (before, secretName, after) -> before + secretName + after);
        Gen<String> assignment = Gen.of("=", ": ", ":=", " => ", " = ", "=\"", ": '", "\": \"", "\":\"", ":\t");
        Gen<String> value = chars(URL_SAFE + "!#$%&()*+./<>?@^~", 8, 40);
        return Gen.combine(name, assignment, value, (n, a, v) -> new Secret("secret-assignment", n + a + v, v));
    }

    private static Gen<String> alphanumeric(int min, int max) {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", min, max);
    }

    private static Gen<String> chars(String alphabet, int min, int max) {
        return Gen.strings(alphabet, min, max);
    }
}
