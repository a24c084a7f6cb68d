package org.aigc.ecommerce.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.aigc.ecommerce.domain.PricePoint;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A product's price history per market. Append-only: prices are added (POST) and read, never changed or removed,
 * because the EU 30-day and PRC 7-day price-claim rules are judged against this record.
 */
@Path("/api/v1/ecommerce/products/{sku}/prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceHistoryResource {

    static final Set<String> MARKETS = Set.of("EU", "CN", "US", "UK");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");

    public record Input(String market, BigDecimal price, String currency, Instant effectiveAt) {
    }

    public record View(long id, String sku, String market, BigDecimal price, String currency, Instant effectiveAt,
            Instant recordedAt) {
        static View of(PricePoint p) {
            return new View(p.id, p.sku, p.market, p.price, p.currency, p.effectiveAt, p.recordedAt);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @QueryParam("market") String market, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.product(tenantId, sku);
        Requests.paging(page, size);
        var query = market == null
                ? PricePoint.<PricePoint>find("tenantId = ?1 and sku = ?2 order by effectiveAt desc, id desc",
                        tenantId, sku)
                : PricePoint.<PricePoint>find("tenantId = ?1 and sku = ?2 and market = ?3 "
                        + "order by effectiveAt desc, id desc", tenantId, sku, market);
        return query.page(page, size).list().stream().map(View::of).toList();
    }

    @POST
    @Transactional
    public Response add(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku, Input input) {
        String tenantId = TenantHeader.require(tenant);
        Requests.product(tenantId, sku);
        if (input == null) {
            throw Requests.invalid("a JSON body with market, price and currency is required");
        }
        if (input.price() == null || input.price().signum() <= 0 || input.price().compareTo(MAX_PRICE) >= 0
                || input.price().scale() > 2) {
            throw Requests.invalid("price must be a positive amount below 1000000000 with at most 2 decimals");
        }
        if (input.currency() == null || !CURRENCY.matcher(input.currency()).matches()) {
            throw Requests.invalid("currency must be an ISO 4217 code such as EUR or CNY");
        }
        Instant now = Instant.now();
        if (input.effectiveAt() != null && input.effectiveAt().isAfter(now)) {
            throw Requests.invalid("effectiveAt must not be in the future");
        }
        PricePoint point = new PricePoint();
        point.tenantId = tenantId;
        point.sku = sku;
        point.market = Requests.oneOf("market", input.market(), MARKETS);
        point.price = input.price();
        point.currency = input.currency();
        point.effectiveAt = input.effectiveAt() == null ? now : input.effectiveAt();
        point.recordedAt = now;
        point.persist();
        return Response.status(201).entity(View.of(point)).build();
    }
}
