package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Hides secrets in text before it is stored, shown or logged: access keys and tokens of well-known
 * services and OpsTracker's own API tokens, private key blocks, JWTs, credentials in URLs and HTTP
 * headers, and values assigned to secret-sounding names. A mask keeps the part that says what kind of
 * secret it was and replaces the rest with a fixed {@value #MASK}, so a secret's length is not leaked
 * either. Masking masked text changes nothing.
 */
public final class SecretMasker {

    public static final String MASK = "****";
    /** Every pass but the last removes text; a run of secrets glued together takes one pass each. */
    private static final int MAX_PASSES = 16;

    private static final String SECRET_NAME = "(?:passw(?:or)?d|passphrase|secret|token|credentials?|creds|api[_-]?key|apikey|private[_-]?key|access[_-]?key"
            + "|auth[_-]?key|client[_-]?secret|session[_-]?key|signing[_-]?key)";

    /** Words one of which every name {@link #SECRET_NAME} matches contains, lower case. */
    private static final List<String> SECRET_NAME_KEYWORDS = List.of("passw", "passphrase", "secret", "token", "cred", "apikey", "api_key", "api-key",
            "private_key", "private-key", "privatekey", "access_key", "access-key", "accesskey", "auth_key", "auth-key", "authkey", "session_key",
            "session-key", "sessionkey", "signing_key", "signing-key", "signingkey");

    /**
     * Rules in order; each keeps its group 1 (the type-identifying part) and replaces the rest of the
     * match. Each names words one of which any match contains (lower case): a rule runs its regular
     * expression only on text holding one, as gitleaks does, since most text holds no secret at all.
     */
    private static final List<Rule> RULES = List.of(
            new Rule("private-key", Pattern.compile("(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)[\\s\\S]*?(-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)"),
                    "$1 [MASKED] $2", List.of("private key")),
            new Rule("aws-access-key", Pattern.compile("\\b(A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b"), List.of("a3t", "akia", "asia", "abia", "acca")),
            new Rule("github-token", Pattern.compile("\\b(gh[pousr]_)[0-9a-zA-Z]{36}\\b"), List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
            // OpsTracker's own API tokens (TokenService.SECRET_PREFIX): 32 random bytes in base64url, or a supplied secret of 24+ characters.
            new Rule("opstracker-token", Pattern.compile("\\b(opt_)[A-Za-z0-9_-]{20,}"), List.of("opt_")),
            new Rule("github-fine-grained-pat", Pattern.compile("\\b(github_pat_)\\w{82}"), List.of("github_pat_")),
            new Rule("gitlab-pat", Pattern.compile("\\b(glpat-)[\\w-]{20}"), List.of("glpat-")),
            new Rule("slack-token", Pattern.compile("\\b(xox[baprse]-)[0-9A-Za-z-]{10,}"), List.of("xox")),
            new Rule("slack-webhook", Pattern.compile("((?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/)[A-Za-z0-9+/]{20,}"),
                    List.of("hooks.slack.com")),
            new Rule("jwt", Pattern.compile("\\b(eyJ)[a-zA-Z0-9_-]{14,}\\.ey[a-zA-Z0-9_-]{17,}\\.[a-zA-Z0-9_-]{10,}={0,2}"), List.of("eyj")),
            new Rule("gcp-api-key", Pattern.compile("\\b(AIza)[\\w-]{35}"), List.of("aiza")),
            new Rule("stripe-key", Pattern.compile("\\b((?:sk|rk)_(?:test|live|prod)_)[a-zA-Z0-9]{10,99}\\b"), List.of("_test_", "_live_", "_prod_")),
            new Rule("npm-token", Pattern.compile("\\b(npm_)[a-z0-9]{36}\\b"), List.of("npm_")),
            new Rule("openai-key", Pattern.compile("\\b(sk-(?:proj|svcacct|admin)-)[A-Za-z0-9_-]{20,}"), List.of("sk-proj-", "sk-svcacct-", "sk-admin-")),
            new Rule("url-credentials", Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:)[^@\\s/]+(?=@)"), List.of("@")),
            new Rule("authorization", Pattern.compile("(?i)(\\b(?:authorization|proxy-authorization)\\s*[:=]\\s*\"?(?:bearer|basic|token|digest)\\s+)[^\\s\"',]+"),
                    List.of("authorization")),
            new Rule("bearer", Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/-]{8,}=*"), List.of("bearer")),
            new Rule("password-flag", Pattern.compile("(?i)(--(?:password|passwd|token|secret|api-key)[= ])[^\\s\"']+"),
                    List.of("--passw", "--token", "--secret", "--api-key")),
            // A double-quoted value (JSON, YAML) is a secret up to its closing quote, spaces and all, as a passphrase may hold.
            new Rule("quoted-secret-assignment", Pattern.compile("(?i)(\\b[\\w.-]*" + SECRET_NAME + "[\\w.-]*\"?\\s*(?::=|=>|=|:)\\s*\")[^\"\\n]{4,}(?=\")"),
                    SECRET_NAME_KEYWORDS),
            new Rule("secret-assignment", Pattern.compile("(?i)(\\b[\\w.-]*" + SECRET_NAME + "[\\w.-]*[\"']?\\s*(?::=|=>|=|:)\\s*[\"']?)[^\\s\"',;{}\\[\\]]{4,}"),
                    SECRET_NAME_KEYWORDS));

    private static final SecretMasker DEFAULT = new SecretMasker(RULES);

    private final List<Rule> rules;

    private SecretMasker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The masker with every built-in rule. */
    public static SecretMasker standard() {
        return DEFAULT;
    }

    /**
     * {@code text} with every secret the rules recognise masked; null stays null. A mask can uncover a
     * secret that was glued to the one before it ({@code AIza…AIza…}: the second starts in the middle of
     * a word), so the rules run again on what changed until nothing does, and masking is idempotent.
     */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String again = pass(masked);
            if (again.equals(masked)) {
                return masked;
            }
            masked = again;
        }
        return masked;
    }

    private String pass(String text) {
        String masked = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.mayMatch(lower)) {
                masked = rule.apply(masked);
            }
        }
        return masked;
    }

    /**
     * This masker plus patterns of the user's own (internal host names, addresses, customer names
     * for exports to clients): each match is replaced by {@value #MASK}, or, when the pattern has a
     * group, everything after group 1 is, so that group stays as a recognisable prefix.
     *
     * <p>A match that is empty (of a look-ahead or {@code \b} alone) masks nothing.
     *
     * @throws DomainException.InvalidInput naming the pattern when it is not a valid regular expression, matches empty
     *                                      text, or matches within the mask {@value #MASK} (masked text would be masked again)
     */
    public SecretMasker withPatterns(List<String> patterns) {
        List<Rule> extended = new ArrayList<>(rules);
        for (String text : patterns) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(text);
            } catch (PatternSyntaxException invalid) {
                throw new DomainException.InvalidInput("maskPatterns", text, "not a regular expression: " + invalid.getDescription());
            }
            if (pattern.matcher("").matches()) {
                throw new DomainException.InvalidInput("maskPatterns", text, "a mask pattern must not match empty text");
            }
            if (pattern.matcher(MASK).find()) {
                // Masked text would be masked again, and again: masking must leave masked text alone.
                throw new DomainException.InvalidInput("maskPatterns", text, "a mask pattern must not match the mask " + MASK);
            }
            extended.add(new Rule("user:" + text, pattern, pattern.matcher("").groupCount() > 0 ? "$1" + MASK : MASK, null));
        }
        return new SecretMasker(extended);
    }

    /** The rule names, for documentation and tests. */
    public static List<String> ruleNames() {
        return RULES.stream().map(Rule::name).toList();
    }

    private record Rule(String name, Pattern pattern, String replacement, List<String> keywords) {
        Rule(String name, Pattern pattern, List<String> keywords) {
            this(name, pattern, "$1" + MASK, keywords);
        }

        Rule {
            requireNonNull(name, "name is null");
        }

        /**
         * Whether the text (in lower case) holds a word every match of this rule holds; an earlier
         * mask only removes text, so the check stays sound. A user's rule has no words: it always runs.
         */
        boolean mayMatch(String lowerText) {
            if (keywords == null) {
                return true;
            }
            for (String keyword : keywords) {
                if (lowerText.contains(keyword)) {
                    return true;
                }
            }
            return false;
        }

        /** Replaces the matches that hold text; an empty match (a user's {@code (?=x)} or {@code \b}) has nothing to hide. */
        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(match -> match.end() > match.start() ? replacement : "") : text;
        }
    }
}
