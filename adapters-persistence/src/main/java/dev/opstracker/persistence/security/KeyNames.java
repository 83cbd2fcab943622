package dev.opstracker.persistence.security;

import java.util.regex.Pattern;

/** The names a master key may have: the default one, or one per client billing code. */
final class KeyNames {

    static final String DEFAULT = "default";
    static final String CLIENT_PREFIX = "client:";
    // Neither '#' nor '/' can occur, so a name is safe inside a keystore alias ("<name>#<version>").
    private static final Pattern CLIENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private KeyNames() {
    }

    /**
     * {@code name} when it is {@value #DEFAULT} or {@code client:<code>}.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    static String check(String name) {
        if (name == null || !isValid(name)) {
            throw new IllegalArgumentException("a master key name is \"%s\" or \"%s<code>\" with a code of 1 to 64 letters, digits, '_', '.' or '-' (starting with a letter or digit), not \"%s\""
                    .formatted(DEFAULT, CLIENT_PREFIX, name));
        }
        return name;
    }

    static boolean isValid(String name) {
        return name.equals(DEFAULT)
                || name.startsWith(CLIENT_PREFIX) && CLIENT_CODE.matcher(name.substring(CLIENT_PREFIX.length())).matches();
    }

    static int checkVersion(String name, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("master key %s has versions from 1, not %d".formatted(name, version));
        }
        return version;
    }
}
