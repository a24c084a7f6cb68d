package org.aigc.ecommerce.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.ecommerce.domain.Review;
import org.aigc.vertical.service.TaskEnricher;

/** review-summary: the product and its newest stored reviews (at most {@link #MAX_REVIEWS}), with their count. */
@ApplicationScoped
public class ReviewSummaryEnricher implements TaskEnricher {

    public static final int MAX_REVIEWS = 50;

    private final ProductFacts facts;

    ReviewSummaryEnricher(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public String task() {
        return "review-summary";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        Map<String, Object> model = facts.model(request);
        var reviews = Review.latest(request.tenantId(), request.input().path("sku").asText(), MAX_REVIEWS).stream()
                .map(r -> Map.of("rating", r.rating, "title", r.title == null ? "" : r.title, "body", r.body))
                .toList();
        model.put("reviews", reviews);
        model.put("reviewCount", reviews.size());
        return model;
    }
}
