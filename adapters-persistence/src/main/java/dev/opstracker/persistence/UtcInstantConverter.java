package dev.opstracker.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.impl.AbstractConverter;

/**
 * Reads and writes {@code DATETIME(6)} columns as instants: the column holds the UTC wall-clock
 * time, so neither the JVM's nor the database server's time zone takes part. Instants are kept to
 * the microsecond, as the columns are; finer parts are cut, as MariaDB itself does.
 *
 * <p>Public only because the generated jOOQ tables refer to it; nothing else should.
 */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public Instant from(LocalDateTime databaseObject) {
        return databaseObject == null ? null : databaseObject.toInstant(ZoneOffset.UTC);
    }

    @Override
    public LocalDateTime to(Instant userObject) {
        return userObject == null ? null : LocalDateTime.ofInstant(userObject.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
