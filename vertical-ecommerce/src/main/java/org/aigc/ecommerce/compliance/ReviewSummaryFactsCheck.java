package org.aigc.ecommerce.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.ecommerce.domain.Review;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.ecommerce.service.ReviewSummaryEnricher;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * EC-03 for summaries: the review count and average rating a summary states must be those of the stored reviews it
 * was given; a summary cannot invent reviews or inflate the rating.
 */
@ApplicationScoped
public class ReviewSummaryFactsCheck implements NamedCheck {

    @Override
    public String name() {
        return "review-summary-facts";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        JsonNode summary;
        try {
            summary = Json.tree(normalisedText);
        } catch (MalformedEventException e) {
            return List.of();
        }
        List<Review> reviews = Review.latest(context.tenantId(), ListingText.input(context, "sku"),
                ReviewSummaryEnricher.MAX_REVIEWS);
        double average = reviews.stream().mapToInt(r -> r.rating).average().orElse(0);
        List<String> found = new ArrayList<>();
        if (summary.has("reviewCount") && summary.get("reviewCount").asInt() != reviews.size()) {
            found.add("reviewCount " + summary.get("reviewCount").asText() + " (stored: " + reviews.size() + ")");
        }
        if (summary.has("averageRating") && Math.abs(summary.get("averageRating").asDouble() - average) > 0.05) {
            found.add("averageRating " + summary.get("averageRating").asText());
        }
        return found;
    }
}
