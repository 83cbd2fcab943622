package dev.opstracker.persistence;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;

/**
 * Binds {@code DATETIME(6)} columns as {@link Instant}s through {@link UtcInstantConverter}, handing
 * the driver a {@link LocalDateTime} as it is.
 *
 * <p>jOOQ's default binding goes through {@code java.sql.Timestamp}, which interprets the wall-clock
 * time in the JVM's zone: a UTC time that falls into that zone's daylight-saving gap (02:30 on a
 * spring-forward night) would come back an hour later. H2 and MariaDB Connector/J both take
 * {@code LocalDateTime} natively, so no zone takes part.
 *
 * <p>Public only because the generated jOOQ tables refer to it; nothing else should.
 */
public final class UtcInstantBinding implements Binding<LocalDateTime, Instant> {

    private static final long serialVersionUID = 1;
    private static final Converter<LocalDateTime, Instant> CONVERTER = new UtcInstantConverter();
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public Converter<LocalDateTime, Instant> converter() {
        return CONVERTER;
    }

    @Override
    public void sql(BindingSQLContext<Instant> ctx) {
        LocalDateTime value = CONVERTER.to(ctx.value());
        if (ctx.render().paramType() != ParamType.INLINED) {
            ctx.render().sql(ctx.variable());
        } else if (value == null) {
            ctx.render().sql("NULL");
        } else {
            ctx.render().sql("TIMESTAMP '" + LITERAL.format(value) + "'");
        }
    }

    @Override
    public void register(BindingRegisterContext<Instant> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.TIMESTAMP);
    }

    @Override
    public void set(BindingSetStatementContext<Instant> ctx) throws SQLException {
        LocalDateTime value = CONVERTER.to(ctx.value());
        if (value == null) {
            ctx.statement().setNull(ctx.index(), Types.TIMESTAMP);
        } else {
            ctx.statement().setObject(ctx.index(), value);
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<Instant> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("instants are not bound into user-defined types");
    }

    @Override
    public void get(BindingGetResultSetContext<Instant> ctx) throws SQLException {
        ctx.value(CONVERTER.from(ctx.resultSet().getObject(ctx.index(), LocalDateTime.class)));
    }

    @Override
    public void get(BindingGetStatementContext<Instant> ctx) throws SQLException {
        ctx.value(CONVERTER.from(ctx.statement().getObject(ctx.index(), LocalDateTime.class)));
    }

    @Override
    public void get(BindingGetSQLInputContext<Instant> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("instants are not read from user-defined types");
    }
}
