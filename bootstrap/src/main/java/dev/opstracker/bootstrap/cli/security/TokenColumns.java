package dev.opstracker.bootstrap.cli.security;

import dev.opstracker.bootstrap.cli.Column;
import java.time.ZoneId;
import java.util.List;

/** How tokens are shown: never a secret, which the API does not keep. */
final class TokenColumns {

    private TokenColumns() {
    }

    static List<Column> row(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("NAME", "name"), Column.of("SCOPES", "scopes"), Column.of("CLIENT", "client"),
                Column.of("ACTIVE", "active"), Column.instant("EXPIRES", "expiresAt", zone), Column.instant("REVOKED", "revokedAt", zone));
    }
}
