package org.aigc.ecommerce.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.aigc.ecommerce.domain.PricePoint;
import org.aigc.ecommerce.domain.Product;
import org.aigc.ecommerce.domain.Review;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A small realistic catalogue for the caller's tenant: a tea (food), a face cream (cosmetics) and a supplement (US),
 * reviews of the tea, and a price history of the tea in the EU and in China whose current price is a reduction, so
 * that one "was" price is legal and another is not (EC-01: lowest price of the 30 days before; EC-02: lowest of the
 * 7 days before). Dates are relative to the call. Idempotent: a tenant that already has products gets 200 and nothing
 * new. {@code ./aigc up} calls it through the gateway with the demo key.
 */
@Path("/api/v1/ecommerce/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    static final String TEA = "TEA-001";

    @POST
    @Transactional
    public Response seed(@HeaderParam(TenantHeader.NAME) String tenant) {
        String tenantId = TenantHeader.require(tenant);
        if (Product.count("tenantId", tenantId) > 0) {
            return Response.ok(Map.of("seeded", false)).build();
        }
        product(tenantId, TEA, "Cloudleaf Jasmine Green Tea, 100 g loose leaf", "food", "Cloudleaf", null, 40,
                "{\"origin\": \"Fujian, China\", \"weight\": \"100 g\", \"ingredients\": \"green tea, jasmine flowers\","
                        + " \"harvest\": \"spring 2025\", \"caffeine\": \"about 25 mg per cup\"}");
        product(tenantId, "SKIN-001", "Cloudleaf Hydrating Face Cream 50 ml", "cosmetics", "Cloudleaf", null, 120,
                "{\"volume\": \"50 ml\", \"skinType\": \"dry to normal\", \"keyIngredients\": \"hyaluronic acid, "
                        + "squalane\", \"fragranceFree\": true}");
        product(tenantId, "SUPP-001", "Cloudleaf Magnesium Glycinate 120 capsules", "supplement", "Cloudleaf", null, 8,
                "{\"count\": \"120 capsules\", \"perServing\": \"200 mg magnesium\", \"servingSize\": \"2 capsules\","
                        + " \"vegan\": true}");
        Instant now = Instant.now();
        // EU: 12.90 for weeks, a short promotion at 9.90, back to 12.90, reduced to 8.90 yesterday.
        // Prior price (lowest of the 30 days before the reduction) = 9.90: "was EUR 9.90" is legal, "was EUR 12.90" is not.
        price(tenantId, "EU", "12.90", "EUR", now.minus(Duration.ofDays(60)));
        price(tenantId, "EU", "9.90", "EUR", now.minus(Duration.ofDays(25)));
        price(tenantId, "EU", "12.90", "EUR", now.minus(Duration.ofDays(15)));
        price(tenantId, "EU", "8.90", "EUR", now.minus(Duration.ofDays(1)));
        // CN: 99 until 5 days before the reduction, then 79, reduced to 69 yesterday: 原价79 is legal, 原价99 is not.
        price(tenantId, "CN", "99.00", "CNY", now.minus(Duration.ofDays(20)));
        price(tenantId, "CN", "79.00", "CNY", now.minus(Duration.ofDays(5)));
        price(tenantId, "CN", "69.00", "CNY", now.minus(Duration.ofDays(1)));
        review(tenantId, 5, "Lovely floral aroma", "Smells of fresh jasmine and stays sweet over three infusions.", now, 12);
        review(tenantId, 4, "Good everyday tea", "Nice and light. The bag is hard to reseal though.", now, 9);
        review(tenantId, 2, "Too weak for me", "Pleasant scent, but even with more leaves the taste is mild.", now, 6);
        review(tenantId, 5, "Arrived quickly", "Fresh leaves, well packed, great value on sale.", now, 2);
        return Response.status(201).entity(Map.of("seeded", true, "products", 3, "sku", TEA,
                "legalWasPrice", Map.of("EU", "9.90", "CN", "79.00"),
                "illegalWasPrice", Map.of("EU", "12.90", "CN", "99.00"))).build();
    }

    private static void product(String tenantId, String sku, String title, String category, String brand,
            String registration, int stock, String attributes) {
        Product p = new Product();
        p.tenantId = tenantId;
        p.sku = sku;
        p.title = title;
        p.category = category;
        p.brand = brand;
        p.registration = registration;
        p.stock = stock;
        p.attributes = attributes;
        p.persist();
    }

    private static void price(String tenantId, String market, String price, String currency, Instant from) {
        PricePoint p = new PricePoint();
        p.tenantId = tenantId;
        p.sku = TEA;
        p.market = market;
        p.price = new BigDecimal(price);
        p.currency = currency;
        p.effectiveAt = from;
        p.recordedAt = Instant.now();
        p.persist();
    }

    private static void review(String tenantId, int rating, String title, String body, Instant now, int daysAgo) {
        Review r = new Review();
        r.tenantId = tenantId;
        r.sku = TEA;
        r.rating = rating;
        r.title = title;
        r.body = body;
        r.reviewedAt = now.minus(Duration.ofDays(daysAgo));
        r.persist();
    }
}
