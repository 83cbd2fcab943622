package dev.opstracker.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: how keys too long to keep or index as they are (paths, dedup keys, bodies, secrets) are named. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The digest of {@code parts} in UTF-8, joined by line feeds, which no part of such a key contains. */
    public static String hex(String... parts) {
        return hex(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }
}
