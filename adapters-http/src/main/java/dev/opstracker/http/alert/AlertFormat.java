package dev.opstracker.http.alert;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import java.io.IOException;
import java.util.List;

/**
 * One source's body format: how the bytes of a delivery become alerts. It sees bytes only, never
 * the request, so a signature check on the bytes can run before it and a dead-letter list can keep
 * the bytes it refuses, both without touching the formats.
 */
interface AlertFormat {

    AlertSource source();

    /**
     * Reads every alert of a delivery, or refuses the whole delivery.
     *
     * @throws IOException when the body is not JSON or a known field has the wrong JSON type
     * @throws dev.opstracker.domain.shared.DomainException.InvalidInput when a value is refused, named by its path in the body
     */
    List<Alert> read(byte[] body) throws IOException;
}
