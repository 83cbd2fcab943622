package dev.opstracker.http.billing;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.http.security.ClientBinding;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.ItemsResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * {@code /api/v1/clients}: who time is billed to, their currency, rounding and hourly rates, over
 * {@link BillingAccounts}. Reads need {@code billing:read}; changes need {@code admin}, since billing
 * setup decides what clients are invoiced.
 * <ul>
 *   <li>{@code POST /} 201 with Location; 409 when the code exists; 400 naming the field (a rate in another currency among them).</li>
 *   <li>{@code GET /} 200 {@code {"items": [...]}} by code; {@code GET /{code}} 200, 404 unknown.</li>
 *   <li>{@code PUT /{code}} 200: name, currency and rounding replaced; 400 (field {@code currency}) when the client has rates
 *       in its old currency; 404 unknown.</li>
 *   <li>{@code POST /{code}/rates} 201; 404 unknown client or project; 409 when a rate for the same project and activity is
 *       valid from that date; {@code GET /{code}/rates} 200, oldest first.</li>
 * </ul>
 * Public only so that the server in the parent package can mount it.
 */
public final class ClientRoutes {

    static final String BASE_PATH = "/api/v1/clients";

    private final BillingAccounts billing;
    private final JsonBodies bodies;

    public ClientRoutes(BillingAccounts billing, ObjectMapper mapper) {
        this.billing = requireNonNull(billing, "billing is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            post(this::create, RequiredScope.ADMIN);
            get(this::list, RequiredScope.BILLING_READ);
            path("{code}", () -> {
                get(this::show, RequiredScope.BILLING_READ);
                put(this::update, RequiredScope.ADMIN);
                path("rates", () -> {
                    post(this::addRate, RequiredScope.ADMIN);
                    get(this::rates, RequiredScope.BILLING_READ);
                });
            });
        });
    }

    private void create(Context ctx) throws JsonProcessingException {
        Client client = billing.createClient(bodies.read(ctx, CreateClientRequest.class).toCommand());
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, BASE_PATH + "/" + client.code()).json(ClientResponse.from(client));
    }

    private void list(Context ctx) {
        QueryParameters.only(ctx.queryParamMap(), Set.of());
        ctx.json(new ItemsResponse<>(billing.clients().stream().filter(client -> ClientBinding.sees(ctx, client.code())).map(ClientResponse::from)
                .toList()));
    }

    private void show(Context ctx) {
        ctx.json(ClientResponse.from(billing.client(code(ctx))));
    }

    private void update(Context ctx) throws JsonProcessingException {
        BillingCode code = code(ctx);
        Client changed = bodies.read(ctx, UpdateClientRequest.class).toClient(code);
        ctx.json(ClientResponse.from(billing.updateClient(changed)));
    }

    private void addRate(Context ctx) throws JsonProcessingException {
        Client client = billing.client(code(ctx));
        HourlyRate rate = billing.addRate(bodies.read(ctx, AddRateRequest.class).toRate(client));
        ctx.status(HttpStatus.CREATED).json(RateResponse.from(rate));
    }

    /** Every rate naming the client, its projects' among them. */
    private void rates(Context ctx) {
        QueryParameters.only(ctx.queryParamMap(), Set.of());
        BillingCode code = billing.client(code(ctx)).code();
        ctx.json(new ItemsResponse<>(billing.rates().stream().filter(rate -> code.equals(rate.client())).map(RateResponse::from).toList()));
    }

    /** The client at the URL; to a token limited to another client it does not exist. */
    static BillingCode code(Context ctx) {
        BillingCode code = BillingFields.requiredCode("code", ctx.pathParam("code"));
        if (!ClientBinding.sees(ctx, code)) {
            throw new DomainException.NotFound("client", code.value());
        }
        return code;
    }
}
