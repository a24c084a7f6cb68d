package org.aigc.ecommerce;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aigc.ecommerce.domain.PricePoint;
import org.aigc.ecommerce.domain.Product;
import org.aigc.ecommerce.domain.Review;

/** Small builders for the catalogue rows the pipeline tests need. */
public final class CatalogueData {

    private CatalogueData() {
    }

    public static String product(String tenant, String category, String title, String attributes) {
        return product(tenant, category, title, attributes, p -> {
        });
    }

    public static String product(String tenant, String category, String title, String attributes,
            java.util.function.Consumer<Product> extra) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            Product product = new Product();
            product.tenantId = tenant;
            product.sku = sku;
            product.title = title;
            product.category = category;
            product.attributes = attributes;
            extra.accept(product);
            product.persist();
        });
        return sku;
    }

    /** A price that took effect {@code daysAgo} days ago. */
    public static void price(String tenant, String sku, String market, String price, double daysAgo) {
        QuarkusTransaction.requiringNew().run(() -> {
            PricePoint point = new PricePoint();
            point.tenantId = tenant;
            point.sku = sku;
            point.market = market;
            point.price = new BigDecimal(price);
            point.currency = "CN".equals(market) ? "CNY" : "EUR";
            point.effectiveAt = Instant.now().minus(Duration.ofMinutes((long) (daysAgo * 24 * 60)));
            point.recordedAt = Instant.now();
            point.persist();
        });
    }

    public static void review(String tenant, String sku, int rating, String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            Review review = new Review();
            review.tenantId = tenant;
            review.sku = sku;
            review.rating = rating;
            review.body = body;
            review.reviewedAt = Instant.now();
            review.persist();
        });
    }
}
