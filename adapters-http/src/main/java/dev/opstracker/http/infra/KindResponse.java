package dev.opstracker.http.infra;

import dev.opstracker.domain.infra.KindDefinition;
import java.util.List;

/** A component kind on the wire. */
record KindResponse(String name, String description, boolean builtIn) {

    static KindResponse from(KindDefinition kind) {
        return new KindResponse(kind.kind().name(), kind.description(), kind.builtIn());
    }

    /** {@code {"items": [...]}}, as every list the API returns. */
    record Items(List<KindResponse> items) {

        static Items from(List<KindDefinition> kinds) {
            return new Items(kinds.stream().map(KindResponse::from).toList());
        }
    }
}
