package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in text before it is stored or shown: access keys and tokens of well-known
 * services, private key blocks, JWTs, credentials in URLs and HTTP headers, and values assigned to
 * secret-sounding names. A mask keeps the part that says what kind of secret it was and replaces the
 * rest with a fixed {@value #MASK}, so a secret's length is not leaked either. Masking masked text
 * changes nothing.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private static final String SECRET_NAME = "(?:passw(?:or)?d|secret|token|credentials?|creds|api[_-]?key|apikey|private[_-]?key|access[_-]?key"
            + "|auth[_-]?key|client[_-]?secret|session[_-]?key|signing[_-]?key)";

    /** Rules in order; each keeps its group 1 (the type-identifying part) and replaces the rest of the match. */
    private static final List<Rule> RULES = List.of(
            new Rule("private-key", Pattern.compile("(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)[\\s\\S]*?(-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)"),
                    "$1 [MASKED] $2"),
            new Rule("aws-access-key", Pattern.compile("\\b(A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b")),
            new Rule("github-token", Pattern.compile("\\b(gh[pousr]_)[0-9a-zA-Z]{36}\\b")),
            new Rule("github-fine-grained-pat", Pattern.compile("\\b(github_pat_)\\w{82}")),
            new Rule("gitlab-pat", Pattern.compile("\\b(glpat-)[\\w-]{20}")),
            new Rule("slack-token", Pattern.compile("\\b(xox[baprse]-)[0-9A-Za-z-]{10,}")),
            new Rule("slack-webhook", Pattern.compile("((?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/)[A-Za-z0-9+/]{20,}")),
            new Rule("jwt", Pattern.compile("\\b(eyJ)[a-zA-Z0-9_-]{14,}\\.ey[a-zA-Z0-9_-]{17,}\\.[a-zA-Z0-9_-]{10,}={0,2}")),
            new Rule("gcp-api-key", Pattern.compile("\\b(AIza)[\\w-]{35}")),
            new Rule("stripe-key", Pattern.compile("\\b((?:sk|rk)_(?:test|live|prod)_)[a-zA-Z0-9]{10,99}\\b")),
            new Rule("npm-token", Pattern.compile("\\b(npm_)[a-z0-9]{36}\\b")),
            new Rule("openai-key", Pattern.compile("\\b(sk-(?:proj|svcacct|admin)-)[A-Za-z0-9_-]{20,}")),
            new Rule("url-credentials", Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:)[^@\\s/]+(?=@)")),
            new Rule("authorization", Pattern.compile("(?i)(\\b(?:authorization|proxy-authorization)\\s*[:=]\\s*\"?(?:bearer|basic|token|digest)\\s+)[^\\s\"',]+")),
            new Rule("bearer", Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/-]{8,}=*")),
            new Rule("password-flag", Pattern.compile("(?i)(--(?:password|passwd|token|secret|api-key)[= ])[^\\s\"']+")),
            new Rule("secret-assignment", Pattern.compile("(?i)(\\b[\\w.-]*" + SECRET_NAME + "[\\w.-]*[\"']?\\s*(?::=|=>|=|:)\\s*[\"']?)[^\\s\"',;{}\\[\\]]{4,}")));

    private static final SecretMasker DEFAULT = new SecretMasker();

    private SecretMasker() {
    }

    /** The masker with every built-in rule. */
    public static SecretMasker standard() {
        return DEFAULT;
    }

    /** {@code text} with every secret the rules recognise masked; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (Rule rule : RULES) {
            masked = rule.apply(masked);
        }
        return masked;
    }

    /** The rule names, for documentation and tests. */
    public static List<String> ruleNames() {
        return RULES.stream().map(Rule::name).toList();
    }

    private record Rule(String name, Pattern pattern, String replacement) {
        Rule(String name, Pattern pattern) {
            this(name, pattern, "$1" + MASK);
        }

        Rule {
            requireNonNull(name, "name is null");
        }

        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        }
    }
}
