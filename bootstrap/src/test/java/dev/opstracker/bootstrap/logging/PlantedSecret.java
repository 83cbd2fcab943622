package dev.opstracker.bootstrap.logging;

import dev.opstracker.domain.security.SecretMasker;
import java.util.List;
import java.util.stream.Stream;

/**
 * A secret planted where something gets logged: the text as planted, the part that must never show
 * ({@code hidden}) and the mask a reader sees instead. None holds a '.', so each fits in a
 * Standard Webhooks {@code webhook-id} too.
 *
 * @param kind   what kind of secret it is, for test names
 * @param text   the secret as planted, with what identifies its kind
 * @param hidden the secret part, which must not appear anywhere in the log
 * @param mask   what the log shows in its place
 */
public record PlantedSecret(String kind, String text, String hidden, String mask) {

    /** A user's own mask pattern, as a line of {@code OPSTRACKER_MASK_PATTERNS_FILE}: an internal project code name. */
    public static final String USER_PATTERN = "\\bfalcon-[0-9]{4}\\b";

    public static final PlantedSecret AWS_ACCESS_KEY_ID =
            new PlantedSecret("an AWS access key id", "AKIA2E4XQ7ZLMNOPQRST", "2E4XQ7ZLMNOPQRST", "AKIA****");
    public static final PlantedSecret GITHUB_TOKEN =
            new PlantedSecret("a GitHub token", "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "ghp_****");
    public static final PlantedSecret BEARER_TOKEN =
            new PlantedSecret("a bearer token", "Bearer q8V3mZ2kT7xN4cR9bW1yL6pH", "q8V3mZ2kT7xN4cR9bW1yL6pH", "Bearer ****");
    public static final PlantedSecret PASSWORD_IN_URL =
            new PlantedSecret("a password in a URL", "https://deploy:Hunter2Pass-2026@gitlab/ops", "Hunter2Pass-2026", "https://deploy:****@gitlab/ops");
    public static final PlantedSecret OPSTRACKER_TOKEN = new PlantedSecret("an OpsTracker API token",
            "opt_k5VlDPk4C47bIkprJIoekk6P0K4uGpSSozBfGIy2EJA", "k5VlDPk4C47bIkprJIoekk6P0K4uGpSSozBfGIy2EJA", "opt_****");
    public static final PlantedSecret USER_PATTERN_SECRET = new PlantedSecret("a secret of the user's own pattern", "falcon-4711", "falcon-4711", "****");
    /** Holds '.'s: planted wherever a JWT may go, not in a webhook-id. */
    public static final PlantedSecret JWT = new PlantedSecret("a JWT",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXBsb3kifQ.c2lnbmF0dXJlLW9mLWEtand0",
            "eyJzdWIiOiJkZXBsb3kifQ.c2lnbmF0dXJlLW9mLWEtand0", "eyJ****");

    /** The six kinds issue 8 names: AWS key, GitHub token, bearer token, URL password, OpsTracker token and a user-pattern secret. */
    public static List<PlantedSecret> everyKind() {
        return List.of(AWS_ACCESS_KEY_ID, GITHUB_TOKEN, BEARER_TOKEN, PASSWORD_IN_URL, OPSTRACKER_TOKEN, USER_PATTERN_SECRET);
    }

    /** {@link #everyKind()} and a JWT. */
    public static Stream<PlantedSecret> everyKindAndAJwt() {
        return Stream.concat(everyKind().stream(), Stream.of(JWT));
    }

    /** The built-in rules plus {@link #USER_PATTERN}, as bootstrap builds them from a patterns file. */
    public static SecretMasker maskerWithTheUserPattern() {
        return SecretMasker.standard().withPatterns(List.of(USER_PATTERN));
    }

    @Override
    public String toString() {
        return kind;
    }
}
