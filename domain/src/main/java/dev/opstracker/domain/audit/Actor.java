package dev.opstracker.domain.audit;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;

/**
 * Who did what the audit log keeps: the API token a request came with (its name and id), or a named
 * caller without a token, such as the program embedding OpsTracker or the server's own setup.
 *
 * @param tokenId the token's id; null when the actor used no token
 */
public record Actor(String name, Long tokenId) {

    public static final int MAX_NAME_LENGTH = 100;
    /** The program embedding OpsTracker, calling the library without naming anyone. */
    public static final Actor LIBRARY = new Actor("library", null);
    /** The server itself, such as its start-up registering an admin token or loading alert rules from a file. */
    public static final Actor SYSTEM = new Actor("system", null);

    public Actor {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new DomainException.InvalidInput("actor", name, "an actor's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Text.requireWellFormed("actor", stripped);
        name = stripped;
        if (tokenId != null && tokenId < 1) {
            throw new DomainException.InvalidInput("tokenId", tokenId, "a token id is positive");
        }
    }

    /** The caller presenting token {@code id} named {@code name}. */
    public static Actor token(String name, long id) {
        return new Actor(name, id);
    }

    /** A caller without a token, known by {@code name} alone (a person named by the embedding program). */
    public static Actor named(String name) {
        return new Actor(name, null);
    }

    /** Whether the actor is the caller presenting the token with this id. */
    public boolean usesToken(long id) {
        return tokenId != null && tokenId == id;
    }
}
